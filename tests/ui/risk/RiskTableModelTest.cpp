#include "ui/risk/RiskTableModel.h"

#include "core/risk/RiskRegister.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/ui/risk/RiskTableSamples.h"
#include "ui/risk/RiskFilterProxyModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QItemSelectionModel>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::riskpage::addRisk;
using palisade::test::riskpage::sampleRisk;
using enum RiskLevel;

namespace {

const QString dana = QStringLiteral("Dana Whitfield");
const QString sam = QStringLiteral("Sam Ortiz");

QStringList columnTexts(const QAbstractItemModel& model, int column)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, column).data().toString();
    return out;
}

} // namespace

TEST_CASE("RiskTableModel passes the item model tester as risks come, change and go", "[risk]")
{
    test::TemporaryProgram fixture;
    RiskRegister& risks = fixture.program().risks();
    const QDate today = fixture.clock().today();
    RiskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    RiskFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(RiskTableModel::TitleColumn);

    REQUIRE(model.load(risks, today).ok());
    CHECK(model.rowCount() == 0);

    const Risk laptop = addRisk(risks, sampleRisk(QStringLiteral("Lost laptop"), dana, High, High));
    const Risk fax = addRisk(risks, sampleRisk(QStringLiteral("Fax misdirection"), sam, Low, High));
    REQUIRE(model.load(risks, today).ok());
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == RiskTableModel::ColumnCount);
    CHECK(columnTexts(proxy, RiskTableModel::TitleColumn) ==
          QStringList{QStringLiteral("Fax misdirection"), QStringLiteral("Lost laptop")});

    Risk renamed = laptop;
    renamed.title = QStringLiteral("Stolen laptop with claim exports");
    REQUIRE(risks.update(renamed).ok());
    const Risk phishing =
        addRisk(risks, sampleRisk(QStringLiteral("Phishing of coders"), dana, VeryHigh, Moderate));
    REQUIRE(model.load(risks, today).ok());
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(model.rowForId(laptop.id), RiskTableModel::TitleColumn).data().toString() ==
          renamed.title);
    // The new title sorts last now, and the new risk found its place.
    CHECK(columnTexts(proxy, RiskTableModel::TitleColumn) ==
          QStringList{QStringLiteral("Fax misdirection"), QStringLiteral("Phishing of coders"),
                      renamed.title});

    // A register without the first risk: its row goes, the others stay.
    model.setRisks({fax, phishing}, {}, today);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.rowForId(laptop.id) == -1);
    CHECK(model.rowForId(phishing.id) >= 0);
    proxy.sort(RiskTableModel::InherentColumn, Qt::DescendingOrder);
    CHECK(model.rowForId(phishing.id) == 0);
    proxy.sort(-1);
    model.setRisks({phishing, fax, laptop}, {}, today);
    CHECK(model.rowCount() == 3);
    model.clear();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("RiskTableModel keeps the selected risk selected when the register changes", "[risk]")
{
    test::TemporaryProgram fixture;
    RiskRegister& risks = fixture.program().risks();
    const QDate today = fixture.clock().today();
    addRisk(risks, sampleRisk(QStringLiteral("Ransomware"), dana, Moderate, VeryHigh));
    const Risk sftp = addRisk(
        risks, sampleRisk(QStringLiteral("Clearinghouse SFTP credentials"), sam, Moderate, High));
    RiskTableModel model;
    RiskFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(RiskTableModel::TitleColumn);
    QItemSelectionModel selection(&proxy);
    REQUIRE(model.load(risks, today).ok());

    const QModelIndex chosen = proxy.mapFromSource(model.index(model.rowForId(sftp.id), 0));
    selection.setCurrentIndex(chosen, QItemSelectionModel::ClearAndSelect);
    addRisk(risks, sampleRisk(QStringLiteral("Alarm system"), dana, Low, Low));
    Risk changed = sftp;
    changed.owner = dana;
    REQUIRE(risks.update(changed).ok());
    REQUIRE(model.load(risks, today).ok());

    REQUIRE(selection.currentIndex().isValid());
    CHECK(selection.currentIndex().data(RiskTableModel::IdRole).toLongLong() == sftp.id);
    CHECK(proxy.index(selection.currentIndex().row(), RiskTableModel::OwnerColumn)
              .data()
              .toString() == dana);
}

