#include "tests/support/TemporaryProgram.h"
#include "tests/support/TestPdf.h"
#include "tests/ui/policies/PolicySamples.h"
#include "ui/policies/ApprovalDialog.h"
#include "ui/policies/PolicyEditorDialog.h"
#include "ui/policies/PolicyHistoryDialog.h"
#include "ui/policies/PolicyHistoryList.h"
#include "ui/policies/RevisionDiffDialog.h"
#include "ui/policies/RevisionEditorDialog.h"
#include "ui/widgets/MessageBanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("PolicyEditorDialog lists what stops saving and asks before losing edits",
          "[ui][policies]")
{
    test::TemporaryProgram fixture;
    const test::PolicySample s = test::addPolicyLibrary(fixture);
    PolicyEditorDialog editor(fixture.program(), std::nullopt);
    CHECK_FALSE(editor.saveButton()->isEnabled());
    CHECK(editor.banner()->text().contains(QStringLiteral("Give the policy a code")));
    CHECK(editor.banner()->kind() == MessageBanner::Kind::Information);

    editor.codeEdit()->setText(QStringLiteral("sec-001"));
    editor.titleEdit()->setText(QStringLiteral("Duplicate"));
    CHECK_FALSE(editor.saveButton()->isEnabled());
    CHECK(editor.banner()->text().contains(QStringLiteral("Another policy already has the code")));
    CHECK(editor.banner()->kind() == MessageBanner::Kind::Warning);
    editor.codeEdit()->setText(QStringLiteral("SEC-011"));
    CHECK(editor.saveButton()->isEnabled());
    CHECK(editor.isModified());

    int asked = 0;
    editor.setUnsavedChangesPrompt([&] {
        ++asked;
        return asked == 1 ? UnsavedChoice::KeepEditing : UnsavedChoice::Discard;
    });
    editor.show();
    editor.reject();
    CHECK(asked == 1);
    CHECK(editor.isVisible());
    editor.reject();
    CHECK(asked == 2);
    CHECK(editor.result() == QDialog::Rejected);
    CHECK(fixture.program().policies().policies()->size() == 12);

    // An existing policy keeps its template and shows its roles.
    PolicyEditorDialog existing(fixture.program(), s.ids.at(QStringLiteral("SEC-001")));
    CHECK_FALSE(existing.isNew());
    CHECK(existing.roleModel()->rowCount() == 2);
    CHECK_FALSE(existing.isModified());
    existing.ownerEdit()->setText(QStringLiteral("Dana Whitfield"));
    REQUIRE(existing.save());
    CHECK(existing.savedPolicy().templateKey == QStringLiteral("security-management-process"));
    CHECK(existing.savedPolicy().owner == QStringLiteral("Dana Whitfield"));
}

TEST_CASE("RevisionEditorDialog previews the Markdown and attaches the PDF on save",
          "[ui][policies]")
{
    test::TemporaryProgram fixture;
    const test::PolicySample s = test::addPolicyLibrary(fixture);
    const qint64 draft =
        test::firstRevision(fixture.program(), s.ids.at(QStringLiteral("SEC-003")));
    RevisionEditorDialog editor(fixture.program(), draft);
    CHECK(editor.preview()->toPlainText().contains(QStringLiteral("Purpose")));
    CHECK(editor.fileLabel()->text() == QStringLiteral("None attached"));
    CHECK_FALSE(editor.removeFileButton()->isEnabled());

    editor.markdownEdit()->setPlainText(QStringLiteral("## Scope\n\nEvery **zephyrquill**."));
    // The preview follows once typing pauses.
    CHECK_FALSE(editor.preview()->toPlainText().contains(QStringLiteral("zephyrquill")));
    REQUIRE(QTest::qWaitFor(
        [&] { return editor.preview()->toPlainText().contains(QStringLiteral("zephyrquill")); },
        2000));
    CHECK(editor.preview()->toHtml().contains(QStringLiteral("font-weight")));

    const QString notPdf = fixture.dir() + QStringLiteral("/notes.pdf");
    {
        QFile file(notPdf);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a pdf at all");
    }
    CHECK_FALSE(editor.attachFile(notPdf));
    CHECK(editor.banner()->kind() == MessageBanner::Kind::Error);
    CHECK(editor.fileName().isEmpty());

    const QString pdf = fixture.dir() + QStringLiteral("/SEC-003-signed.pdf");
    {
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(test::makeTestPdf({QStringLiteral("Signed"), QStringLiteral("Page two")}));
    }
    REQUIRE(editor.attachFile(pdf));
    CHECK(editor.fileLabel()->text().startsWith(QStringLiteral("SEC-003-signed.pdf (2 page(s))")));
    CHECK(editor.removeFileButton()->isEnabled());
    // Nothing is stored before Save.
    CHECK_FALSE(fixture.program().policies().revision(draft)->file.has_value());
    REQUIRE(editor.save());
    Result<PolicyRevision> saved = fixture.program().policies().revision(draft);
    REQUIRE(saved);
    CHECK(saved->content == QStringLiteral("## Scope\n\nEvery **zephyrquill**."));
    REQUIRE(saved->file.has_value());
    CHECK(saved->file->fileName == QStringLiteral("SEC-003-signed.pdf"));

    // An approved revision opens read-only.
    RevisionEditorDialog approved(fixture.program(), s.sec001Rev2);
    CHECK(approved.markdownEdit()->isReadOnly());
    CHECK_FALSE(approved.saveButton()->isEnabled());
    CHECK(approved.banner()->text().contains(QStringLiteral("only a draft can be edited")));
}

