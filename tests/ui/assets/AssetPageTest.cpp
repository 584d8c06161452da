#include "ui/assets/AssetPage.h"

#include "tests/support/TemporaryProgram.h"
#include "tests/ui/assets/AssetSamples.h"
#include "tests/ui/assets/ModalDriver.h"
#include "ui/assets/AssetDetailPanel.h"
#include "ui/assets/AssetEditorDialog.h"
#include "ui/assets/AssetFilterProxyModel.h"
#include "ui/assets/AssetHistoryList.h"
#include "ui/assets/AssetTableModel.h"
#include "ui/assets/DataFlowTableModel.h"
#include "ui/widgets/MessageBanner.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::TemporaryProgram;

namespace {

Asset pmSystem()
{
    return test::sampleAsset(
        QStringLiteral("Practice-management system"), AssetKind::Application,
        QStringLiteral("Billing manager"),
        {{QStringLiteral("Clinics"), QStringLiteral("PM system"), QStringLiteral("SFTP"), true},
         {QStringLiteral("PM system"), QStringLiteral("Coder laptops"),
          QStringLiteral("Mapped drive"), false}});
}

} // namespace

TEST_CASE("AssetPage first shows why the inventory comes first", "[ui][assets]")
{
    TemporaryProgram fixture;
    AssetPage page(fixture.program());

    CHECK(page.isShowingFirstRun());
    auto* text = page.findChild<QLabel*>(QStringLiteral("firstRunText"));
    REQUIRE(text);
    CHECK(text->text().contains(QStringLiteral("ePHI")));
    CHECK(page.firstAssetButton()->text() == QStringLiteral("Add the First Asset"));
    CHECK(page.firstImportButton()->text().startsWith(QStringLiteral("Import from CSV")));
    CHECK(page.firstAssetButton()->isEnabled());
    CHECK_FALSE(page.exportButton()->isEnabled());

    // An asset added anywhere reloads the page through the register's signal.
    test::addAsset(fixture.program(), pmSystem());
    CHECK_FALSE(page.isShowingFirstRun());
    CHECK(page.model()->rowCount() == 1);
    CHECK(page.exportButton()->isEnabled());
    CHECK(page.summaryLabel()->text().contains(QStringLiteral("Assets: 1")));
    CHECK(page.summaryLabel()->text().contains(QStringLiteral("Not encrypted in transit: 1")));
}

