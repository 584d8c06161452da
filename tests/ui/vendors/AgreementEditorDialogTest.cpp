#include "ui/vendors/AgreementEditorDialog.h"

#include "tests/support/TemporaryProgram.h"
#include "tests/support/TestPdf.h"
#include "tests/ui/vendors/VendorSamples.h"
#include "ui/pdf/PdfViewerWidget.h"
#include "ui/risk/RiskDateField.h"
#include "ui/vendors/AgreementDatesTab.h"
#include "ui/vendors/AgreementDocumentModel.h"
#include "ui/vendors/AgreementDocumentsTab.h"
#include "ui/vendors/AgreementGeneralTab.h"
#include "ui/vendors/AgreementNoticeTab.h"
#include "ui/vendors/AgreementProvisionsTab.h"
#include "ui/vendors/AgreementTerminationTab.h"
#include "ui/vendors/ProvisionTableModel.h"
#include "ui/vendors/VendorHistoryList.h"
#include "ui/widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

void chooseStatus(AgreementEditorDialog& dialog, AgreementStatus status)
{
    QComboBox* combo = dialog.generalTab()->statusCombo();
    combo->setCurrentIndex(combo->findData(agreementStatusKey(status)));
}

} // namespace

TEST_CASE("AgreementEditorDialog saves a new signed agreement", "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    const test::VendorSample s = test::addBillingCompanyVendors(fixture.program());

    AgreementEditorDialog dialog(fixture.program(), std::nullopt, nullptr, s.metro);
    CHECK(dialog.windowTitle() == QStringLiteral("New Agreement"));
    CHECK(dialog.generalTab()->counterpartyCombo()->currentData().toLongLong() == s.metro);
    CHECK(dialog.generalTab()->direction() == AgreementDirection::Upstream);
    CHECK_FALSE(dialog.generalTab()->isFlowsRowVisible());
    CHECK_FALSE(dialog.saveButton()->isEnabled());

    dialog.generalTab()->titleEdit()->setText(QStringLiteral("Metro Pediatrics BAA"));
    CHECK(dialog.saveButton()->isEnabled());

    // Signed agreements need their dates: the register says so as the status changes.
    chooseStatus(dialog, AgreementStatus::Active);
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK(dialog.banner()->text().contains(QStringLiteral("date it was signed")));
    dialog.datesTab()->signedField()->setDate(QDate(2026, 2, 26));
    dialog.datesTab()->effectiveField()->setDate(QDate(2026, 3, 1));
    dialog.datesTab()->expiresField()->setDate(QDate(2029, 2, 28));
    dialog.noticeTab()->breachSpin()->setValue(30);
    CHECK(dialog.problems().isEmpty());
    CHECK(dialog.datesTab()->retentionLabel()->text().contains(QStringLiteral("2035-02-28")));

    REQUIRE(dialog.save());
    CHECK(dialog.result() == QDialog::Accepted);
    Result<Agreement> stored = fixture.program().baas().agreement(dialog.savedAgreement().id);
    REQUIRE(stored);
    CHECK(stored->title == QStringLiteral("Metro Pediatrics BAA"));
    CHECK(stored->status == AgreementStatus::Active);
    CHECK(stored->breachNoticeDays == 30);
    // The register scheduled the first review a cadence after the effective date.
    CHECK(stored->nextReviewOn == QDate(2027, 3, 1));
}