TEST_CASE("ApprovalDialog offers the roles still needed and refuses as the register does",
          "[ui][policies]")
{
    test::TemporaryProgram fixture;
    const test::PolicySample s = test::addPolicyLibrary(fixture);
    Program& program = fixture.program();
    const Policy policy = *program.policies().policy(s.ids.at(QStringLiteral("ADM-002")));
    const PolicyRevision revision = *program.policies().revision(s.adm002Rev2);
    const std::vector<PolicyApproval> given = *program.policies().approvals(s.adm002Rev2);
    ApprovalDialog dialog(program, policy, revision, given);
    CHECK(dialog.roleCombo()->count() == 2);
    CHECK(dialog.roleCombo()->currentText() == QStringLiteral("Security Officer"));
    CHECK(dialog.dateEdit()->maximumDate() == QDate(2026, 3, 1));
    CHECK(dialog.meaningCombo()->findText(QStringLiteral("Legal review")) >= 0);
    CHECK_FALSE(dialog.confirmButton()->isEnabled());

    dialog.approverEdit()->setText(QStringLiteral("Ravi Chandra"));
    dialog.roleCombo()->setEditText(QStringLiteral("Janitor"));
    CHECK_FALSE(dialog.confirm());
    CHECK(dialog.banner()->text().contains(QStringLiteral("\"Janitor\" is not one of them")));
    dialog.roleCombo()->setCurrentIndex(0);
    CHECK(dialog.confirm());
    CHECK(dialog.recorded().role == QStringLiteral("Security Officer"));
    CHECK(program.policies().approvals(s.adm002Rev2)->size() == 2);
}

TEST_CASE("RevisionDiffDialog scrolls both sides together", "[ui][policies]")
{
    Policy policy;
    policy.code = QStringLiteral("SEC-001");
    policy.title = QStringLiteral("Security Management Process");
    QStringList lines;
    for (int line = 0; line < 200; ++line)
        lines << QStringLiteral("Line %1 of the policy text.").arg(line);
    PolicyRevision first;
    first.id = 1;
    first.number = 1;
    first.content = lines.join(QLatin1Char('\n'));
    PolicyRevision second = first;
    second.id = 2;
    second.number = 2;
    lines[100] = QStringLiteral("Line 100 now says something else entirely.");
    second.content = lines.join(QLatin1Char('\n'));

    RevisionDiffDialog dialog(policy, {first, second}, 2);
    CHECK(dialog.counts().wordsAdded > 0);
    CHECK(dialog.counts().wordsRemoved > 0);
    dialog.setMode(RevisionDiffDialog::SideBySideMode);
    dialog.show();
    QTest::qWait(50);
    QScrollBar* left = dialog.beforeView()->verticalScrollBar();
    QScrollBar* right = dialog.afterView()->verticalScrollBar();
    REQUIRE(left->maximum() > 0);
    left->setValue(left->maximum());
    CHECK(right->value() == right->maximum());
    right->setValue(0);
    CHECK(left->value() == 0);

    dialog.setRevisions(1, 1);
    CHECK(dialog.summaryText().contains(QStringLiteral("nothing to compare")));
}

TEST_CASE("PolicyHistoryDialog tells the story of a policy, newest first", "[ui][policies]")
{
    test::TemporaryProgram fixture;
    const test::PolicySample s = test::addPolicyLibrary(fixture);
    PolicyHistoryDialog dialog(fixture.program(), s.ids.at(QStringLiteral("SEC-001")));
    QListWidget* list = dialog.list();
    REQUIRE(list->count() > 8);
    CHECK(list->item(0)->text().contains(
        QStringLiteral("made revision 2 effective from 2026-02-15")));
    CHECK(list->item(1)->text().contains(QStringLiteral("Revision 1 was superseded")));
    CHECK(list->item(list->count() - 1)
              ->text()
              .contains(QStringLiteral("adopted SEC-001 from the starter policy")));
    bool attached = false;
    for (int row = 0; row < list->count(); ++row)
        attached = attached || list->item(row)->text().contains(QStringLiteral(
                                   "attached SEC-001-rev2-signed.pdf to revision 2"));
    CHECK(attached);
}
