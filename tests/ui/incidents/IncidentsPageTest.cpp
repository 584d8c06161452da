#include "ui/incidents/IncidentsPage.h"

#include "tests/core/CatchQtStrings.h"
#include "tests/ui/assets/ModalDriver.h"
#include "tests/ui/incidents/IncidentLogSamples.h"
#include "ui/incidents/BreachLogTab.h"
#include "ui/incidents/CloseIncidentDialog.h"
#include "ui/incidents/IncidentDetailPanel.h"
#include "ui/incidents/IncidentEditorDialog.h"
#include "ui/incidents/IncidentFilterProxyModel.h"
#include "ui/incidents/IncidentLogTab.h"
#include "ui/incidents/IncidentTableModel.h"
#include "ui/incidents/ReportIncidentWizard.h"
#include "ui/widgets/FirstRunPanel.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/NoMatchHint.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using namespace palisade::test::incidentui;

TEST_CASE("IncidentsPage says what to do before any incident is recorded", "[ui][incidents]")
{
    test::TemporaryProgram fixture;
    IncidentsPage page(fixture.program());
    IncidentLogTab* log = page.logTab();
    CHECK(log->isShowingEmptyState());
    CHECK(log->emptyPanel()->titleText() == QStringLiteral("No incidents recorded"));
    CHECK(log->emptyPanel()->text().contains(QStringLiteral("a misdirected fax, a lost laptop")));
    CHECK(log->emptyPanel()->text().contains(QStringLiteral("presumes a breach")));
    CHECK(log->emptyReportButton()->isEnabled());
    CHECK(page.stateRulesButton()->isEnabled());
    CHECK_FALSE(page.editButton()->isEnabled());
    CHECK(page.summaryLabel()->text() == QStringLiteral("Open: 0"));

    // An incident recorded elsewhere shows at once, selected.
    const qint64 id =
        addIncident(fixture.program(), sampleIncident(QStringLiteral("Lost badge"),
                                                      IncidentKind::Other, QDate(2026, 2, 27), {}));
    CHECK_FALSE(log->isShowingEmptyState());
    CHECK(page.selectedIncidentId() == id);
    CHECK(log->detailPanel()->incidentId() == id);
    CHECK(page.editButton()->isEnabled());
}

TEST_CASE("IncidentsPage opens on the most pressing incident and filters the log",
          "[ui][incidents]")
{
    test::TemporaryProgram fixture;
    const IncidentLog log = addIncidentLog(fixture);
    IncidentsPage page(fixture.program());
    IncidentLogTab* tab = page.logTab();
    // Sorted by next deadline: the overdue laptop first, and selected.
    CHECK(page.selectedIncidentId() == log.laptop);
    CHECK(tab->detailPanel()->incidentId() == log.laptop);
    CHECK(page.summaryLabel()->text() ==
          QStringLiteral("Open: 3 \u00b7 With an overdue notice: 1 \u00b7 Closed: 1"));
    CHECK(tab->table()->model()->rowCount() == 3);

    tab->searchEdit()->setText(QStringLiteral("nothing says this"));
    CHECK(tab->isShowingNoMatch());
    CHECK(tab->noMatchHint()->text().contains(QStringLiteral("all 4 incident(s)")));
    tab->noMatchHint()->clearButton()->click();
    CHECK_FALSE(tab->isShowingNoMatch());
    CHECK(tab->table()->model()->rowCount() == 4);

    tab->shownCombo()->setCurrentIndex(
        tab->shownCombo()->findData(int(IncidentFilterProxyModel::Shown::Closed)));
    CHECK(tab->table()->model()->rowCount() == 1);
    tab->breachStatusCombo()->setCurrentIndex(
        tab->breachStatusCombo()->findData(breachStatusKey(BreachStatus::LowProbability)));
    CHECK(tab->isShowingNoMatch());

    // Selecting an incident the filters hide clears them.
    REQUIRE(page.selectIncident(log.phishing));
    CHECK(page.selectedIncidentId() == log.phishing);
    CHECK_FALSE(tab->isShowingNoMatch());

    // The closed incident offers Reopen; reopening it is recorded at once.
    REQUIRE(page.selectIncident(log.closed));
    CHECK(page.closeButton()->text() == QStringLiteral("Re&open"));
    page.closeButton()->click();
    CHECK_FALSE(fixture.program().incidents().incident(log.closed)->isClosed());
    CHECK(page.banner()->text().contains(QStringLiteral("is open again")));
    CHECK(page.closeButton()->text() == QStringLiteral("C&lose\u2026"));

    page.tabs()->setCurrentIndex(IncidentsPage::BreachLogTabIndex);
    CHECK(page.breachLogTab()->isVisibleTo(&page));
    CHECK_FALSE(page.editButton()->isEnabled());
}

