#include "ui/shell/TrainingDueSummaryBox.h"

#include "tests/support/TemporaryProgram.h"
#include "tests/ui/training/TrainingMatrixSamples.h"
#include "ui/session/ClipboardGuard.h"
#include "ui/shell/DashboardPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/training/TrainingPage.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using namespace palisade::test::trainingui;

TEST_CASE("The dashboard's training box puts PHI access without onboarding first, then the "
          "longest overdue",
          "[ui][shell][training]")
{
    test::TemporaryProgram fixture;
    TrainingDueSummaryBox box(fixture.program());
    CHECK(box.summaryText().startsWith(QStringLiteral("No one is on the workforce roster yet")));
    CHECK(box.itemsText().isEmpty());

    const Workforce w = buildWorkforce(fixture); // seen from 2026-03-01
    box.refresh();
    // The tests load no translation, so counts read as in the source ("(s)").
    CHECK(box.summaryText() ==
          QStringLiteral("3 finding(s) need attention now. 1 date(s) coming due."));
    CHECK(box.itemsText() ==
          QStringLiteral("\u2022 Casey Diaz: PHI access without HIPAA onboarding (due 2026-02-10)\n"
                         "\u2022 Blake Chen: Remote work security overdue by 273 day(s), since "
                         "2025-06-01\n"
                         "\u2022 Avery Brooks: Annual HIPAA refresher overdue by 40 day(s), since "
                         "2026-01-20\n"
                         "\u2022 Emery Fox: Annual HIPAA refresher due on 2026-03-15"));

    // Completing the onboarding late clears the line: what stands now is gone,
    // the late completion stays a finding on the Training page.
    complete(fixture.program(), w.casey, w.onboarding, QDate(2026, 2, 27));
    box.refresh();
    CHECK_FALSE(box.itemsText().contains(QStringLiteral("Casey Diaz")));
    CHECK(box.summaryText().startsWith(QStringLiteral("2 finding(s)")));

    QSignalSpy open(&box, &TrainingDueSummaryBox::openRequested);
    auto* button = box.findChild<QPushButton*>();
    REQUIRE(button != nullptr);
    CHECK(button->text() == QStringLiteral("Open Training"));
    button->click();
    CHECK(open.count() == 1);
}

TEST_CASE("The dashboard's training box says when nothing is due", "[ui][shell][training]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    setToday(fixture, sampleToday());
    const Course onboarding =
        addCourse(program, QStringLiteral("HIPAA onboarding"), Cadence::AtHire);
    const Person person =
        addPerson(program, QStringLiteral("E-1"), QStringLiteral("Avery Brooks"),
                  QStringLiteral("Billing"), {}, QDate(2025, 1, 6), QDate(2025, 1, 6));
    complete(program, person, onboarding, QDate(2025, 1, 6));
    TrainingDueSummaryBox box(program);
    CHECK(box.summaryText().startsWith(QStringLiteral("Nothing due")));
    CHECK(box.itemsText().isEmpty());
}

TEST_CASE("The dashboard's training box opens the Training page", "[ui][shell][training]")
{
    test::TemporaryProgram fixture;
    ClipboardGuard clipboard;
    MainWindow window(fixture.program(), clipboard);
    auto* box = window.dashboardPage()->findChild<TrainingDueSummaryBox*>();
    REQUIRE(box != nullptr);
    emit box->openRequested();
    CHECK(qobject_cast<TrainingPage*>(window.pages()->currentWidget()) != nullptr);
}

TEST_CASE("The dashboard's training box leaves out people who have left", "[ui][shell][training]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    setToday(fixture, sampleToday());
    addCourse(program, QStringLiteral("HIPAA onboarding"), Cadence::AtHire);
    // Had PHI access without onboarding, and left before today.
    addPerson(program, QStringLiteral("E-1"), QStringLiteral("Brian Keller"),
              QStringLiteral("Coding"), {}, QDate(2025, 1, 6), QDate(2025, 1, 6),
              QDate(2026, 1, 31));
    TrainingDueSummaryBox box(program);
    CHECK(box.summaryText().startsWith(QStringLiteral("Nothing due")));
    CHECK(box.itemsText().isEmpty());
}