TEST_CASE("AssetPage shows the selected asset's flows, findings and history", "[ui][assets]")
{
    TemporaryProgram fixture;
    const Asset pm = test::addAsset(fixture.program(), pmSystem());
    AssetPage page(fixture.program());

    CHECK_FALSE(page.detail()->hasAsset());
    CHECK_FALSE(page.editButton()->isEnabled());
    REQUIRE(page.selectAsset(pm.id));
    CHECK(page.selectedAssetId() == pm.id);
    CHECK(page.editButton()->isEnabled());
    CHECK(page.detail()->hasAsset());
    CHECK(page.detail()->headingText() == QStringLiteral("Practice-management system"));
    CHECK(page.detail()->findingText().contains(QStringLiteral("1 of 2")));

    DataFlowTableModel* flows = page.detail()->flowModel();
    REQUIRE(flows->rowCount() == 2);
    const QModelIndex unencrypted = flows->index(1, DataFlowTableModel::EncryptedColumn);
    CHECK(unencrypted.data().toString().contains(QStringLiteral("finding")));
    CHECK_FALSE(unencrypted.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(flows->index(0, DataFlowTableModel::EncryptedColumn).data().toString() ==
          QStringLiteral("Yes"));

    REQUIRE(page.detail()->historyList()->count() == 1);
    CHECK(page.detail()->historyList()->item(0)->text().contains(
        QStringLiteral("Created by Dana Whitfield")));

    Asset changed = pm;
    changed.owner = QStringLiteral("Compliance lead");
    REQUIRE(fixture.program().assets().update(changed).ok());
    // The selection survives the reload and the history gains the update.
    CHECK(page.selectedAssetId() == pm.id);
    REQUIRE(page.detail()->historyList()->count() == 2);
    CHECK(page.detail()->historyList()->item(0)->text().contains(QStringLiteral("owner")));
}

TEST_CASE("AssetPage filters as the user types", "[ui][assets]")
{
    TemporaryProgram fixture;
    test::addAsset(fixture.program(), pmSystem());
    test::addAsset(fixture.program(),
                   test::sampleAsset(QStringLiteral("Backup NAS"), AssetKind::Server,
                                     QStringLiteral("IT contractor")));
    AssetPage page(fixture.program());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    QTest::keyClicks(page.searchEdit(), QStringLiteral("nas"));
    CHECK(page.proxy()->rowCount() == 1);
    CHECK(page.summaryLabel()->text().contains(QStringLiteral("Shown: 1")));
    QTest::keyClicks(page.searchEdit(), QStringLiteral("xyz"));
    CHECK(page.proxy()->rowCount() == 0);
    CHECK(page.isShowingNoMatch());

    page.findChild<QPushButton*>(QStringLiteral("clearAssetFilter"))->click();
    CHECK(page.searchEdit()->text().isEmpty());
    CHECK(page.proxy()->rowCount() == 2);
    CHECK_FALSE(page.isShowingNoMatch());

    page.unencryptedOnlyBox()->setChecked(true);
    REQUIRE(page.proxy()->rowCount() == 1);
    CHECK(page.proxy()->index(0, 0).data().toString() ==
          QStringLiteral("Practice-management system"));
}

TEST_CASE("AssetPage refuses to delete an asset a risk names", "[ui][assets]")
{
    TemporaryProgram fixture;
    const Asset pm = test::addAsset(fixture.program(), pmSystem());
    test::addRiskNaming(fixture.program(), pm.id);
    AssetPage page(fixture.program());
    REQUIRE(page.selectAsset(pm.id));
    CHECK(page.model()->index(0, AssetTableModel::RisksColumn).data().toInt() == 1);

    page.deleteSelected();
    CHECK(page.banner()->isVisibleTo(&page));
    CHECK(page.banner()->text().startsWith(QStringLiteral("Not deleted:")));
    CHECK(
        page.banner()->text().contains(QStringLiteral("kept while a risk that names it is open")));
    CHECK(fixture.program().assets().asset(pm.id).ok());
    CHECK(page.model()->rowCount() == 1);
}

TEST_CASE("AssetPage deletes an unlinked asset after confirmation", "[ui][assets]")
{
    TemporaryProgram fixture;
    const Asset pm = test::addAsset(fixture.program(), pmSystem());
    AssetPage page(fixture.program());
    REQUIRE(page.selectAsset(pm.id));

    bool asked = false;
    test::answerMessageBox(QMessageBox::Cancel, &asked);
    page.deleteSelected();
    CHECK(asked);
    CHECK(fixture.program().assets().asset(pm.id).ok());

    asked = false;
    test::answerMessageBox(QMessageBox::Yes, &asked);
    page.deleteSelected();
    CHECK(asked);
    CHECK_FALSE(fixture.program().assets().asset(pm.id).ok());
    CHECK(page.isShowingFirstRun());
    CHECK(page.banner()->text().contains(QStringLiteral("was deleted")));
}

TEST_CASE("AssetPage adds an asset through the editor and selects it", "[ui][assets]")
{
    TemporaryProgram fixture;
    AssetPage page(fixture.program());
    bool opened = false;
    test::whenModalAppears(
        [](QDialog* dialog) {
            auto* editor = qobject_cast<AssetEditorDialog*>(dialog);
            if (!editor) {
                dialog->reject();
                return;
            }
            editor->nameEdit()->setText(QStringLiteral("Scanned paper EOBs"));
            editor->ownerEdit()->setText(QStringLiteral("Office manager"));
            editor->save();
        },
        &opened);
    page.firstAssetButton()->click();
    CHECK(opened);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.detail()->headingText() == QStringLiteral("Scanned paper EOBs"));
    CHECK_FALSE(page.isShowingFirstRun());
}
