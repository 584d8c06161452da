// Renders the incident detail panel and its dialogs offscreen for visual review:
//   palisade_ui_tests "[.screenshot]"
// PNGs go to $PALISADE_SCREENSHOT_DIR, or to "screenshots" in the build folder.
#include "core/incidents/BreachReporting.h"
#include "tests/ui/incidents/IncidentUiSamples.h"
#include "tests/ui/risk/RiskScreenshots.h"
#include "ui/incidents/AssessmentDialog.h"
#include "ui/incidents/CorrectiveActionDialog.h"
#include "ui/incidents/IncidentDetailPanel.h"
#include "ui/incidents/NotificationsTab.h"
#include "ui/incidents/RecordNotificationDialog.h"
#include "ui/incidents/StateRuleDialog.h"
#include "ui/incidents/StateRulesDialog.h"

#include <QTabWidget>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::riskshots::save;

TEST_CASE("Screenshots of the incident detail", "[.screenshot]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const qint64 fax = test::addIncident(program, test::misdirectedFax());
    const qint64 id = test::addIncident(program, test::stolenLaptop());
    IncidentNotification notice;
    notice.incidentId = id;
    notice.recipient = NotificationRecipient::Individuals;
    notice.sentOn = QDate(2026, 2, 20);
    notice.method = QStringLiteral("First-class mail");
    notice.sentBy = QStringLiteral("Joan Okafor");
    notice.content = QStringLiteral("We are writing to tell you about an incident.");
    REQUIRE(program.incidentNotifications()
                .recordNotification(notice, QStringLiteral("individual-letter.txt"),
                                    QByteArray("Dear patient,"))
                .ok());
    REQUIRE(program.incidentEvidence()
                .addEvidence(id, QStringLiteral("Police report 26-0113 filed with Officer Diaz."))
                .ok());
    REQUIRE(program.incidentEvidence()
                .addEvidence(id, QStringLiteral("MDM last check-in"),
                             QStringLiteral("mdm-checkins-jan.csv"), QByteArray("a,b\n"))
                .ok());
    CorrectiveAction action;
    action.incidentId = id;
    action.title = QStringLiteral("Encrypt every billing laptop");
    action.owner = QStringLiteral("Sam Ortiz");
    action.dueOn = QDate(2026, 2, 15);
    REQUIRE(program.correctiveActions().addAction(action).ok());
    action.title = QStringLiteral("Retrain staff on leaving devices in cars");
    action.dueOn = QDate(2026, 3, 20);
    REQUIRE(program.correctiveActions().addAction(action).ok());

    IncidentDetailPanel panel(program);
    panel.resize(460, 700);
    panel.setIncident(0);
    CHECK(save(panel, QStringLiteral("incident-detail-none")));
    panel.setIncident(id);
    const char* names[] = {"incident-detail-overview", "incident-detail-assessment-none",
                           "incident-detail-notices", "incident-detail-evidence",
                           "incident-detail-actions"};
    for (int tab = 0; tab < panel.tabs()->count(); ++tab) {
        panel.tabs()->setCurrentIndex(tab);
        CHECK(save(panel, QString::fromLatin1(names[tab])));
    }
    REQUIRE(program.incidents()
                .recordAssessment(fax, test::lowProbabilityAssessment(QDate(2026, 3, 1)))
                .ok());
    panel.setIncident(fax);
    panel.tabs()->setCurrentIndex(IncidentDetailPanel::AssessmentTabIndex);
    CHECK(save(panel, QStringLiteral("incident-detail-assessment")));
    panel.tabs()->setCurrentIndex(IncidentDetailPanel::NotificationsTabIndex);
    CHECK(save(panel, QStringLiteral("incident-detail-notices-none-owed")));

    AssessmentDialog assessment(program, id);
    assessment.resize(assessment.sizeHint().expandedTo(assessment.size()));
    CHECK(save(assessment, QStringLiteral("incident-assessment-dialog")));
    std::optional<RequiredNotification> authority;
    const std::vector<RequiredNotification> owed =
        BreachReporting(program).requiredNotifications(id).value();
    for (const RequiredNotification& each : owed) {
        if (each.recipient == NotificationRecipient::StateAuthority)
            authority = each;
    }
    RecordNotificationDialog record(program, id, authority);
    CHECK(save(record, QStringLiteral("incident-record-notice-dialog")));
    CorrectiveActionDialog actionDialog(program, id);
    CHECK(save(actionDialog, QStringLiteral("incident-action-dialog")));
    StateRulesDialog rules(program);
    CHECK(save(rules, QStringLiteral("incident-state-rules-dialog")));
    StateRuleDialog rule(program, std::nullopt);
    CHECK(save(rule, QStringLiteral("incident-state-rule-dialog")));
}
