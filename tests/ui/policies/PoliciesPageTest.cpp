#include "ui/policies/PoliciesPage.h"

#include "core/policies/WordDiff.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/ui/assets/ModalDriver.h"
#include "tests/ui/policies/PolicySamples.h"
#include "ui/policies/ApprovalDialog.h"
#include "ui/policies/EffectiveDateDialog.h"
#include "ui/policies/PolicyDetailPanel.h"
#include "ui/policies/PolicyEditorDialog.h"
#include "ui/policies/PolicyFilterBar.h"
#include "ui/policies/PolicyFilterProxyModel.h"
#include "ui/policies/PolicyTableModel.h"
#include "ui/policies/RetirePolicyDialog.h"
#include "ui/policies/RevisionActionBar.h"
#include "ui/policies/RevisionDiffDialog.h"
#include "ui/policies/RevisionEditorDialog.h"
#include "ui/policies/RevisionTableModel.h"
#include "ui/policies/TemplatePickerDialog.h"
#include "ui/risk/RiskCitationPicker.h"
#include "ui/session/ClipboardGuard.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/FirstRunPanel.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/NoMatchHint.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

QString inEffect(const PoliciesPage& page, qint64 policyId)
{
    const PolicyTableModel* model = page.model();
    return model->data(model->index(model->rowForId(policyId), PolicyTableModel::InEffectColumn))
        .toString();
}

QPushButton* action(const PoliciesPage& page, RevisionAction which)
{
    return page.detailPanel()->actionBar()->button(which);
}

RevisionState selectedState(const PoliciesPage& page)
{
    return page.detailPanel()->selectedRevision().value_or(PolicyRevision{}).state;
}

// Records the approval of the revision selected on the page in the role the
// dialog offers first.
void approveSelected(PoliciesPage& page, const QString& approver, QString* offeredRole = nullptr)
{
    bool seen = false;
    test::whenModalAppears(
        [&](QDialog* dialog) {
            auto* approval = qobject_cast<ApprovalDialog*>(dialog);
            CHECK(approval);
            if (!approval)
                return dialog->reject();
            if (offeredRole)
                *offeredRole = approval->roleCombo()->currentText();
            approval->approverEdit()->setText(approver);
            CHECK(approval->confirm());
        },
        &seen);
    action(page, RevisionAction::RecordApproval)->click();
    CHECK(seen);
}

} // namespace

TEST_CASE("PoliciesPage starts by offering the starter policies and adopts them", "[ui][policies]")
{
    test::TemporaryProgram fixture;
    PoliciesPage page(fixture.program());
    CHECK(page.isShowingFirstRun());
    CHECK(page.firstRunPanel()->text().contains(QStringLiteral("12 starter policies")));
    CHECK(page.firstAdoptButton()->isDefault());
    CHECK(page.firstNewButton()->isEnabled());

    bool seen = false;
    test::whenModalAppears(
        [&](QDialog* dialog) {
            auto* picker = qobject_cast<TemplatePickerDialog*>(dialog);
            CHECK(picker);
            if (!picker)
                return dialog->reject();
            CHECK(picker->templateCount() == 12);
            CHECK(picker->checkedKeys().size() == 12);
            CHECK(picker->preview()->toPlainText().contains(QStringLiteral("Purpose")));
            picker->selectNone();
            CHECK_FALSE(picker->adoptButton()->isEnabled());
            picker->selectAll();
            CHECK(picker->adoptButton()->text() == QStringLiteral("&Adopt 12 Policy(ies)"));
            CHECK(picker->adopt());
        },
        &seen);
    page.firstAdoptButton()->click();
    CHECK(seen);
    CHECK_FALSE(page.isShowingFirstRun());
    CHECK(page.model()->rowCount() == 12);
    CHECK(page.banner()->text().contains(QStringLiteral("12 starter policy")));
    CHECK(page.summaryLabel()->text().contains(QStringLiteral("No revision in effect: 12")));
    CHECK(page.detailPanel()->hasPolicy());

    // Only Security Rule citations are linked; the organization's name replaces the placeholder.
    Result<std::vector<Policy>> policies = fixture.program().policies().policies();
    REQUIRE(policies);
    for (const Policy& policy : *policies) {
        for (const QString& citation : policy.citations)
            CHECK(fixture.program().catalog().contains(citation));
        if (policy.code == QLatin1String("BRN-001"))
            CHECK(policy.citations.isEmpty());
        if (policy.code == QLatin1String("SEC-001")) {
            CHECK(policy.citations.contains(QStringLiteral("164.308(a)(1)(i)")));
            Result<std::vector<PolicyRevision>> revisions =
                fixture.program().policies().revisions(policy.id);
            REQUIRE(revisions);
            CHECK(revisions->front().content.contains(QStringLiteral("Riverbend Coding Services")));
            CHECK_FALSE(revisions->front().content.contains(QStringLiteral("[Organization]")));
        }
    }

    // Adopted already: shown, but cannot be picked again.
    seen = false;
    test::whenModalAppears(
        [&](QDialog* dialog) {
            auto* picker = qobject_cast<TemplatePickerDialog*>(dialog);
            CHECK(picker);
            if (picker) {
                CHECK(picker->checkedKeys().isEmpty());
                CHECK_FALSE(picker->adoptButton()->isEnabled());
                CHECK(picker->list()->topLevelItem(0)->text(1).contains(
                    QStringLiteral("already in the library")));
                CHECK_FALSE(picker->list()->topLevelItem(0)->flags() & Qt::ItemIsEnabled);
            }
            dialog->reject();
        },
        &seen);
    page.adoptButton()->click();
    CHECK(seen);
    CHECK(page.model()->rowCount() == 12);
}

