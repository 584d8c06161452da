// Renders the Vendors area and the vendor editors offscreen for visual review:
//   palisade_ui_tests "[.screenshot]"
// PNGs go to $PALISADE_SCREENSHOT_DIR, or to "screenshots" in the build folder.
#include "core/risk/AssetRegister.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/support/TestPdf.h"
#include "tests/ui/risk/RiskScreenshots.h"
#include "tests/ui/vendors/VendorSamples.h"
#include "ui/pdf/PdfViewerWidget.h"
#include "ui/vendors/AgreementDocumentsTab.h"
#include "ui/vendors/AgreementEditorDialog.h"
#include "ui/vendors/CounterpartyEditorDialog.h"
#include "ui/vendors/VendorsPage.h"

#include <QTabWidget>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::riskshots::save;

namespace {

void linkAssets(Program& program, qint64 counterpartyId)
{
    std::vector<qint64> ids;
    for (const char* name : {"Practice-management system", "Clearinghouse SFTP"}) {
        Asset asset;
        asset.name = QString::fromUtf8(name);
        asset.kind = AssetKind::CloudService;
        asset.owner = QStringLiteral("Billing manager");
        Result<Asset> added = program.assets().add(asset);
        REQUIRE(added);
        ids.push_back(added->id);
    }
    Asset fax;
    fax.name = QStringLiteral("Remittance fax");
    fax.kind = AssetKind::PaperFax;
    fax.owner = QStringLiteral("Front office");
    REQUIRE(program.assets().add(fax));
    Counterparty counterparty = *program.counterparties().counterparty(counterpartyId);
    counterparty.assetIds = ids;
    counterparty.notes = QStringLiteral("Portal access for four coders; quarterly access review.");
    counterparty.contacts.push_back({QStringLiteral("Ravi Chandra"), QStringLiteral("IT manager"),
                                     QStringLiteral("rchandra@lakesideclinic.example"),
                                     QStringLiteral("555-0177")});
    REQUIRE(program.counterparties().update(counterparty));
}

QByteArray signedAgreementPdf()
{
    return test::makeTestPdf(
        {QStringLiteral("BUSINESS ASSOCIATE AGREEMENT\n\nThis Business Associate Agreement is "
                        "entered into by\nLakeside Family Clinic (\"Covered Entity\") and\n"
                        "Riverbend Coding Services (\"Business Associate\").\n\n1. Permitted "
                        "uses and disclosures\nBusiness Associate may use PHI only to perform\n"
                        "coding, billing and collections services."),
         QStringLiteral("2. Safeguards\nBusiness Associate shall implement administrative,\n"
                        "physical and technical safeguards (45 CFR 164.314).\n\n3. Reporting\n"
                        "Business Associate shall report any breach of\nunsecured PHI within 30 "
                        "days of discovery."),
         QStringLiteral("Signed:\n\nJoan Ramos, Lakeside Family Clinic\n\nDana Whitfield, "
                        "Riverbend Coding Services")});
}

} // namespace

TEST_CASE("Screenshots of the Vendors area", "[.screenshot]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const test::VendorSample s = test::addBillingCompanyVendors(program);
    linkAssets(program, s.lakeside);
    REQUIRE(program.baas().attach(s.lakesideBaa, QStringLiteral("lakeside-baa-signed.pdf"),
                                  signedAgreementPdf(), DocumentKind::SignedAgreement));
    REQUIRE(program.baas().attach(s.lakesideBaa, QStringLiteral("lakeside-amendment-1.pdf"),
                                  test::makeTestPdf({QStringLiteral("Amendment 1")}),
                                  DocumentKind::Amendment));

    VendorsPage page(program);
    page.resize(1180, 760);
    CHECK(save(page, QStringLiteral("vendors-page")));
    page.tabs()->setCurrentIndex(VendorsPage::AgreementsTab);
    CHECK(save(page, QStringLiteral("vendors-page-agreements")));

    test::TemporaryProgram empty(QStringLiteral("empty.palisade"));
    VendorsPage firstRun(empty.program());
    firstRun.resize(1000, 640);
    CHECK(save(firstRun, QStringLiteral("vendors-page-first-run")));

    AgreementEditorDialog clearinghouse(program, s.clearinghouseBaa);
    clearinghouse.tabs()->setCurrentIndex(AgreementEditorDialog::ProvisionsTab);
    CHECK(save(clearinghouse, QStringLiteral("agreement-editor-provisions")));
    const QStringList names{QStringLiteral("agreement"),  QStringLiteral("dates"),
                            QStringLiteral("notice"),     QStringLiteral("termination"),
                            QStringLiteral("provisions"), QStringLiteral("documents"),
                            QStringLiteral("history")};
    for (int tab = 0; tab < clearinghouse.tabs()->count(); ++tab) {
        clearinghouse.tabs()->setCurrentIndex(tab);
        CHECK(save(clearinghouse,
                   QStringLiteral("agreement-editor-%1-%2").arg(tab + 1).arg(names[tab])));
    }

    AgreementEditorDialog lakeside(program, s.lakesideBaa);
    lakeside.tabs()->setCurrentIndex(AgreementEditorDialog::DocumentsTab);
    lakeside.documentsTab()->selectDocument(program.baas().documents(s.lakesideBaa)->front().id);
    lakeside.show();
    QTest::qWait(400);
    CHECK(lakeside.documentsTab()->viewer()->pageCount() == 3);
    CHECK(save(lakeside, QStringLiteral("agreement-editor-documents")));

    AgreementEditorDialog fresh(program, std::nullopt);
    fresh.tabs()->setCurrentIndex(AgreementEditorDialog::DocumentsTab);
    CHECK(save(fresh, QStringLiteral("agreement-editor-new-documents")));

    CounterpartyEditorDialog counterparty(program, s.lakeside);
    CHECK(save(counterparty, QStringLiteral("counterparty-editor")));
    counterparty.tabs()->setCurrentIndex(CounterpartyEditorDialog::AssetsTab);
    CHECK(save(counterparty, QStringLiteral("counterparty-editor-assets")));
}
