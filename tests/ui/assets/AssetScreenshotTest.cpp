// Renders the Assets area, the asset editor and the import dialog offscreen
// for visual review:
//   palisade_ui_tests "[.screenshot]"
// PNGs go to $PALISADE_SCREENSHOT_DIR, or to "screenshots" in the current folder.
#include "tests/support/TemporaryProgram.h"
#include "tests/ui/assets/AssetSamples.h"
#include "ui/assets/AssetEditorDialog.h"
#include "ui/assets/AssetPage.h"
#include "ui/assets/AssetTableModel.h"
#include "ui/io/ExportDialog.h"
#include "ui/io/ImportDialog.h"
#include "ui/session/ClipboardGuard.h"
#include "ui/shell/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTest>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

QString screenshotPath(const QString& name)
{
    QString dir = qEnvironmentVariable("PALISADE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::current().filePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    return QDir(dir).filePath(name + QStringLiteral(".png"));
}

bool save(QWidget& widget, const QString& name)
{
    widget.show();
    QTest::qWait(50);
    const QString path = screenshotPath(name);
    return widget.grab().save(path) && QFile::exists(path);
}

DataFlow flow(const char* from, const char* to, const char* channel, bool encrypted)
{
    return DataFlow{QString::fromUtf8(from), QString::fromUtf8(to), QString::fromUtf8(channel),
                    encrypted};
}

Asset asset(const char* name, AssetKind kind, const char* owner, const char* location,
            const char* phi, std::vector<DataFlow> flows, const char* notes = "")
{
    Asset result;
    result.name = QString::fromUtf8(name);
    result.kind = kind;
    result.owner = QString::fromUtf8(owner);
    result.location = QString::fromUtf8(location);
    result.phiHeld = QString::fromUtf8(phi);
    result.notes = QString::fromUtf8(notes);
    result.dataFlows = std::move(flows);
    return result;
}

// The inventory of a twenty-person medical billing company.
std::vector<Asset> billingCompanyInventory()
{
    using enum AssetKind;
    return {
        asset("Practice-management system", Application, "Billing manager", "Vendor-hosted (Kareo)",
              "Demographics, insurance IDs, CPT and ICD-10 codes, claims and payments",
              {flow("Client clinics", "Practice-management system", "HTTPS portal", true),
               flow("Practice-management system", "Clearinghouse", "SFTP", true),
               flow("Practice-management system", "Coder laptops", "Browser (TLS)", true)},
              "Single sign-on through Microsoft 365; vendor BAA signed 2024."),
        asset("Clearinghouse SFTP", CloudService, "Billing manager", "Availity (hosted)",
              "837 claims, 835 remittances, 277 claim status",
              {flow("Clearinghouse", "Payers", "X12 over AS2", true),
               flow("Payers", "Clearinghouse", "X12 over AS2", true)}),
        asset("Coder laptops (14)", WorkstationFleet, "IT contractor", "Office and coders' homes",
              "Operative notes and claim exports opened for coding",
              {flow("Coder laptops", "Office file server", "WireGuard VPN", true),
               flow("Coder laptops", "USB drives", "USB copy", false)},
              "BitLocker on all laptops since January; USB storage not yet blocked."),
        asset("Fax server", PaperFax, "Office manager", "Server closet, Suite 210",
              "Medical records requests, appeals, faxed EOBs",
              {flow("Client clinics", "Fax server", "Analog fax line", false),
               flow("Fax server", "Billing shared mailbox", "SMTP relay", false)}),
        asset("Microsoft 365 mail", CloudService, "IT contractor", "Microsoft cloud (US)",
              "Patient statements, appeal letters, payer correspondence",
              {flow("Billing team", "Payers", "E-mail (enforced TLS)", true),
               flow("Billing team", "Patients", "E-mail (opportunistic TLS)", false)}),
        asset("Office file server", Server, "IT contractor", "Server closet, Suite 210",
              "Scanned EOBs, denial spreadsheets, month-end reports",
              {flow("Document scanner", "Office file server", "Scan to SMB folder", false),
               flow("Office file server", "Backup NAS", "SMB 3 (encrypted)", true)}),
        asset("Backup NAS", Server, "IT contractor", "Server closet, Suite 210",
              "Nightly copies of the file server and PM exports",
              {flow("Backup NAS", "Offsite cloud backup", "HTTPS (Backblaze B2)", true)}),
        asset("Scanned paper EOBs", PaperFax, "Office manager", "Locked cabinet, billing office",
              "Paper EOBs and denial letters awaiting scanning", {},
              "Shredded by a bonded vendor after 90 days."),
        asset("Billing staff phones", MobileDevices, "IT contractor",
              "Staff-owned, enrolled in MDM", "Teams messages that can mention claim numbers",
              {flow("Billing staff phones", "Microsoft 365 mail", "Outlook app (TLS)", true)}),
        asset("Office network and VPN", Network, "IT contractor", "Suite 210",
              "Everything in transit between the office and remote coders",
              {flow("Remote coders", "Office network", "WireGuard VPN", true)}),
        asset("Patient statement print vendor", CloudService, "Billing manager",
              "Vendor-hosted (print and mail)", "Patient names, addresses, balances due",
              {flow("Practice-management system", "Print vendor", "SFTP", true)}),
    };
}

void fill(Program& program)
{
    Result<std::vector<Asset>> added = program.assets().addAll(billingCompanyInventory());
    REQUIRE(added);
    const auto idOf = [&](const char* name) {
        for (const Asset& a : *added) {
            if (a.name == QString::fromUtf8(name))
                return a.id;
        }
        return qint64(0);
    };
    test::addRiskNaming(program, idOf("Coder laptops (14)"));
    test::addRiskNaming(program, idOf("Fax server"));
    Risk shared;
    shared.title = QStringLiteral("Ransomware encrypts the file server and its backups");
    shared.owner = QStringLiteral("IT contractor");
    shared.identifiedOn = QDate(2026, 2, 12);
    shared.assetIds = {idOf("Office file server"), idOf("Backup NAS")};
    std::sort(shared.assetIds.begin(), shared.assetIds.end());
    REQUIRE(program.risks().add(shared));
}

} // namespace

