#include "ui/vendors/VendorsPage.h"

#include "tests/support/TemporaryProgram.h"
#include "tests/support/TestPdf.h"
#include "tests/ui/assets/ModalDriver.h"
#include "tests/ui/vendors/VendorSamples.h"
#include "ui/vendors/AgreementEditorDialog.h"
#include "ui/vendors/AgreementTableModel.h"
#include "ui/vendors/CounterpartyEditorDialog.h"
#include "ui/vendors/CounterpartyTableModel.h"
#include "ui/vendors/VendorDueModel.h"
#include "ui/vendors/VendorDuePanel.h"
#include "ui/vendors/VendorFilterBar.h"
#include "ui/vendors/VendorFilterProxyModel.h"
#include "ui/vendors/VendorRoles.h"
#include "ui/widgets/MessageBanner.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("VendorsPage starts with what to do first, then lists the inventory", "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    VendorsPage page(fixture.program());
    CHECK(page.isShowingFirstRun());
    auto* text = page.findChild<QLabel*>(QStringLiteral("firstRunText"));
    REQUIRE(text);
    CHECK(text->text().startsWith(
        QStringLiteral("Add the covered entities you serve and the subcontractors you use")));
    CHECK(page.firstCounterpartyButton()->isEnabled());
    CHECK_FALSE(page.exportButton()->isEnabled());

    // The page follows the registers.
    test::addCounterparty(fixture.program(), QStringLiteral("Lakeside Family Clinic"),
                          CounterpartyRelationship::CoveredEntity, QStringLiteral("Coding"),
                          QStringLiteral("Claims"));
    CHECK_FALSE(page.isShowingFirstRun());
    CHECK(page.counterpartyModel()->rowCount() == 1);
    CHECK(page.newAgreementButton()->isEnabled());
    page.tabs()->setCurrentIndex(VendorsPage::AgreementsTab);
    // No agreement yet: the Agreements tab says what to do rather than show an empty grid.
    CHECK(page.isShowingNoMatch(VendorsPage::AgreementsTab));
    CHECK(page.summaryLabel()->text().contains(QStringLiteral("findings")));
}

TEST_CASE("VendorsPage filters both tables, including the text of signed documents",
          "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    const test::VendorSample s = test::addBillingCompanyVendors(fixture.program());
    REQUIRE(fixture.program().baas().attach(
        s.clearinghouseBaa, QStringLiteral("claimbridge.pdf"),
        test::makeTestPdf(
            {QStringLiteral("Schedule B: Zephyrquill retention of remittance files")}),
        DocumentKind::SignedAgreement));

    VendorsPage page(fixture.program());
    CHECK(page.filterBar()->searchField()->placeholderText().contains(
        QStringLiteral("signed documents")));
    CHECK(page.counterpartyProxy()->rowCount() == 6);
    CHECK(page.agreementProxy()->rowCount() == 4);

    page.filterBar()->setText(QStringLiteral("zephyrquill"));
    // Fields filter at once; the documents' text joins once typing pauses.
    CHECK(page.agreementProxy()->rowCount() == 0);
    REQUIRE(QTest::qWaitFor([&] { return page.agreementProxy()->rowCount() == 1; }, 3000));
    CHECK(page.agreementProxy()
              ->data(page.agreementProxy()->index(0, 0), vendorrole::IdRole)
              .toLongLong() == s.clearinghouseBaa);
    REQUIRE(page.counterpartyProxy()->rowCount() == 1);
    CHECK(page.counterpartyProxy()
              ->data(page.counterpartyProxy()->index(0, 0), vendorrole::IdRole)
              .toLongLong() == s.claimBridge);

    page.filterBar()->setText(QStringLiteral("no such words anywhere"));
    CHECK(page.isShowingNoMatch(VendorsPage::CounterpartiesTab));
    page.filterBar()->clear();
    CHECK_FALSE(page.isShowingNoMatch(VendorsPage::CounterpartiesTab));

    page.filterBar()->setAttentionOnly(true);
    CHECK(page.counterpartyProxy()->rowCount() < 6);
    page.filterBar()->setDirectionKey(agreementDirectionKey(AgreementDirection::Upstream));
    page.tabs()->setCurrentIndex(VendorsPage::AgreementsTab);
    REQUIRE(page.agreementProxy()->rowCount() == 1);
    CHECK(page.agreementProxy()
              ->data(page.agreementProxy()->index(0, 0), vendorrole::IdRole)
              .toLongLong() == s.lakesideBaa);
    CHECK(page.filterBar()->countLabel()->text() == QStringLiteral("1 of 4 shown"));
}

