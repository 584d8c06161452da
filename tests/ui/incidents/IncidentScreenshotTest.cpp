#include "core/vendors/CounterpartyRegister.h"
#include "tests/ui/incidents/IncidentLogSamples.h"
#include "tests/ui/risk/RiskScreenshots.h"
#include "ui/incidents/BreachAssessmentForm.h"
#include "ui/incidents/BreachLogTab.h"
#include "ui/incidents/IncidentAffectedForm.h"
#include "ui/incidents/IncidentEditorDialog.h"
#include "ui/incidents/IncidentLogTab.h"
#include "ui/incidents/IncidentsPage.h"
#include "ui/incidents/JurisdictionCountTable.h"
#include "ui/incidents/ReportIncidentWizard.h"
#include "ui/risk/RiskDateField.h"
#include "ui/session/ClipboardGuard.h"
#include "ui/shell/MainWindow.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using namespace palisade::test::incidentui;
using palisade::test::riskshots::save;

TEST_CASE("Screenshots of the Incidents area", "[.screenshot]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    ClipboardGuard clipboard;
    {
        MainWindow empty(program, clipboard);
        empty.resize(1280, 800);
        empty.showArea(empty.pages()->indexOf(empty.incidentsPage()));
        CHECK(save(empty, QStringLiteral("incidents-empty")));
    }

    const IncidentLog log = addIncidentLog(fixture);
    Counterparty clinic;
    clinic.name = QStringLiteral("Lakeside Family Clinic");
    clinic.relationship = CounterpartyRelationship::CoveredEntity;
    clinic.phiTypes = QStringLiteral("claims, diagnosis codes");
    REQUIRE(program.counterparties().add(clinic));
    MainWindow window(program, clipboard);
    window.resize(1280, 800);
    window.showArea(window.pages()->indexOf(window.incidentsPage()));
    CHECK(save(window, QStringLiteral("incidents-log")));
    IncidentsPage* page = window.incidentsPage();
    page->selectIncident(log.remittance);
    CHECK(save(window, QStringLiteral("incidents-log-remittance")));
    page->logTab()->searchEdit()->setText(QStringLiteral("no incident says this"));
    CHECK(save(window, QStringLiteral("incidents-no-match")));
    page->logTab()->clearFilters();
    page->tabs()->setCurrentIndex(IncidentsPage::BreachLogTabIndex);
    CHECK(save(window, QStringLiteral("incidents-breach-log")));
    page->breachLogTab()->setYear(2025);
    CHECK(save(window, QStringLiteral("incidents-breach-log-2025")));
    window.showArea(0);
    CHECK(save(window, QStringLiteral("dashboard-incidents")));

    IncidentEditorDialog editor(program, log.laptop);
    for (int tab = 0; tab < editor.tabs()->count(); ++tab) {
        editor.tabs()->setCurrentIndex(tab);
        CHECK(save(editor, QStringLiteral("incident-editor-%1").arg(tab + 1)));
    }
    editor.titleEdit()->clear();
    editor.affectedForm()->securedCheck()->setChecked(true);
    editor.tabs()->setCurrentIndex(0);
    CHECK(save(editor, QStringLiteral("incident-editor-problems")));
    editor.setUnsavedChangesPrompt([] { return UnsavedChoice::Discard; });

    for (const bool assessNow : {false, true}) {
        ReportIncidentWizard wizard(program);
        const QString prefix =
            assessNow ? QStringLiteral("report-now-") : QStringLiteral("report-");
        wizard.show();
        CHECK(save(wizard, prefix + QStringLiteral("1-what")));
        wizard.titleEdit()->setText(QStringLiteral("Remittance emailed to the wrong clinic"));
        wizard.descriptionEdit()->setPlainText(
            QStringLiteral("An 835 remittance file for 612 patients was emailed to another "
                           "clinic's billing address by mistake."));
        wizard.reporterEdit()->setText(QStringLiteral("Pat Lee"));
        wizard.discoveredField()->setDate(QDate(2026, 2, 23));
        wizard.next();
        JurisdictionCountTable* counts = wizard.affectedForm()->countTable();
        counts->addRow();
        counts->model()->item(0, 0)->setText(QStringLiteral("FL"));
        counts->model()->item(0, 1)->setData(612, Qt::EditRole);
        counts->addRow();
        counts->model()->item(1, 0)->setText(QStringLiteral("GA"));
        counts->model()->item(1, 1)->setData(40, Qt::EditRole);
        wizard.affectedForm()->phiTypesEdit()->setText(
            QStringLiteral("names, claim numbers, dates of service"));
        CHECK(save(wizard, prefix + QStringLiteral("2-affected")));
        wizard.next();
        wizard.containmentEdit()->setPlainText(
            QStringLiteral("The recipient deleted the email and confirmed it in writing."));
        CHECK(save(wizard, prefix + QStringLiteral("3-containment")));
        wizard.next();
        if (assessNow) {
            wizard.assessNowButton()->setChecked(true);
            wizard.assessmentForm()->setAssessment(sampleAssessment(false, QDate(2026, 2, 27)));
        }
        CHECK(save(wizard, prefix + QStringLiteral("4-assessment")));
        wizard.next();
        CHECK(save(wizard, prefix + QStringLiteral("5-summary")));
        wizard.reject();
    }
}