TEST_CASE("PoliciesPage carries a policy through its whole life", "[ui][policies]")
{
    test::TemporaryProgram fixture;
    PoliciesPage page(fixture.program());
    page.resize(1200, 760);
    page.show();

    // A new policy, written from scratch.
    bool seen = false;
    test::whenModalAppears(
        [&](QDialog* dialog) {
            auto* editor = qobject_cast<PolicyEditorDialog*>(dialog);
            CHECK(editor);
            if (!editor)
                return dialog->reject();
            CHECK_FALSE(editor->saveButton()->isEnabled());
            editor->codeEdit()->setText(QStringLiteral("SEC-010"));
            editor->titleEdit()->setText(QStringLiteral("Mobile Device Use"));
            editor->ownerEdit()->setText(QStringLiteral("Security Officer"));
            editor->roleModel()->appendRow(new QStandardItem(QStringLiteral("Security Officer")));
            editor->roleModel()->appendRow(new QStandardItem(QStringLiteral("Chief Executive")));
            editor->citationPicker()->setCitations({QStringLiteral("164.310(d)(1)")});
            CHECK(editor->saveButton()->isEnabled());
            CHECK(editor->save());
        },
        &seen);
    page.newButton()->click();
    REQUIRE(seen);
    const qint64 policyId = page.selectedPolicyId();
    REQUIRE(policyId != 0);
    CHECK(page.detailPanel()->headingText() == QStringLiteral("SEC-010  Mobile Device Use"));
    CHECK(page.detailPanel()->factsText().contains(
        QStringLiteral("Approved by: Security Officer, Chief Executive")));
    CHECK(page.detailPanel()->factsText().contains(QStringLiteral("164.310(d)(1)")));
    CHECK(inEffect(page, policyId) == QStringLiteral("None"));
    CHECK(selectedState(page) == RevisionState::Draft);

    // A lone empty draft: only writing it and submitting it make sense.
    CHECK(action(page, RevisionAction::EditDraft)->isEnabled());
    CHECK(action(page, RevisionAction::Submit)->isEnabled());
    for (const RevisionAction disabled :
         {RevisionAction::NewRevision, RevisionAction::DiscardDraft, RevisionAction::ReturnToDraft,
          RevisionAction::RecordApproval, RevisionAction::MakeEffective, RevisionAction::Compare,
          RevisionAction::SavePdfCopy, RevisionAction::Retire})
        CHECK_FALSE(action(page, disabled)->isEnabled());
    CHECK(
        action(page, RevisionAction::RecordApproval)->toolTip().contains(QStringLiteral("Draft")));

    // Submitting it empty is refused in the register's words.
    action(page, RevisionAction::Submit)->click();
    CHECK(page.banner()->kind() == MessageBanner::Kind::Warning);
    CHECK(page.banner()->text().contains(QStringLiteral("has neither text nor a file")));
    CHECK(selectedState(page) == RevisionState::Draft);

    seen = false;
    test::whenModalAppears(
        [&](QDialog* dialog) {
            auto* editor = qobject_cast<RevisionEditorDialog*>(dialog);
            CHECK(editor);
            if (!editor)
                return dialog->reject();
            editor->markdownEdit()->setPlainText(
                QStringLiteral("## Policy\n\nPhones and tablets that hold ePHI are encrypted."));
            editor->summaryEdit()->setText(QStringLiteral("First adopted"));
            CHECK(editor->save());
        },
        &seen);
    action(page, RevisionAction::EditDraft)->click();
    REQUIRE(seen);
    CHECK(page.detailPanel()->textView()->toPlainText().contains(QStringLiteral("Phones")));

    action(page, RevisionAction::Submit)->click();
    CHECK(page.banner()->kind() == MessageBanner::Kind::Information);
    CHECK(selectedState(page) == RevisionState::InReview);
    CHECK_FALSE(action(page, RevisionAction::EditDraft)->isEnabled());
    CHECK(action(page, RevisionAction::ReturnToDraft)->isEnabled());
    CHECK(page.detailPanel()->outstandingText().contains(
        QStringLiteral("Still needed: Security Officer, Chief Executive")));

    QString offered;
    approveSelected(page, QStringLiteral("Dana Whitfield"), &offered);
    CHECK(offered == QStringLiteral("Security Officer"));
    CHECK(page.banner()->text().contains(QStringLiteral("Still needed: Chief Executive")));
    approveSelected(page, QStringLiteral("Joan Ramos"), &offered);
    CHECK(offered == QStringLiteral("Chief Executive"));
    CHECK(selectedState(page) == RevisionState::Approved);
    CHECK(action(page, RevisionAction::MakeEffective)->isEnabled());

    seen = false;
    test::whenModalAppears(
        [&](QDialog* dialog) {
            auto* effective = qobject_cast<EffectiveDateDialog*>(dialog);
            CHECK(effective);
            if (!effective)
                return dialog->reject();
            CHECK(effective->dateEdit()->date() == QDate(2026, 3, 1));
            CHECK(effective->explanation().contains(QStringLiteral("first revision")));
            CHECK(effective->confirm());
        },
        &seen);
    action(page, RevisionAction::MakeEffective)->click();
    REQUIRE(seen);
    CHECK(inEffect(page, policyId) == QStringLiteral("Rev 1 since 2026-03-01"));
    CHECK(action(page, RevisionAction::NewRevision)->isEnabled());
    CHECK(action(page, RevisionAction::Retire)->isEnabled());

    // Revision 2: started from revision 1's words; submitting needs a summary.
    action(page, RevisionAction::NewRevision)->click();
    REQUIRE(page.detailPanel()->revisionModel()->rowCount() == 2);
    CHECK(page.detailPanel()->selectedRevision()->number == 2);
    CHECK(page.model()
              ->data(page.model()->index(page.model()->rowForId(policyId),
                                         PolicyTableModel::OpenRevisionColumn))
              .toString() == QStringLiteral("Rev 2 draft"));
    const QString before = page.detailPanel()->selectedRevision()->content;
    const QString after =
        QString(before).replace(QStringLiteral("are encrypted."),
                                QStringLiteral("are encrypted and lock after five idle minutes."));
    seen = false;
    test::whenModalAppears(
        [&](QDialog* dialog) {
            auto* editor = qobject_cast<RevisionEditorDialog*>(dialog);
            CHECK(editor);
            if (!editor)
                return dialog->reject();
            editor->markdownEdit()->setPlainText(after);
            CHECK_FALSE(editor->saveAndSubmit());
            CHECK(editor->banner()->text().contains(QStringLiteral("needs a summary")));
            CHECK(editor->isVisible());
            editor->summaryEdit()->setText(QStringLiteral("Adds the screen lock"));
            CHECK(editor->saveAndSubmit());
        },
        &seen);
    action(page, RevisionAction::EditDraft)->click();
    REQUIRE(seen);
    CHECK(selectedState(page) == RevisionState::InReview);
    approveSelected(page, QStringLiteral("Dana Whitfield"));
    approveSelected(page, QStringLiteral("Joan Ramos"));
    CHECK(selectedState(page) == RevisionState::Approved);

    seen = false;
    test::whenModalAppears(
        [&](QDialog* dialog) {
            auto* effective = qobject_cast<EffectiveDateDialog*>(dialog);
            CHECK(effective);
            if (!effective)
                return dialog->reject();
            // Revision 1 took effect today, so revision 2 can start tomorrow at the earliest.
            CHECK(effective->dateEdit()->date() == QDate(2026, 3, 2));
            CHECK(effective->explanation().contains(QStringLiteral("supersedes Rev 1")));
            CHECK(effective->explanation().contains(
                QStringLiteral("2026-03-02 is the last day of Rev 1")));
            CHECK(effective->confirm());
        },
        &seen);
    action(page, RevisionAction::MakeEffective)->click();
    REQUIRE(seen);
    const RevisionTableModel* revisions = page.detailPanel()->revisionModel();
    CHECK(revisions->data(revisions->index(0, RevisionTableModel::StateColumn)).toString() ==
          QStringLiteral("Superseded"));
    CHECK(revisions->data(revisions->index(0, RevisionTableModel::LastDayColumn)).toString() ==
          QStringLiteral("2026-03-02"));
    CHECK(revisions->data(revisions->index(1, RevisionTableModel::StateColumn)).toString() ==
          QStringLiteral("Scheduled"));

    // Two days on, revision 2 is the one in effect.
    fixture.clock().advanceDays(2);
    page.reload();
    CHECK(inEffect(page, policyId) == QStringLiteral("Rev 2 since 2026-03-02"));

    const WordDiffCounts expected = WordDiff::count(WordDiff::compare(before, after));
    REQUIRE(expected.wordsAdded > 0);
    seen = false;
    test::whenModalAppears(
        [&](QDialog* dialog) {
            auto* diff = qobject_cast<RevisionDiffDialog*>(dialog);
            CHECK(diff);
            if (!diff)
                return dialog->reject();
            CHECK(diff->fromIndex() == 0);
            CHECK(diff->toIndex() == 1);
            CHECK(diff->counts() == expected);
            CHECK(diff->summaryText().startsWith(
                QStringLiteral("%1 word(s) added").arg(expected.wordsAdded)));
            CHECK(diff->inlineView()->toPlainText().contains(QStringLiteral("five idle")));
            diff->setMode(RevisionDiffDialog::SideBySideMode);
            CHECK(diff->afterView()->isVisible());
            CHECK_FALSE(diff->inlineView()->isVisible());
            dialog->reject();
        },
        &seen);
    action(page, RevisionAction::Compare)->click();
    CHECK(seen);

    seen = false;
    test::whenModalAppears(
        [&](QDialog* dialog) {
            auto* retire = qobject_cast<RetirePolicyDialog*>(dialog);
            CHECK(retire);
            if (!retire)
                return dialog->reject();
            CHECK_FALSE(retire->confirmButton()->isEnabled());
            retire->reasonEdit()->setPlainText(QStringLiteral("Merged into SEC-003"));
            CHECK(retire->confirm());
        },
        &seen);
    action(page, RevisionAction::Retire)->click();
    REQUIRE(seen);
    CHECK(inEffect(page, policyId) == QStringLiteral("Retired on 2026-03-03"));
    CHECK(page.detailPanel()->factsText().contains(QStringLiteral("Retired on 2026-03-03")));
    CHECK_FALSE(action(page, RevisionAction::NewRevision)->isEnabled());
    CHECK(action(page, RevisionAction::NewRevision)->toolTip().contains(QStringLiteral("retired")));
    CHECK(action(page, RevisionAction::Compare)->isEnabled());
    CHECK(action(page, RevisionAction::History)->isEnabled());
}

