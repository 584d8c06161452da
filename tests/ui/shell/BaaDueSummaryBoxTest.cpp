#include "ui/shell/BaaDueSummaryBox.h"

#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "tests/support/TemporaryProgram.h"
#include "ui/session/ClipboardGuard.h"
#include "ui/shell/DashboardPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/vendors/VendorsPage.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

Counterparty sharing(const QString& name)
{
    Counterparty counterparty;
    counterparty.name = name;
    counterparty.relationship = CounterpartyRelationship::Subcontractor;
    counterparty.phiTypes = QStringLiteral("Claims");
    return counterparty;
}

} // namespace

TEST_CASE("The dashboard's BAA box counts findings and lists the first few", "[ui][shell][vendors]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    BaaDueSummaryBox box(program);
    CHECK(box.summaryText().startsWith(QStringLiteral("Nothing due")));
    CHECK(box.itemsText().isEmpty());

    for (int i = 1; i <= 7; ++i)
        REQUIRE(program.counterparties().add(sharing(QStringLiteral("Vendor %1").arg(i))).ok());
    box.refresh();
    CHECK(box.summaryText() == QStringLiteral("7 finding(s) need attention now."));
    const QStringList lines = box.itemsText().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == BaaDueSummaryBox::shownItems + 1);
    CHECK(lines.front().contains(QStringLiteral("Vendor 1")));
    CHECK(lines.back().contains(QStringLiteral("2 more")));

    QSignalSpy open(&box, &BaaDueSummaryBox::openRequested);
    auto* button = box.findChild<QPushButton*>();
    REQUIRE(button != nullptr);
    button->click();
    CHECK(open.count() == 1);
}

TEST_CASE("The dashboard's BAA box opens the Vendors page", "[ui][shell][vendors]")
{
    test::TemporaryProgram fixture;
    ClipboardGuard clipboard;
    MainWindow window(fixture.program(), clipboard);
    auto* box = window.dashboardPage()->findChild<BaaDueSummaryBox*>();
    REQUIRE(box != nullptr);
    emit box->openRequested();
    CHECK(window.pages()->currentWidget() == window.vendorsPage());
}
