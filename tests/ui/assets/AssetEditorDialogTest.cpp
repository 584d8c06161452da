#include "ui/assets/AssetEditorDialog.h"

#include "tests/support/TemporaryProgram.h"
#include "tests/ui/assets/AssetSamples.h"
#include "tests/ui/assets/ModalDriver.h"
#include "ui/assets/DataFlowTableModel.h"
#include "ui/widgets/MessageBanner.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::TemporaryProgram;

namespace {

void setFlow(DataFlowTableModel& model, int row, const QString& from, const QString& to,
             const QString& channel, bool encrypted)
{
    REQUIRE(model.setData(model.index(row, DataFlowTableModel::SourceColumn), from));
    REQUIRE(model.setData(model.index(row, DataFlowTableModel::DestinationColumn), to));
    REQUIRE(model.setData(model.index(row, DataFlowTableModel::ChannelColumn), channel));
    REQUIRE(model.setData(model.index(row, DataFlowTableModel::EncryptedColumn),
                          encrypted ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
}

} // namespace

TEST_CASE("AssetEditorDialog creates an asset with two data flows", "[ui][assets]")
{
    TemporaryProgram fixture;
    AssetEditorDialog dialog(fixture.program().assets(), Asset{});
    CHECK(dialog.isNew());
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK(dialog.banner()->text().contains(QStringLiteral("Give the asset a name.")));

    dialog.nameEdit()->setText(QStringLiteral("Clearinghouse SFTP"));
    dialog.kindCombo()->setCurrentIndex(
        dialog.kindCombo()->findData(assetKindKey(AssetKind::CloudService)));
    dialog.ownerEdit()->setText(QStringLiteral("Billing manager"));
    dialog.locationEdit()->setText(QStringLiteral("Availity (hosted)"));
    dialog.phiEdit()->setPlainText(QStringLiteral("837 claims, 835 remittances"));
    dialog.addFlow();
    dialog.addFlow();
    setFlow(*dialog.flowModel(), 0, QStringLiteral("PM system"), QStringLiteral("Clearinghouse"),
            QStringLiteral("SFTP"), true);
    // Half-filled flows are a problem the dialog shows before the user saves.
    CHECK(dialog.banner()->text().contains(QStringLiteral("Data flow 2")));
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    setFlow(*dialog.flowModel(), 1, QStringLiteral("Clearinghouse"),
            QStringLiteral("Billing inbox"), QStringLiteral("E-mail"), false);
    CHECK(dialog.saveButton()->isEnabled());
    CHECK(dialog.banner()->text().isEmpty());
    CHECK(dialog.hasUnsavedChanges());

    REQUIRE(dialog.save());
    CHECK(dialog.result() == QDialog::Accepted);
    const Asset saved = dialog.savedAsset();
    CHECK(saved.id > 0);

    Result<Asset> stored = fixture.program().assets().asset(saved.id);
    REQUIRE(stored.ok());
    CHECK(stored->name == QStringLiteral("Clearinghouse SFTP"));
    CHECK(stored->kind == AssetKind::CloudService);
    CHECK(stored->phiHeld == QStringLiteral("837 claims, 835 remittances"));
    REQUIRE(stored->dataFlows.size() == 2);
    CHECK(stored->dataFlows[0].encryptedInTransit);
    CHECK_FALSE(stored->dataFlows[1].encryptedInTransit);
    CHECK(stored->dataFlows[1].channel == QStringLiteral("E-mail"));
}

TEST_CASE("AssetEditorDialog validates live, saves with Ctrl+S and updates", "[ui][assets]")
{
    TemporaryProgram fixture;
    const Asset existing = test::addAsset(
        fixture.program(), test::sampleAsset(QStringLiteral("Fax server"), AssetKind::PaperFax,
                                             QStringLiteral("Office manager")));
    test::addAsset(fixture.program(),
                   test::sampleAsset(QStringLiteral("Backup NAS"), AssetKind::Server,
                                     QStringLiteral("IT contractor")));

    AssetEditorDialog dialog(fixture.program().assets(), existing);
    CHECK_FALSE(dialog.isNew());
    CHECK(dialog.nameEdit()->text() == QStringLiteral("Fax server"));
    CHECK_FALSE(dialog.hasUnsavedChanges());

    dialog.nameEdit()->setText(QStringLiteral("backup nas"));
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Warning);
    CHECK(dialog.banner()->text().contains(QStringLiteral("already exists")));

    dialog.nameEdit()->setText(QStringLiteral("Fax server (eFax gateway)"));
    dialog.ownerEdit()->clear();
    CHECK(dialog.banner()->text().contains(QStringLiteral("owner")));
    dialog.ownerEdit()->setText(QStringLiteral("Front-desk lead"));
    CHECK(dialog.saveButton()->isEnabled());

    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);