TEST_CASE("PoliciesPage deletes only what was never approved, saying why", "[ui][policies]")
{
    test::TemporaryProgram fixture;
    const test::PolicySample s = test::addPolicyLibrary(fixture);
    PoliciesPage page(fixture.program());
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));

    REQUIRE(page.selectPolicy(s.ids.at(QStringLiteral("SEC-001"))));
    page.deleteSelected();
    CHECK(page.banner()->kind() == MessageBanner::Kind::Warning);
    CHECK(page.banner()->text().startsWith(QStringLiteral("Not deleted:")));
    CHECK(page.banner()->text().contains(QStringLiteral("retire the policy instead")));
    CHECK(page.model()->rowCount() == 12);

    REQUIRE(page.selectPolicy(s.ids.at(QStringLiteral("BRN-001"))));
    bool asked = false;
    test::answerMessageBox(QMessageBox::Cancel, &asked);
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_Delete);
    CHECK(asked);
    CHECK(page.model()->rowCount() == 12);
    test::answerMessageBox(QMessageBox::Yes, &asked);
    page.deleteSelected();
    CHECK(page.model()->rowCount() == 11);
    CHECK(page.banner()->text() == QStringLiteral("BRN-001 was deleted."));

    // A policy with a revision in review: new revisions and retirement wait for it.
    REQUIRE(page.selectPolicy(s.ids.at(QStringLiteral("ADM-002"))));
    CHECK(page.detailPanel()->selectedRevisionId() == s.adm002Rev2);
    CHECK_FALSE(action(page, RevisionAction::NewRevision)->isEnabled());
    CHECK_FALSE(action(page, RevisionAction::Retire)->isEnabled());
    CHECK(action(page, RevisionAction::RecordApproval)->isEnabled());
    CHECK(page.detailPanel()->outstandingText().contains(
        QStringLiteral("Still needed: Security Officer, Chief Executive")));
}