TEST_CASE("IncidentsPage reports with Ctrl+N, edits with Enter and closes an incident",
          "[ui][incidents]")
{
    test::TemporaryProgram fixture;
    const IncidentLog log = addIncidentLog(fixture);
    IncidentsPage page(fixture.program());
    page.resize(1280, 800);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));

    bool seen = false;
    test::whenModalAppears(
        [](QDialog* dialog) {
            auto* wizard = qobject_cast<ReportIncidentWizard*>(dialog);
            if (!wizard) {
                dialog->reject();
                return;
            }
            wizard->titleEdit()->setText(QStringLiteral("Badge lost on the train"));
            wizard->next();
            wizard->next();
            wizard->next();
            wizard->next();
            CHECK(wizard->currentId() == ReportIncidentWizard::SummaryPageId);
            wizard->accept();
        },
        &seen);
    page.logTab()->table()->setFocus();
    QTest::keyClick(page.logTab()->table(), Qt::Key_N, Qt::ControlModifier);
    REQUIRE(seen);
    const std::vector<Incident> all = fixture.program().incidents().incidents().value();
    REQUIRE(all.size() == 5);
    const qint64 added = all.back().title == QStringLiteral("Badge lost on the train")
                             ? all.back().id
                             : all.front().id;
    CHECK(page.selectedIncidentId() == added);
    CHECK(page.banner()->text().contains(QStringLiteral("presumed a breach")));

    // Enter on the table opens the editor of the selected incident.
    REQUIRE(page.selectIncident(log.remittance));
    seen = false;
    qint64 edited = 0;
    test::whenModalAppears(
        [&edited](QDialog* dialog) {
            auto* editor = qobject_cast<IncidentEditorDialog*>(dialog);
            if (!editor) {
                dialog->reject();
                return;
            }
            edited = editor->candidate().id;
            editor->handlerEdit()->setText(QStringLiteral("Morgan Reyes"));
            editor->save();
        },
        &seen);
    page.logTab()->table()->setFocus();
    QTest::keyClick(page.logTab()->table(), Qt::Key_Return);
    REQUIRE(seen);
    CHECK(edited == log.remittance);
    CHECK(fixture.program().incidents().incident(log.remittance)->handler ==
          QStringLiteral("Morgan Reyes"));

    // Close asks for the day and says what is still owed.
    seen = false;
    QString warning;
    test::whenModalAppears(
        [&warning](QDialog* dialog) {
            auto* close = qobject_cast<CloseIncidentDialog*>(dialog);
            if (!close) {
                dialog->reject();
                return;
            }
            warning = close->warningText();
            close->confirm();
        },
        &seen);
    page.closeButton()->click();
    REQUIRE(seen);
    CHECK(warning.contains(QStringLiteral("have not been recorded as sent")));
    CHECK(fixture.program().incidents().incident(log.remittance)->closedOn == QDate(2026, 3, 1));
    CHECK(page.selectedIncidentId() == log.remittance);
    CHECK(page.banner()->text().contains(QStringLiteral("was closed")));
}