    Result<Asset> stored = fixture.program().assets().asset(existing.id);
    REQUIRE(stored.ok());
    CHECK(stored->name == QStringLiteral("Fax server (eFax gateway)"));
    CHECK(stored->owner == QStringLiteral("Front-desk lead"));
}

TEST_CASE("AssetEditorDialog asks before discarding unsaved changes", "[ui][assets]")
{
    TemporaryProgram fixture;
    AssetEditorDialog dialog(fixture.program().assets(), Asset{});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    // Nothing typed: closing needs no question.
    CHECK(dialog.requestClose());
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(dialog.isHidden());

    dialog.show();
    dialog.nameEdit()->setText(QStringLiteral("Coder laptops"));
    bool asked = false;
    test::answerMessageBox(QMessageBox::Cancel, &asked);
    CHECK_FALSE(dialog.requestClose());
    CHECK(asked);
    CHECK(dialog.isVisible());

    // Escape asks too.
    asked = false;
    test::answerMessageBox(QMessageBox::Cancel, &asked);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK(asked);
    CHECK(dialog.isVisible());

    asked = false;
    test::answerMessageBox(QMessageBox::Discard, &asked);
    CHECK(dialog.requestClose());
    CHECK(asked);
    CHECK(dialog.isHidden());
    CHECK(fixture.program().assets().assets()->empty());
}

TEST_CASE("AssetEditorDialog saves from the unsaved-changes question", "[ui][assets]")
{
    TemporaryProgram fixture;
    AssetEditorDialog dialog(fixture.program().assets(), Asset{});
    dialog.show();
    dialog.nameEdit()->setText(QStringLiteral("Backup NAS"));
    dialog.ownerEdit()->setText(QStringLiteral("IT contractor"));
    bool asked = false;
    test::answerMessageBox(QMessageBox::Save, &asked);
    CHECK(dialog.requestClose());
    CHECK(asked);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(fixture.program().assets().assets()->size() == 1);
}

TEST_CASE("AssetEditorDialog closes without asking when the program locks", "[ui][assets]")
{
    TemporaryProgram fixture;
    AssetEditorDialog dialog(fixture.program().assets(), Asset{});
    dialog.show();
    dialog.nameEdit()->setText(QStringLiteral("Coder laptops"));
    // Locking rejects every open dialog; it must not wait for an answer.
    dialog.reject();
    CHECK(dialog.isHidden());
    CHECK(dialog.result() == QDialog::Rejected);
}

TEST_CASE("AssetEditorDialog removes the selected data flow", "[ui][assets]")
{
    TemporaryProgram fixture;
    Asset asset = test::sampleAsset(
        QStringLiteral("Microsoft 365 mail"), AssetKind::CloudService, QStringLiteral("IT"),
        {{QStringLiteral("Billing team"), QStringLiteral("Payers"), QStringLiteral("TLS"), true},
         {QStringLiteral("Payers"), QStringLiteral("Billing team"), QStringLiteral("Fax"), false}});
    AssetEditorDialog dialog(fixture.program().assets(), asset);
    dialog.flowTable()->selectRow(0);
    dialog.removeSelectedFlows();
    REQUIRE(dialog.flowModel()->rowCount() == 1);
    CHECK(dialog.flowModel()->flows().front().channel == QStringLiteral("Fax"));
}
