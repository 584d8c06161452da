#include "ui/risk/RiskCitationPicker.h"

#include "core/catalog/SecurityRuleCatalog.h"
#include "tests/support/TemporaryProgram.h"
#include "ui/risk/RiskCitationModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

const SecurityRuleCatalog& catalog()
{
    static const SecurityRuleCatalog loaded = *SecurityRuleCatalog::load();
    return loaded;
}

QStringList shown(const RiskCitationPicker& picker)
{
    QStringList out;
    for (int row = 0; row < picker.proxy()->rowCount(); ++row)
        out << picker.proxy()->index(row, 0).data(RiskCitationModel::CitationRole).toString();
    return out;
}

} // namespace

TEST_CASE("RiskCitationModel lists the catalog, checkable", "[ui][risk]")
{
    RiskCitationModel model(catalog());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 61);
    CHECK(model.index(1).data().toString() ==
          QStringLiteral("164.308(a)(1)(ii)(A) Risk analysis (Required)"));
    CHECK(model.index(0).data().toString() ==
          QStringLiteral("164.308(a)(1)(i) Security management process (Standard)"));

    QSignalSpy changed(&model, &RiskCitationModel::citationsChanged);
    CHECK(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
    CHECK(changed.count() == 1);
    CHECK(model.citations() == QStringList{QStringLiteral("164.308(a)(1)(ii)(A)")});
    CHECK(model.index(1).data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked);

    model.setCheckable(false);
    CHECK_FALSE(model.setData(model.index(2), Qt::Checked, Qt::CheckStateRole));
    CHECK_FALSE(model.flags(model.index(2)).testFlag(Qt::ItemIsUserCheckable));
}

TEST_CASE("RiskCitationPicker filters by words and by what is ticked", "[ui][risk]")
{
    RiskCitationPicker picker(catalog());
    QSignalSpy changed(&picker, &RiskCitationPicker::citationsChanged);
    CHECK(picker.proxy()->rowCount() == 61);
    CHECK(picker.summaryText().startsWith(QStringLiteral("No citations ticked")));

    QTest::keyClicks(picker.filterEdit(), QStringLiteral("encryption 164.312"));
    const QStringList encryption = shown(picker);
    CHECK(encryption.contains(QStringLiteral("164.312(a)(2)(iv)")));
    CHECK(encryption.contains(QStringLiteral("164.312(e)(2)(ii)")));
    for (const QString& citation : encryption)
        CHECK(citation.startsWith(QStringLiteral("164.312")));

    picker.setCitations({QStringLiteral("164.312(a)(2)(iv)"), QStringLiteral("164.310(d)(1)")});
    CHECK(changed.count() == 1);
    picker.filterEdit()->clear();
    picker.selectedOnlyCheck()->setChecked(true);
    CHECK(shown(picker) ==
          QStringList({QStringLiteral("164.310(d)(1)"), QStringLiteral("164.312(a)(2)(iv)")}));
    CHECK(picker.summaryText() == QStringLiteral("2 ticked: 164.310(d)(1), 164.312(a)(2)(iv)"));

    // Ticking through the view updates the list returned.
    picker.selectedOnlyCheck()->setChecked(false);
    const QModelIndex first = picker.proxy()->index(0, 0);
    picker.proxy()->setData(first, Qt::Checked, Qt::CheckStateRole);
    CHECK(picker.citations().contains(first.data(RiskCitationModel::CitationRole).toString()));
    CHECK(picker.citations().size() == 3);
}