TEST_CASE("PoliciesPage filters the library and says when nothing matches", "[ui][policies]")
{
    test::TemporaryProgram fixture;
    test::addPolicyLibrary(fixture);
    PoliciesPage page(fixture.program());
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    CHECK(page.proxy()->rowCount() == 12);
    CHECK(page.summaryLabel()->text().contains(QStringLiteral("Overdue for review: 2")));
    // The first policy in the table is open from the start.
    REQUIRE(page.table()->selectionModel()->isRowSelected(0, {}));
    CHECK(page.selectedPolicyId() != 0);
    CHECK(page.detailPanel()->policyId() == page.selectedPolicyId());
    CHECK(page.proxy()->index(0, 0).data().toString() == QStringLiteral("ADM-001"));

    QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
    CHECK(page.filterBar()->searchField()->hasFocus());
    QTest::keyClicks(page.filterBar()->searchField(), QStringLiteral("no such policy"));
    CHECK(page.isShowingNoMatch());
    CHECK(page.noMatchHint()->text().contains(QStringLiteral("12 policy(ies)")));
    page.noMatchHint()->clearButton()->click();
    CHECK_FALSE(page.isShowingNoMatch());
    CHECK(page.filterBar()->text().isEmpty());

    page.filterBar()->setCategoryKey(policyCategoryKey(PolicyCategory::Privacy));
    CHECK(page.proxy()->rowCount() == 2);
    CHECK(page.filterBar()->countLabel()->text() == QStringLiteral("2 of 12 shown"));
    page.filterBar()->clear();
    page.filterBar()->setReviewsDueOnly(true);
    CHECK(page.proxy()->rowCount() == 11);
    page.filterBar()->setText(QStringLiteral("SEC-001"));
    CHECK(page.isShowingNoMatch());
}

