#include "ui/incidents/ReportIncidentWizard.h"

#include "tests/core/CatchQtStrings.h"
#include "tests/ui/incidents/IncidentLogSamples.h"
#include "ui/incidents/BreachAssessmentForm.h"
#include "ui/incidents/IncidentAffectedForm.h"
#include "ui/incidents/JurisdictionCountTable.h"
#include "ui/incidents/ReportIncidentPage.h"
#include "ui/risk/RiskDateField.h"
#include "ui/widgets/MessageBanner.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTreeWidget>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using namespace palisade::test::incidentui;

namespace {

// Clicks a wizard button the way a user would: nothing happens while it is disabled.
bool click(ReportIncidentWizard& wizard, QWizard::WizardButton which)
{
    QAbstractButton* button = wizard.button(which);
    if (!button || !button->isEnabled() || !button->isVisible())
        return false;
    button->click();
    return true;
}

void fillWhatHappened(ReportIncidentWizard& wizard)
{
    wizard.titleEdit()->setText(QStringLiteral("Laptop stolen from a car"));
    wizard.kindCombo()->setCurrentIndex(
        wizard.kindCombo()->findData(incidentKindKey(IncidentKind::LostOrStolenDevice)));
    wizard.descriptionEdit()->setPlainText(
        QStringLiteral("A coder's laptop was taken from a parked car overnight."));
    wizard.discoveredField()->setDate(QDate(2026, 2, 20));
    wizard.reporterEdit()->setText(QStringLiteral("Ravi Shah"));
}

void fillAffected(ReportIncidentWizard& wizard, int floridians)
{
    IncidentAffectedForm* affected = wizard.affectedForm();
    affected->phiTypesEdit()->setText(QStringLiteral("names, claim numbers"));
    JurisdictionCountTable* counts = affected->countTable();
    counts->addRow();
    counts->model()
        ->item(0, JurisdictionCountTable::JurisdictionColumn)
        ->setText(QStringLiteral("fl"));
    counts->model()
        ->item(0, JurisdictionCountTable::IndividualsColumn)
        ->setData(floridians, Qt::EditRole);
}

QStringList noticeRows(const QTreeWidget* list)
{
    QStringList out;
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = list->topLevelItem(row);
        out << item->text(0) + QLatin1Char(' ') + item->text(1);
    }
    return out;
}

} // namespace