TEST_CASE("AgreementEditorDialog keeps a refused agreement open with its problems", "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    const test::VendorSample s = test::addBillingCompanyVendors(fixture.program());
    AgreementEditorDialog dialog(fixture.program(), std::nullopt);
    dialog.show();

    CHECK_FALSE(dialog.save());
    CHECK(dialog.isVisible());
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Error);
    CHECK(dialog.banner()->text().contains(QStringLiteral("Give the agreement a title")));
    CHECK(dialog.banner()->text().contains(QStringLiteral("Choose the counterparty")));

    // A subcontractor's agreement runs downstream, and may not end before it starts.
    QComboBox* counterparty = dialog.generalTab()->counterpartyCombo();
    counterparty->setCurrentIndex(counterparty->findData(s.shred));
    CHECK(dialog.generalTab()->direction() == AgreementDirection::Downstream);
    CHECK(dialog.generalTab()->isFlowsRowVisible());
    dialog.generalTab()->titleEdit()->setText(QStringLiteral("Shredding BAA"));
    dialog.datesTab()->effectiveField()->setDate(QDate(2026, 3, 1));
    dialog.datesTab()->expiresField()->setDate(QDate(2026, 1, 1));
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK_FALSE(dialog.save());
    CHECK(dialog.isVisible());
    CHECK(dialog.banner()->text().contains(QStringLiteral("expires before it takes effect")));

    dialog.datesTab()->evergreenCheck()->setChecked(true);
    CHECK_FALSE(dialog.datesTab()->expiresField()->isEnabled());
    CHECK(dialog.problems().isEmpty());

    int asked = 0;
    dialog.setUnsavedChangesPrompt([&] {
        ++asked;
        return UnsavedChoice::Discard;
    });
    dialog.reject();
    CHECK(asked == 1);
    CHECK_FALSE(dialog.isVisible());
    CHECK(fixture.program().baas().agreements()->size() == 4);
}

TEST_CASE("AgreementEditorDialog updates provision completeness as provisions are marked",
          "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    const test::VendorSample s = test::addBillingCompanyVendors(fixture.program());
    AgreementEditorDialog dialog(fixture.program(), s.shredBaa);
    AgreementProvisionsTab* tab = dialog.provisionsTab();
    CHECK(tab->summaryText().startsWith(QStringLiteral("0 of 15 present (0%)")));

    ProvisionTableModel* model = tab->model();
    REQUIRE(model->rowCount() == 15);
    for (int row = 0; row < 12; ++row)
        model->setData(model->index(row, ProvisionTableModel::StateColumn),
                       provisionStateKey(ProvisionState::Present),
                       ProvisionTableModel::StateKeyRole);
    model->setData(model->index(12, ProvisionTableModel::StateColumn),
                   provisionStateKey(ProvisionState::NotApplicable),
                   ProvisionTableModel::StateKeyRole);
    model->setData(model->index(13, ProvisionTableModel::StateColumn),
                   provisionStateKey(ProvisionState::Missing), ProvisionTableModel::StateKeyRole);
    CHECK(tab->summaryText().startsWith(QStringLiteral("12 of 14 present (85%)")));
    CHECK(tab->summaryText().contains(QStringLiteral("1 missing")));
    CHECK(tab->bar()->value() == 85);
    CHECK(dialog.isModified());

    REQUIRE(dialog.save());
    const Agreement stored = *fixture.program().baas().agreement(s.shredBaa);
    CHECK(stored.provisions.at(13).state == ProvisionState::Missing);
    CHECK(stored.provisions.at(12).state == ProvisionState::NotApplicable);
}

