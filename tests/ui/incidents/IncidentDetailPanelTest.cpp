#include "ui/incidents/IncidentDetailPanel.h"

#include "tests/ui/incidents/IncidentUiSamples.h"
#include "ui/incidents/AssessmentTab.h"
#include "ui/incidents/IncidentOverviewTab.h"
#include "ui/incidents/NotificationsTab.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("IncidentDetailPanel shows a hint, then the incident in tabs", "[incidents][ui]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const qint64 id = test::addIncident(program, test::stolenLaptop());
    IncidentDetailPanel panel(program);
    CHECK(panel.isShowingPlaceholder());
    CHECK(panel.placeholderText().contains(QStringLiteral("Select an incident")));

    panel.setIncident(id);
    CHECK_FALSE(panel.isShowingPlaceholder());
    CHECK(panel.headingText() == QStringLiteral("INC-%1  Unencrypted laptop stolen from a car")
                                     .arg(id, 4, 10, QLatin1Char('0')));
    CHECK(panel.tabs()->count() == 5);
    CHECK(panel.tabs()->tabText(IncidentDetailPanel::NotificationsTabIndex) ==
          QStringLiteral("Notices 0/4"));
    CHECK(panel.assessmentTab()->isShowingEmptyState());
    CHECK(panel.assessmentTab()->emptyText().contains(QStringLiteral("Presumed a breach")));

    QSignalSpy edits(&panel, &IncidentDetailPanel::editRequested);
    panel.overviewTab()->editButton()->click();
    REQUIRE(edits.count() == 1);
    CHECK(edits.front().front().toLongLong() == id);

    // An assessment recorded elsewhere reaches every tab through the register's signal.
    BreachAssessment low = test::lowProbabilityAssessment(QDate(2026, 2, 1));
    REQUIRE(program.incidents().recordAssessment(id, low).ok());
    CHECK_FALSE(panel.assessmentTab()->isShowingEmptyState());
    CHECK(panel.assessmentTab()->assessmentText().contains(QStringLiteral("Returned unread")));
    CHECK(panel.overviewTab()->breachText().contains(QStringLiteral("low probability")));
    CHECK(panel.tabs()->tabText(IncidentDetailPanel::NotificationsTabIndex) ==
          QStringLiteral("Notices"));

    panel.setIncident(0);
    CHECK(panel.isShowingPlaceholder());
}

TEST_CASE("AssessmentTab clears an assessment until a notice rests on it", "[incidents][ui]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const qint64 id = test::addIncident(program, test::stolenLaptop());
    REQUIRE(program.incidents()
                .recordAssessment(id, test::lowProbabilityAssessment(QDate(2026, 2, 1)))
                .ok());
    IncidentDetailPanel panel(program);
    panel.setIncident(id);
    AssessmentTab* tab = panel.assessmentTab();
    CHECK(tab->recordButton()->text().contains(QStringLiteral("Revise")));
    REQUIRE(tab->clearAssessment(false));
    CHECK_FALSE(program.incidents().incident(id).value().assessment.has_value());
    CHECK(tab->isShowingEmptyState());
    CHECK_FALSE(tab->clearButton()->isEnabled());
}
