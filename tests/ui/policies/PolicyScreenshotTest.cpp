// Renders the Policies area and its dialogs offscreen for visual review:
//   palisade_ui_tests "[.screenshot]"
// PNGs go to $PALISADE_SCREENSHOT_DIR, or to "screenshots" in the build folder.
#include "tests/support/TemporaryProgram.h"
#include "tests/ui/policies/PolicySamples.h"
#include "tests/ui/risk/RiskScreenshots.h"
#include "ui/pdf/PdfViewerWidget.h"
#include "ui/policies/ApprovalDialog.h"
#include "ui/policies/EffectiveDateDialog.h"
#include "ui/policies/PoliciesPage.h"
#include "ui/policies/PolicyDetailPanel.h"
#include "ui/policies/PolicyEditorDialog.h"
#include "ui/policies/PolicyHistoryDialog.h"
#include "ui/policies/RevisionDiffDialog.h"
#include "ui/policies/RevisionEditorDialog.h"
#include "ui/policies/TemplatePickerDialog.h"

#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::riskshots::save;

TEST_CASE("Screenshots of the Policies area", "[.screenshot]")
{
    test::TemporaryProgram empty(QStringLiteral("empty.palisade"));
    PoliciesPage firstRun(empty.program());
    firstRun.resize(1000, 640);
    CHECK(save(firstRun, QStringLiteral("policies-page-first-run")));
    TemplatePickerDialog picker(empty.program());
    picker.list()->setCurrentItem(picker.list()->topLevelItem(2));
    CHECK(save(picker, QStringLiteral("policies-template-picker")));

    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const test::PolicySample s = test::addPolicyLibrary(fixture);
    const qint64 sec001 = s.ids.at(QStringLiteral("SEC-001"));

    PoliciesPage page(program);
    page.resize(1366, 800);
    REQUIRE(page.selectPolicy(sec001));
    CHECK(save(page, QStringLiteral("policies-page")));
    page.detailPanel()->tabs()->setCurrentIndex(PolicyDetailPanel::PdfTab);
    page.show();
    REQUIRE(
        QTest::qWaitFor([&] { return page.detailPanel()->pdfViewer()->isRenderComplete(); }, 3000));
    CHECK(page.detailPanel()->isShowingPdf());
    CHECK(save(page, QStringLiteral("policies-page-pdf")));
    REQUIRE(page.selectPolicy(s.ids.at(QStringLiteral("ADM-002"))));
    page.detailPanel()->tabs()->setCurrentIndex(PolicyDetailPanel::ApprovalsTab);
    CHECK(save(page, QStringLiteral("policies-page-approvals")));
    REQUIRE(page.selectPolicy(s.ids.at(QStringLiteral("BRN-001"))));
    page.detailPanel()->tabs()->setCurrentIndex(PolicyDetailPanel::PdfTab);
    CHECK(save(page, QStringLiteral("policies-page-no-pdf")));

    const Policy policy = *program.policies().policy(sec001);
    RevisionDiffDialog diff(policy, *program.policies().revisions(sec001), s.sec001Rev2);
    CHECK(save(diff, QStringLiteral("policies-diff-inline")));
    diff.setMode(RevisionDiffDialog::SideBySideMode);
    CHECK(save(diff, QStringLiteral("policies-diff-side-by-side")));

    const qint64 draft = test::firstRevision(program, s.ids.at(QStringLiteral("SEC-003")));
    RevisionEditorDialog editor(program, draft);
    CHECK(save(editor, QStringLiteral("policies-revision-editor")));

    PolicyEditorDialog policyEditor(program, sec001);
    CHECK(save(policyEditor, QStringLiteral("policies-policy-editor")));
    policyEditor.tabs()->setCurrentIndex(PolicyEditorDialog::CitationsTab);
    CHECK(save(policyEditor, QStringLiteral("policies-policy-editor-citations")));

    const Policy associates = *program.policies().policy(s.ids.at(QStringLiteral("ADM-002")));
    ApprovalDialog approval(program, associates, *program.policies().revision(s.adm002Rev2),
                            *program.policies().approvals(s.adm002Rev2));
    CHECK(save(approval, QStringLiteral("policies-approval")));

    PolicyHistoryDialog history(program, sec001);
    CHECK(save(history, QStringLiteral("policies-history")));
}
