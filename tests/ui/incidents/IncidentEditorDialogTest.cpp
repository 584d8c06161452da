#include "ui/incidents/IncidentEditorDialog.h"

#include "core/risk/AssetRegister.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/ui/incidents/IncidentLogSamples.h"
#include "ui/incidents/CoveredEntityField.h"
#include "ui/incidents/IncidentAffectedForm.h"
#include "ui/incidents/JurisdictionCountTable.h"
#include "ui/risk/RiskAssetField.h"
#include "ui/risk/RiskDateField.h"
#include "ui/widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using namespace palisade::test::incidentui;

TEST_CASE("IncidentEditorDialog lists what stops saving and keeps Save disabled", "[ui][incidents]")
{
    test::TemporaryProgram fixture;
    IncidentEditorDialog editor(fixture.program(), std::nullopt);
    CHECK(editor.isNew());
    CHECK_FALSE(editor.saveButton()->isEnabled());
    CHECK(editor.banner()->kind() == MessageBanner::Kind::Information);
    CHECK(editor.banner()->text().contains(QStringLiteral("Give the incident a title.")));
    // A new incident starts discovered and reported today.
    CHECK(editor.discoveredField()->date() == QDate(2026, 3, 1));
    CHECK_FALSE(editor.occurredField()->date().isValid());

    editor.titleEdit()->setText(QStringLiteral("Lost badge"));
    CHECK(editor.saveButton()->isEnabled());

    // Secured PHI needs its basis; the State codes are checked; occurred after discovery.
    IncidentAffectedForm* affected = editor.affectedForm();
    affected->securedCheck()->setChecked(true);
    JurisdictionCountTable* counts = affected->countTable();
    counts->addRow();
    counts->model()
        ->item(0, JurisdictionCountTable::JurisdictionColumn)
        ->setText(QStringLiteral("Georgia"));
    counts->model()->item(0, JurisdictionCountTable::IndividualsColumn)->setData(3, Qt::EditRole);
    editor.occurredField()->setDate(QDate(2026, 3, 1));
    editor.discoveredField()->setDate(QDate(2026, 2, 27));
    CHECK_FALSE(editor.saveButton()->isEnabled());
    CHECK(editor.banner()->kind() == MessageBanner::Kind::Warning);
    const QString banner = editor.banner()->text();
    CHECK(banner.startsWith(QStringLiteral("To save this incident:")));
    CHECK(banner.contains(QStringLiteral("Say why the PHI was secured")));
    CHECK(banner.contains(QStringLiteral("\"GEORGIA\" is not a two-letter")));
    CHECK(banner.contains(QStringLiteral("before it occurred")));
    CHECK(counts->totalLabel()->text() == QStringLiteral("Total: 3"));
    CHECK_FALSE(editor.save());
    CHECK(fixture.program().incidents().incidents()->empty());

    affected->securedBasisEdit()->setPlainText(QStringLiteral("Full-disk encryption"));
    counts->model()
        ->item(0, JurisdictionCountTable::JurisdictionColumn)
        ->setText(QStringLiteral("ga"));
    editor.occurredField()->setDate({});
    CHECK(editor.saveButton()->isEnabled());
    int asked = 0;
    editor.setUnsavedChangesPrompt([&] {
        ++asked;
        return UnsavedChoice::KeepEditing;
    });
    editor.show();
    editor.reject();
    CHECK(asked == 1);
    CHECK(editor.isVisible());
    REQUIRE(editor.save());
    const Incident saved = editor.savedIncident();
    CHECK(saved.id > 0);
    CHECK(saved.phiSecured);
    CHECK(saved.affected == std::vector<JurisdictionCount>{{QStringLiteral("GA"), 3}});
    CHECK_FALSE(saved.occurredOn.isValid());
}

TEST_CASE("IncidentEditorDialog changes an incident and keeps its assessment", "[ui][incidents]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const IncidentLog log = addIncidentLog(fixture);
    Asset laptop;
    laptop.name = QStringLiteral("Coder laptop 7");
    laptop.owner = QStringLiteral("IT");
    const qint64 assetId = program.assets().add(laptop).value().id;

    IncidentEditorDialog editor(program, log.phishing);
    CHECK_FALSE(editor.isNew());
    CHECK_FALSE(editor.isModified());
    CHECK(editor.saveButton()->isEnabled());
    CHECK(editor.windowTitle().startsWith(incidentReference(log.phishing)));
    CHECK(editor.titleEdit()->text() == QStringLiteral("Phishing email answered"));
    CHECK(editor.kindCombo()->currentData().toString() ==
          incidentKindKey(IncidentKind::PhishingCompromise));
    CHECK(editor.affectedForm()->phiTypesEdit()->text() == QStringLiteral("Names, Claim numbers"));
    CHECK(editor.affectedForm()->countTable()->counts() ==
          std::vector<JurisdictionCount>{{QStringLiteral("GA"), 3}});
    // The view shows the rows loaded, not only the model.
    CHECK(editor.affectedForm()->countTable()->table()->model()->rowCount() == 1);
    CHECK(editor.affectedForm()->countTable()->table()->verticalHeader()->count() == 1);
    CHECK(editor.closedLabel()->text().startsWith(QStringLiteral("Open")));

    QListWidget* assets = editor.affectedForm()->assetField()->list();
    REQUIRE(assets->count() == 1);
    assets->item(0)->setCheckState(Qt::Checked);
    editor.lessonsEdit()->setPlainText(QStringLiteral("Report suspicious mail at once."));
    editor.affectedForm()->phiTypesEdit()->setText(QStringLiteral("Names, emails , names"));
    CHECK(editor.isModified());
    REQUIRE(editor.save());

    const Incident stored = program.incidents().incident(log.phishing).value();
    CHECK(stored.assetIds == std::vector<qint64>{assetId});
    CHECK(stored.lessonsLearned == QStringLiteral("Report suspicious mail at once."));
    CHECK(stored.phiTypes == QStringList{QStringLiteral("Names"), QStringLiteral("emails")});
    REQUIRE(stored.assessment.has_value());
    CHECK(stored.assessment->lowProbability);

    // A closed incident says so and how to change it.
    IncidentEditorDialog closed(program, log.closed);
    CHECK(closed.closedLabel()->text().startsWith(QStringLiteral("2026-02-20")));
}