TEST_CASE("Screenshots of the Assets area", "[.screenshot]")
{
    test::TemporaryProgram fixture;
    {
        AssetPage empty(fixture.program());
        empty.resize(1060, 760);
        CHECK(save(empty, QStringLiteral("assets-0-empty")));
    }
    fill(fixture.program());

    ClipboardGuard clipboard;
    MainWindow window(fixture.program(), clipboard);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    AssetPage* page = nullptr;
    for (int index = 0; index < window.pages()->count() && !page; ++index) {
        page = qobject_cast<AssetPage*>(window.pages()->widget(index));
        if (page)
            window.showArea(index);
    }
    REQUIRE(page);
    const auto idOf = [&](const QString& name) {
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            if (page->model()->assetAt(row).name == name)
                return page->model()->assetAt(row).id;
        }
        return qint64(0);
    };
    REQUIRE(page->selectAsset(idOf(QStringLiteral("Coder laptops (14)"))));
    CHECK(save(window, QStringLiteral("assets-1-inventory")));

    REQUIRE(page->selectAsset(idOf(QStringLiteral("Fax server"))));
    page->deleteSelected();
    CHECK(save(window, QStringLiteral("assets-2-delete-refused")));

    page->searchEdit()->setText(QStringLiteral("smb"));
    CHECK(save(window, QStringLiteral("assets-3-filtered")));
    page->searchEdit()->setText(QStringLiteral("no asset says this"));
    CHECK(save(window, QStringLiteral("assets-4-no-match")));
    page->searchEdit()->clear();

    const Asset laptops =
        page->model()->assetAt(page->model()->rowForId(idOf(QStringLiteral("Coder laptops (14)"))));
    AssetEditorDialog editor(fixture.program().assets(), laptops);
    CHECK(save(editor, QStringLiteral("assets-5-editor")));
    editor.ownerEdit()->clear();
    CHECK(save(editor, QStringLiteral("assets-6-editor-problem")));

    AssetEditorDialog blank(fixture.program().assets(), Asset{});
    CHECK(save(blank, QStringLiteral("assets-7-editor-new")));
}

TEST_CASE("Screenshots of the import and export dialogs", "[.screenshot]")
{
    test::TemporaryProgram fixture;
    const QString path = QDir(fixture.dir()).filePath(QStringLiteral("inventory.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("name,kind,owner,location,data_flows\n"
                   "Practice-management system,application,Billing manager,Hosted,"
                   "Clinics > PM system via HTTPS [encrypted]\n"
                   "Fax server,fax machine,Office manager,Server closet,\n"
                   "Coder laptops,workstation fleet,,Homes,Laptops > USB via copy\n"
                   "Backup NAS,server,IT contractor,Server closet,NAS > via HTTPS\n"
                   "Practice-management system,application,Billing manager,Hosted,\n");
    }
    ImportDialog dialog(fixture.program(), DataSubject::Assets);
    CHECK(save(dialog, QStringLiteral("import-1-ready")));
    dialog.setFilePath(path);
    REQUIRE(dialog.startImport());
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isRunning(); }, 20000));
    CHECK_FALSE(dialog.problemLines().isEmpty());
    CHECK(save(dialog, QStringLiteral("import-2-errors")));

    ImportDialog risks(fixture.program(), DataSubject::Risks);
    CHECK(save(risks, QStringLiteral("import-3-risks")));

    ExportDialog exportRisks(fixture.program(), DataSubject::Risks);
    CHECK(save(exportRisks, QStringLiteral("export-1-risks")));
}