TEST_CASE("ReportIncidentWizard records an incident to assess later, presumed a breach",
          "[ui][incidents][wizard]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    ReportIncidentWizard wizard(program);
    wizard.show();
    CHECK(wizard.currentId() == ReportIncidentWizard::WhatPageId);
    // Nothing to go on without a title.
    CHECK_FALSE(click(wizard, QWizard::NextButton));
    CHECK(wizard.discoveredField()->date() == QDate(2026, 3, 1));

    fillWhatHappened(wizard);
    // Discovered before it occurred: the step says why it will not go on.
    wizard.occurredField()->setDate(QDate(2026, 2, 25));
    REQUIRE(click(wizard, QWizard::NextButton));
    CHECK(wizard.currentId() == ReportIncidentWizard::WhatPageId);
    CHECK(wizard.reportPage(ReportIncidentWizard::WhatPageId)
              ->banner()
              ->text()
              .contains(QStringLiteral("before it occurred")));
    wizard.occurredField()->setDate({});
    REQUIRE(click(wizard, QWizard::NextButton));
    CHECK(wizard.currentId() == ReportIncidentWizard::AffectedPageId);

    fillAffected(wizard, 612);
    REQUIRE(click(wizard, QWizard::NextButton));
    CHECK(wizard.currentId() == ReportIncidentWizard::ContainmentPageId);
    CHECK(wizard.handlerEdit()->text() == program.actor());
    wizard.containmentEdit()->setPlainText(QStringLiteral("The device was wiped remotely."));
    REQUIRE(click(wizard, QWizard::NextButton));
    CHECK(wizard.currentId() == ReportIncidentWizard::AssessmentPageId);
    CHECK(wizard.assessLaterButton()->isChecked());
    REQUIRE(click(wizard, QWizard::NextButton));
    REQUIRE(wizard.currentId() == ReportIncidentWizard::SummaryPageId);

    // The summary says plainly it is presumed a breach and lists every notice by due date.
    CHECK(wizard.statusLabel()->text().contains(QStringLiteral("Presumed a breach")));
    CHECK(wizard.laterNote()->isVisibleTo(&wizard));
    CHECK(wizard.laterNote()->text().contains(QStringLiteral("assess later")));
    // 612 Floridians: Florida's 30 days first, then individuals, HHS and media at 60.
    CHECK(noticeRows(wizard.noticeList()) == QStringList{QStringLiteral("FL authority 2026-03-22"),
                                                         QStringLiteral("Individuals 2026-04-21"),
                                                         QStringLiteral("HHS 2026-04-21"),
                                                         QStringLiteral("Media in FL 2026-04-21")});
    CHECK(program.incidents().incidents()->empty());

    REQUIRE(click(wizard, QWizard::FinishButton));
    CHECK(wizard.result() == QDialog::Accepted);
    const std::vector<Incident> stored = program.incidents().incidents().value();
    REQUIRE(stored.size() == 1);
    const Incident& incident = stored.front();
    CHECK(wizard.savedIncident().id == incident.id);
    CHECK(incident.title == QStringLiteral("Laptop stolen from a car"));
    CHECK(incident.kind == IncidentKind::LostOrStolenDevice);
    CHECK(incident.discoveredOn == QDate(2026, 2, 20));
    CHECK(incident.reportedOn == QDate(2026, 3, 1));
    CHECK(incident.affected == std::vector<JurisdictionCount>{{QStringLiteral("FL"), 612}});
    CHECK(incident.containment == QStringLiteral("The device was wiped remotely."));
    CHECK_FALSE(incident.assessment.has_value());
    CHECK(wizard.outcomeText().contains(QStringLiteral("presumed a breach")));
}

TEST_CASE("ReportIncidentWizard records an incident with its four-factor assessment",
          "[ui][incidents][wizard]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    ReportIncidentWizard wizard(program);
    wizard.show();
    fillWhatHappened(wizard);
    REQUIRE(click(wizard, QWizard::NextButton));
    fillAffected(wizard, 8);
    REQUIRE(click(wizard, QWizard::NextButton));
    REQUIRE(click(wizard, QWizard::NextButton));
    REQUIRE(wizard.currentId() == ReportIncidentWizard::AssessmentPageId);

    wizard.assessNowButton()->setChecked(true);
    CHECK(wizard.assessmentForm()->isVisibleTo(&wizard));
    // An empty assessment does not go on.
    wizard.assessmentForm()->conclusionEdit()->clear();
    REQUIRE(click(wizard, QWizard::NextButton));
    CHECK(wizard.currentId() == ReportIncidentWizard::AssessmentPageId);
    CHECK_FALSE(
        wizard.reportPage(ReportIncidentWizard::AssessmentPageId)->banner()->text().isEmpty());

    wizard.assessmentForm()->setAssessment(sampleAssessment(true, QDate(2026, 2, 27)));
    REQUIRE(click(wizard, QWizard::NextButton));
    REQUIRE(wizard.currentId() == ReportIncidentWizard::SummaryPageId);
    CHECK(wizard.statusLabel()->text().startsWith(QStringLiteral("Not a breach")));
    CHECK_FALSE(wizard.laterNote()->isVisibleTo(&wizard));
    CHECK(wizard.noticeList()->topLevelItemCount() == 0);
    CHECK(wizard.requiredNotices().empty());

    REQUIRE(click(wizard, QWizard::FinishButton));
    const Incident stored = program.incidents().incident(wizard.savedIncident().id).value();
    REQUIRE(stored.assessment.has_value());
    CHECK(stored.assessment->lowProbability);
    CHECK(stored.assessment->assessedOn == QDate(2026, 2, 27));
    CHECK(stored.affected == std::vector<JurisdictionCount>{{QStringLiteral("FL"), 8}});
    CHECK(wizard.outcomeKind() == MessageBanner::Kind::Information);
    CHECK(wizard.outcomeText().contains(QStringLiteral("four-factor assessment")));
}
