#include "ui/shell/IncidentDeadlineSummaryBox.h"

#include "tests/core/CatchQtStrings.h"
#include "tests/ui/incidents/IncidentLogSamples.h"
#include "ui/incidents/IncidentsPage.h"
#include "ui/session/ClipboardGuard.h"
#include "ui/shell/DashboardPage.h"
#include "ui/shell/MainWindow.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using namespace palisade::test::incidentui;

TEST_CASE("The dashboard's incident box lists overdue notices first, then those due soon",
          "[ui][shell][incidents]")
{
    test::TemporaryProgram fixture;
    IncidentDeadlineSummaryBox box(fixture.program());
    CHECK(box.summaryText().startsWith(QStringLiteral("No incidents recorded.")));
    CHECK(box.itemsText().isEmpty());

    const IncidentLog log = addIncidentLog(fixture);
    box.refresh();
    const QString laptop =
        incidentReference(log.laptop) + QStringLiteral(" Laptop stolen from a car");
    // The tests load no translation, so counts read as in the source ("(s)").
    // The remittance's notices fall due in 54 days and later: not listed yet.
    CHECK(box.summaryText() == QStringLiteral("4 finding(s) need attention now."));
    CHECK(box.itemsText() ==
          QStringLiteral("\u2022 %1: notice to FL authority overdue by 60 day(s), due 2025-12-31\n"
                         "\u2022 %1: notice to Individuals overdue by 30 day(s), due 2026-01-30\n"
                         "\u2022 %1: notice to HHS overdue by 30 day(s), due 2026-01-30\n"
                         "\u2022 %1: notice to Media in FL overdue by 30 day(s), due 2026-01-30")
              .arg(laptop));

    // Sending them clears the lines; a month on, the remittance's notice is due soon.
    for (const auto recipient : {NotificationRecipient::Individuals, NotificationRecipient::Hhs})
        recordSent(fixture.program(), log.laptop, recipient, QDate(2026, 3, 1));
    recordSent(fixture.program(), log.laptop, NotificationRecipient::Media, QDate(2026, 3, 1),
               QStringLiteral("FL"));
    recordSent(fixture.program(), log.laptop, NotificationRecipient::StateAuthority,
               QDate(2026, 3, 1), QStringLiteral("FL"));
    fixture.clock().advanceDays(40);
    box.refresh();
    CHECK(box.summaryText() == QStringLiteral("1 date(s) coming due."));
    CHECK(box.itemsText() ==
          QStringLiteral("\u2022 %1 Remittance sent to the wrong clinic: notice to Individuals due "
                         "on 2026-04-24, in 14 day(s)")
              .arg(incidentReference(log.remittance)));

    QSignalSpy open(&box, &IncidentDeadlineSummaryBox::openRequested);
    auto* button = box.findChild<QPushButton*>();
    REQUIRE(button != nullptr);
    CHECK(button->text() == QStringLiteral("Open Incidents"));
    button->click();
    CHECK(open.count() == 1);
}

TEST_CASE("The dashboard's incident box opens the Incidents page", "[ui][shell][incidents]")
{
    test::TemporaryProgram fixture;
    addIncidentLog(fixture);
    ClipboardGuard clipboard;
    MainWindow window(fixture.program(), clipboard);
    auto* box = window.dashboardPage()->findChild<IncidentDeadlineSummaryBox*>();
    REQUIRE(box != nullptr);
    CHECK(box->itemsText().contains(QStringLiteral("overdue by 60 day(s)")));
    box->findChild<QPushButton*>()->click();
    CHECK(window.pages()->currentWidget() == window.incidentsPage());
}