TEST_CASE("AgreementEditorDialog shows an attached PDF in its viewer", "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    const test::VendorSample s = test::addBillingCompanyVendors(fixture.program());

    AgreementEditorDialog fresh(fixture.program(), std::nullopt);
    CHECK(fresh.documentsTab()->isShowingSaveFirst());
    CHECK(fresh.documentsTab()->saveFirstLabel()->text().startsWith(
        QStringLiteral("Save the agreement first to attach its signed PDF")));

    AgreementEditorDialog dialog(fixture.program(), s.lakesideBaa);
    AgreementDocumentsTab* tab = dialog.documentsTab();
    CHECK_FALSE(tab->isShowingSaveFirst());
    CHECK(tab->model()->rowCount() == 0);
    CHECK_FALSE(tab->viewer()->hasDocument());

    Result<AgreementDocument> attached = fixture.program().baas().attach(
        s.lakesideBaa, QStringLiteral("lakeside-signed.pdf"),
        test::makeTestPdf({QStringLiteral("Business Associate Agreement"),
                           QStringLiteral("Permitted uses"), QStringLiteral("Signatures")}),
        DocumentKind::SignedAgreement);
    REQUIRE(attached);
    // The register's signal brought the new document into the list and the viewer.
    REQUIRE(tab->model()->rowCount() == 1);
    CHECK(tab->selectedDocumentId() == attached->id);
    CHECK(tab->viewer()->hasDocument());
    CHECK(tab->viewer()->pageCount() == 3);
    CHECK(tab->viewer()->title() == QStringLiteral("lakeside-signed.pdf"));
    CHECK(tab->model()->data(tab->model()->index(0, AgreementDocumentModel::PagesColumn)).toInt() ==
          3);
    CHECK(dialog.historyList()->item(0)->text().contains(QStringLiteral("lakeside-signed.pdf")));

    // Attaching through the tab reads the file; a file that is not a PDF is refused clearly.
    const QString notPdf = fixture.dir() + QStringLiteral("/scan.pdf");
    {
        QFile file(notPdf);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("this is not a PDF");
    }
    CHECK_FALSE(tab->attachFile(notPdf));
    CHECK(tab->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(tab->banner()->text().contains(QStringLiteral("scan.pdf")));
    CHECK(tab->model()->rowCount() == 1);

    const QString amendment = fixture.dir() + QStringLiteral("/amendment.pdf");
    {
        QFile file(amendment);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(test::makeTestPdf({QStringLiteral("Amendment one")}));
    }
    tab->kindCombo()->setCurrentIndex(
        tab->kindCombo()->findData(documentKindKey(DocumentKind::Amendment)));
    REQUIRE(tab->attachFile(amendment));
    CHECK(tab->model()->rowCount() == 2);
    CHECK(tab->viewer()->pageCount() == 1);

    // A signed agreement's documents stay: the register's refusal is shown as it is.
    tab->deleteSelected();
    CHECK(tab->model()->rowCount() == 2);
    CHECK(tab->banner()->text().contains(QStringLiteral("signed agreement")));

    const QString copy = fixture.dir() + QStringLiteral("/copy.pdf");
    REQUIRE(tab->saveCopyTo(copy));
    CHECK(QFile::exists(copy));
}

TEST_CASE("AgreementEditorDialog warns of notice gaps, records reviews and opens termination",
          "[ui][vendors]")
{
    test::TemporaryProgram fixture;
    const test::VendorSample s = test::addBillingCompanyVendors(fixture.program());

    AgreementEditorDialog downstream(fixture.program(), s.clearinghouseBaa);
    CHECK(downstream.generalTab()->isFlowsRowVisible());
    const QString warning = downstream.noticeTab()->warningText();
    CHECK(warning.contains(agreementReference(s.lakesideBaa)));
    CHECK(warning.contains(QStringLiteral("within 30 days")));
    downstream.noticeTab()->breachSpin()->setValue(25);
    downstream.noticeTab()->incidentSpin()->setValue(7);
    CHECK(downstream.noticeTab()->warningText().isEmpty());

    AgreementEditorDialog lakeside(fixture.program(), s.lakesideBaa);
    CHECK(lakeside.datesTab()->nextReviewField()->date() == QDate(2026, 1, 15));
    CHECK(lakeside.datesTab()->markReviewedButton()->isEnabled());
    REQUIRE(lakeside.markReviewedToday());
    CHECK(lakeside.datesTab()->lastReviewedField()->date() == QDate(2026, 3, 1));
    CHECK(lakeside.datesTab()->nextReviewField()->date() == QDate(2027, 3, 1));
    CHECK_FALSE(lakeside.isModified());
    CHECK(fixture.program().baas().agreement(s.lakesideBaa)->nextReviewOn == QDate(2027, 3, 1));
    CHECK(lakeside.historyList()->item(0)->text().contains(QStringLiteral("Reviewed")));

    AgreementEditorDialog draft(fixture.program(), s.shredBaa);
    CHECK_FALSE(draft.datesTab()->markReviewedButton()->isEnabled());
    CHECK_FALSE(draft.terminationTab()->dispositionCombo()->isEnabled());
    CHECK_FALSE(draft.terminationTab()->terminatedField()->isEnabled());

    // Termination opens the termination fields.
    chooseStatus(lakeside, AgreementStatus::Terminated);
    CHECK(lakeside.terminationTab()->terminatedField()->isEnabled());
    CHECK(lakeside.terminationTab()->dispositionCombo()->isEnabled());
    CHECK(lakeside.banner()->text().contains(QStringLiteral("termination date")));
    lakeside.terminationTab()->terminatedField()->setDate(QDate(2026, 2, 28));
    CHECK(lakeside.problems().isEmpty());
    CHECK(lakeside.datesTab()->retentionLabel()->text().contains(QStringLiteral("2032-02-28")));
}