TEST_CASE("RiskTableModel shows each column in words and sorts levels by severity", "[risk]")
{
    test::TemporaryProgram fixture;
    RiskRegister& risks = fixture.program().risks();
    const QDate today = fixture.clock().today();
    const Risk moderate = addRisk(risks, sampleRisk(QStringLiteral("Moderate"), dana, Moderate,
                                                    Moderate, QDate(2026, 6, 30)));
    addRisk(risks, sampleRisk(QStringLiteral("Very high"), dana, VeryHigh, VeryHigh,
                              QDate(2026, 4, 1), RiskRating{Low, Low}));
    addRisk(risks, sampleRisk(QStringLiteral("Very low"), dana, VeryLow, VeryLow));
    addRisk(risks, sampleRisk(QStringLiteral("High"), dana, High, High, QDate(2026, 3, 15)));
    addRisk(risks, sampleRisk(QStringLiteral("Low"), dana, Low, Low, QDate(2026, 12, 1)));
    RiskTableModel model;
    REQUIRE(model.load(risks, today).ok());

    const QModelIndex first = model.index(0, 0);
    CHECK(first.data().toString() == riskReference(moderate.id));
    CHECK(first.data(RiskTableModel::IdRole).toLongLong() == moderate.id);
    CHECK(model.index(0, RiskTableModel::InherentColumn).data().toString() ==
          QStringLiteral("Moderate"));
    CHECK(model.index(0, RiskTableModel::ResidualColumn).data().toString() ==
          QStringLiteral("Not rated"));
    CHECK(model.index(1, RiskTableModel::ResidualColumn).data().toString() ==
          QStringLiteral("Low"));
    CHECK(model.index(0, RiskTableModel::DueColumn).data().toString() ==
          QStringLiteral("2026-06-30"));
    CHECK(model.index(0, RiskTableModel::DueColumn).data(RiskTableModel::SortRole).toDate() ==
          QDate(2026, 6, 30));
    CHECK(model.index(0, RiskTableModel::ReviewColumn).data().toString() ==
          QStringLiteral("2027-01-12"));
    CHECK(model.index(0, RiskTableModel::StatusColumn).data().toString() ==
          QStringLiteral("Identified"));
    CHECK(model.headerData(RiskTableModel::TasksColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Open tasks"));
    // High and Very High levels stand out: a colour chip and a bold font.
    CHECK_FALSE(model.index(1, RiskTableModel::InherentColumn)
                    .data(Qt::DecorationRole)
                    .value<QIcon>()
                    .isNull());
    CHECK(model.index(1, RiskTableModel::InherentColumn).data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(model.index(0, RiskTableModel::InherentColumn).data(Qt::FontRole).isValid());

    RiskFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(RiskTableModel::InherentColumn, Qt::AscendingOrder);
    // Alphabetical order would put "High" first and "Very Low" last.
    CHECK(columnTexts(proxy, RiskTableModel::InherentColumn) ==
          QStringList{QStringLiteral("Very Low"), QStringLiteral("Low"), QStringLiteral("Moderate"),
                      QStringLiteral("High"), QStringLiteral("Very High")});
    proxy.sort(RiskTableModel::InherentColumn, Qt::DescendingOrder);
    CHECK(columnTexts(proxy, RiskTableModel::TitleColumn).first() == QStringLiteral("Very high"));

    proxy.sort(RiskTableModel::DueColumn, Qt::AscendingOrder);
    CHECK(columnTexts(proxy, RiskTableModel::DueColumn) ==
          QStringList{QStringLiteral("2026-03-15"), QStringLiteral("2026-04-01"),
                      QStringLiteral("2026-06-30"), QStringLiteral("2026-12-01"), QString()});

    proxy.sort(RiskTableModel::ResidualColumn, Qt::DescendingOrder);
    CHECK(columnTexts(proxy, RiskTableModel::TitleColumn).first() == QStringLiteral("Very high"));
}

TEST_CASE("RiskTableModel marks overdue risks and late dates", "[risk]")
{
    test::TemporaryProgram fixture;
    RiskRegister& risks = fixture.program().risks();
    const QDate today = fixture.clock().today();
    const Risk late = addRisk(risks, sampleRisk(QStringLiteral("Unpatched PM server"), dana, High,
                                                High, today.addDays(-3)));
    const Risk onTime = addRisk(risks, sampleRisk(QStringLiteral("Ex-employee access"), sam,
                                                  Moderate, High, today.addDays(20)));
    RemediationTask task;
    task.riskId = onTime.id;
    task.title = QStringLiteral("Review the termination checklist");
    task.owner = sam;
    task.dueOn = today.addDays(-1);
    REQUIRE(risks.addTask(task).ok());
    const Risk fine = addRisk(risks, sampleRisk(QStringLiteral("Fax misdirection"), sam, Low,
                                                Moderate, today.addDays(30)));
    RiskTableModel model;
    REQUIRE(model.load(risks, today).ok());

    const int lateRow = model.rowForId(late.id);
    CHECK(model.index(lateRow, 0).data(RiskTableModel::OverdueRole).toBool());
    CHECK_FALSE(model.index(lateRow, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(model.index(lateRow, 0)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("due date has passed")));
    CHECK(model.index(lateRow, RiskTableModel::DueColumn).data(Qt::ForegroundRole).isValid());
    CHECK(model.index(lateRow, RiskTableModel::DueColumn).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Overdue by 3 day(s)"));

    const int taskRow = model.rowForId(onTime.id);
    CHECK(model.index(taskRow, 0).data(RiskTableModel::OverdueRole).toBool());
    CHECK(model.index(taskRow, RiskTableModel::TasksColumn).data().toInt() == 1);
    CHECK(model.index(taskRow, RiskTableModel::TasksColumn).data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(model.index(taskRow, RiskTableModel::DueColumn).data(Qt::ForegroundRole).isValid());

    const int fineRow = model.rowForId(fine.id);
    CHECK_FALSE(model.index(fineRow, 0).data(RiskTableModel::OverdueRole).toBool());
    CHECK(model.index(fineRow, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(model.index(fineRow, RiskTableModel::TasksColumn).data().toInt() == 0);
}