TEST_CASE("VendorsPage due list shows an overdue review and opens its agreement", "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    const test::VendorSample s = test::addBillingCompanyVendors(fixture.program());
    VendorsPage page(fixture.program());
    VendorDueModel* due = page.duePanel()->model();
    int review = -1;
    for (int row = 0; row < due->rowCount(); ++row) {
        if (due->itemAt(row).kind == BaaDueItem::Kind::ReviewDue)
            review = row;
    }
    REQUIRE(review >= 0);
    CHECK(due->itemAt(review).agreementId == s.lakesideBaa);
    CHECK(due->itemAt(review).overdue);

    bool opened = false;
    test::whenModalAppears([&](QDialog* dialog) {
        auto* editor = qobject_cast<AgreementEditorDialog*>(dialog);
        opened = editor && editor->windowTitle().startsWith(agreementReference(s.lakesideBaa));
        dialog->done(QDialog::Rejected);
    });
    emit page.duePanel()->table()->activated(due->index(review, 1));
    CHECK(opened);
    CHECK(page.tabs()->currentIndex() == VendorsPage::AgreementsTab);
    CHECK(page.selectedAgreementId() == s.lakesideBaa);
}

TEST_CASE("VendorsPage deletes with confirmation and shows the register's refusals",
          "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    const test::VendorSample s = test::addBillingCompanyVendors(fixture.program());
    VendorsPage page(fixture.program());
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));

    // A counterparty with agreements is refused without a question.
    REQUIRE(page.selectCounterparty(s.lakeside));
    page.deleteSelected();
    CHECK(page.banner()->text().startsWith(QStringLiteral("Not deleted:")));
    CHECK(page.counterpartyModel()->rowCount() == 6);

    // The coffee supplier has none: Delete asks, and the answer is respected.
    REQUIRE(page.selectCounterparty(s.coffee));
    bool asked = false;
    test::answerMessageBox(QMessageBox::Cancel, &asked);
    page.counterpartyTable()->setFocus();
    QTest::keyClick(page.counterpartyTable(), Qt::Key_Delete);
    CHECK(asked);
    CHECK(page.counterpartyModel()->rowCount() == 6);
    asked = false;
    test::answerMessageBox(QMessageBox::Yes, &asked);
    page.deleteSelected();
    CHECK(asked);
    CHECK(page.counterpartyModel()->rowCount() == 5);

    // A signed agreement must be kept six years; the refusal says until when.
    page.tabs()->setCurrentIndex(VendorsPage::AgreementsTab);
    REQUIRE(page.selectAgreement(s.lakesideBaa));
    page.deleteSelected();
    CHECK(page.banner()->kind() == MessageBanner::Kind::Warning);
    CHECK(page.banner()->text().contains(QStringLiteral("six years")));
    CHECK(page.agreementModel()->rowCount() == 4);

    REQUIRE(page.selectAgreement(s.shredBaa));
    test::answerMessageBox(QMessageBox::Yes);
    page.deleteSelected();
    CHECK(page.agreementModel()->rowCount() == 3);
}

TEST_CASE("VendorsPage opens the editors for new records and with Enter", "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    const test::VendorSample s = test::addBillingCompanyVendors(fixture.program());
    VendorsPage page(fixture.program());
    page.show();

    bool seen = false;
    test::whenModalAppears(
        [&](QDialog* dialog) {
            auto* editor = qobject_cast<CounterpartyEditorDialog*>(dialog);
            REQUIRE(editor);
            editor->nameEdit()->setText(QStringLiteral("Riverside Dermatology"));
            editor->phiTypesEdit()->setText(QStringLiteral("Claims"));
            editor->save();
        },
        &seen);
    page.newCounterparty();
    CHECK(seen);
    CHECK(page.counterpartyModel()->rowCount() == 7);
    const qint64 riverside = page.selectedCounterpartyId();
    CHECK(page.counterpartyModel()
              ->counterpartyAt(page.counterpartyModel()->rowForId(riverside))
              .name == QStringLiteral("Riverside Dermatology"));

    // New Agreement starts from the selected counterparty.
    qint64 preset = 0;
    test::whenModalAppears([&](QDialog* dialog) {
        auto* editor = qobject_cast<AgreementEditorDialog*>(dialog);
        REQUIRE(editor);
        preset = editor->candidate().counterpartyId;
        editor->done(QDialog::Rejected);
    });
    page.newAgreement();
    CHECK(preset == riverside);

    // Enter on a row edits it.
    REQUIRE(page.selectCounterparty(s.northgate));
    QString title;
    test::whenModalAppears([&](QDialog* dialog) {
        title = dialog->windowTitle();
        dialog->done(QDialog::Rejected);
    });
    page.counterpartyTable()->setFocus();
    QTest::keyClick(page.counterpartyTable(), Qt::Key_Return);
    CHECK(title.contains(QStringLiteral("Northgate Orthopedics")));
}
