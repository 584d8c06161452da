#include "ui/vendors/CounterpartyEditorDialog.h"

#include "core/risk/AssetRegister.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/ui/vendors/VendorSamples.h"
#include "ui/vendors/ContactTableModel.h"
#include "ui/vendors/VendorHistoryList.h"
#include "ui/widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

qint64 addAsset(Program& program, const QString& name)
{
    Asset asset;
    asset.name = name;
    asset.kind = AssetKind::CloudService;
    asset.owner = QStringLiteral("Billing manager");
    Result<Asset> added = program.assets().add(asset);
    REQUIRE(added);
    return added->id;
}

QListWidgetItem* assetItem(QListWidget* list, qint64 id)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toLongLong() == id)
            return list->item(row);
    }
    return nullptr;
}

} // namespace

TEST_CASE("CounterpartyEditorDialog saves a new counterparty with contacts and assets",
          "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    addAsset(program, QStringLiteral("Practice-management system"));
    const qint64 sftp = addAsset(program, QStringLiteral("Clearinghouse SFTP"));

    CounterpartyEditorDialog dialog(program, std::nullopt);
    CHECK(dialog.windowTitle() == QStringLiteral("New Counterparty"));
    CHECK(dialog.isNew());
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    // A blank form is not wrong yet: what it needs is said without alarm.
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Information);
    CHECK(dialog.banner()->text().contains(QStringLiteral("name")));

    dialog.nameEdit()->setText(QStringLiteral("ClaimBridge Clearinghouse"));
    dialog.relationshipCombo()->setCurrentIndex(dialog.relationshipCombo()->findData(
        counterpartyRelationshipKey(CounterpartyRelationship::Subcontractor)));
    dialog.servicesEdit()->setText(QStringLiteral("837 claims and 835 remittances"));
    dialog.phiTypesEdit()->setText(QStringLiteral("Claims, remittance advice"));
    dialog.addContact();
    ContactTableModel* contacts = dialog.contactModel();
    REQUIRE(contacts->rowCount() == 1);
    contacts->setData(contacts->index(0, ContactTableModel::NameColumn),
                      QStringLiteral("Lee Park"));
    contacts->setData(contacts->index(0, ContactTableModel::EmailColumn),
                      QStringLiteral("lee@claimbridge.example"));
    QListWidgetItem* item = assetItem(dialog.assetList(), sftp);
    REQUIRE(item);
    item->setCheckState(Qt::Checked);

    CHECK(dialog.isModified());
    CHECK(dialog.problems().isEmpty());
    CHECK(dialog.saveButton()->isEnabled());
    REQUIRE(dialog.save());
    CHECK(dialog.result() == QDialog::Accepted);

    const Counterparty& saved = dialog.savedCounterparty();
    REQUIRE(saved.id > 0);
    Result<Counterparty> stored = program.counterparties().counterparty(saved.id);
    REQUIRE(stored);
    CHECK(stored->relationship == CounterpartyRelationship::Subcontractor);
    REQUIRE(stored->contacts.size() == 1);
    CHECK(stored->contacts.front().email == QStringLiteral("lee@claimbridge.example"));
    CHECK(stored->assetIds == std::vector<qint64>{sftp});
}

TEST_CASE("CounterpartyEditorDialog refuses to save until the problems are fixed", "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    const test::VendorSample sample = test::addBillingCompanyVendors(fixture.program());

    CounterpartyEditorDialog dialog(fixture.program(), std::nullopt);
    dialog.nameEdit()->setText(QStringLiteral("Riverside Dermatology"));
    dialog.phiTypesEdit()->clear();
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Warning);
    CHECK(dialog.banner()->text().contains(QStringLiteral("Say which PHI is shared")));

    // Saving anyway is refused, and the dialog stays open with the reason.
    CHECK_FALSE(dialog.save());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Error);
    CHECK(dialog.banner()->text().contains(QStringLiteral("was not saved")));

    // No PHI shared: nothing to name.
    dialog.sharesPhiCheck()->setChecked(false);
    CHECK_FALSE(dialog.phiTypesEdit()->isEnabled());
    CHECK(dialog.saveButton()->isEnabled());

    // A bad contact email is a problem too.
    dialog.addContact();
    dialog.contactModel()->setData(dialog.contactModel()->index(0, ContactTableModel::NameColumn),
                                   QStringLiteral("Front desk"));
    dialog.contactModel()->setData(dialog.contactModel()->index(0, ContactTableModel::EmailColumn),
                                   QStringLiteral("not an address"));
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK(dialog.banner()->text().contains(QStringLiteral("not an email address")));
    dialog.removeSelectedContacts();
    CHECK(dialog.contactModel()->rowCount() == 0);
    CHECK(dialog.saveButton()->isEnabled());

    // The name of an existing counterparty is refused by the register.
    dialog.nameEdit()->setText(QStringLiteral("Lakeside Family Clinic"));
    const QStringList problems = dialog.problems();
    CHECK_FALSE(problems.isEmpty());
    CHECK_FALSE(dialog.save());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(fixture.program().counterparties().counterparties()->size() == 6);
    (void)sample;
}

TEST_CASE("CounterpartyEditorDialog asks before dropping edits and shows the history",
          "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    const test::VendorSample sample = test::addBillingCompanyVendors(fixture.program());
    Counterparty changed = *fixture.program().counterparties().counterparty(sample.metro);
    changed.notes = QStringLiteral("Agreement sent for signature 2026-02-25");
    REQUIRE(fixture.program().counterparties().update(changed));

    CounterpartyEditorDialog dialog(fixture.program(), sample.metro);
    dialog.show();
    CHECK(dialog.windowTitle().contains(QStringLiteral("Metro Pediatrics Group")));
    CHECK_FALSE(dialog.isModified());
    REQUIRE(dialog.historyList()->count() == 2);
    CHECK(dialog.historyList()->item(0)->text().contains(QStringLiteral("notes")));
    CHECK(dialog.historyList()->item(1)->text().contains(QStringLiteral("Created")));

    int asked = 0;
    dialog.setUnsavedChangesPrompt([&] {
        ++asked;
        return UnsavedChoice::KeepEditing;
    });
    dialog.servicesEdit()->setText(QStringLiteral("Coding backlog clean-up and audits"));
    dialog.reject();
    CHECK(asked == 1);
    CHECK(dialog.isVisible());

    dialog.setUnsavedChangesPrompt([&] {
        ++asked;
        return UnsavedChoice::Save;
    });
    dialog.reject();
    CHECK(asked == 2);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(fixture.program().counterparties().counterparty(sample.metro)->services ==
          QStringLiteral("Coding backlog clean-up and audits"));
}