TEST_CASE("PoliciesPage opens the editor with Enter and a new policy with Ctrl+N", "[ui][policies]")
{
    test::TemporaryProgram fixture;
    const test::PolicySample s = test::addPolicyLibrary(fixture);
    PoliciesPage page(fixture.program());
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    REQUIRE(page.selectPolicy(s.ids.at(QStringLiteral("SEC-002"))));

    QString title;
    test::whenModalAppears([&](QDialog* dialog) {
        if (auto* editor = qobject_cast<PolicyEditorDialog*>(dialog))
            title = editor->titleEdit()->text();
        dialog->reject();
    });
    page.table()->setFocus();
    CHECK(page.table()->hasFocus());
    CHECK(page.table()->currentIndex().isValid());
    QTest::keyClick(page.table(), Qt::Key_Return);
    CHECK(title == QStringLiteral("Risk Analysis and Risk Management"));

    bool isNew = false;
    test::whenModalAppears([&](QDialog* dialog) {
        if (auto* editor = qobject_cast<PolicyEditorDialog*>(dialog))
            isNew = editor->isNew();
        dialog->reject();
    });
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_N, Qt::ControlModifier);
    CHECK(isNew);
}

TEST_CASE("MainWindow shows the Policies area with Ctrl+6 and follows the register",
          "[ui][policies]")
{
    test::TemporaryProgram fixture;
    ClipboardGuard clipboard;
    MainWindow window(fixture.program(), clipboard);
    PoliciesPage* page = window.policiesPage();
    REQUIRE(page);
    CHECK(window.findChildren<PoliciesPage*>().size() == 1);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    CHECK(window.pages()->currentWidget() == page);
    // The page takes the focus, so its own keys work at once.
    CHECK(page->isAncestorOf(QApplication::focusWidget()));

    test::adoptStarterPolicies(fixture.program());
    CHECK(page->model()->rowCount() == 12);
    CHECK_FALSE(page->isShowingFirstRun());
}
