#include "ui/widgets/RecordEditorDialog.h"

#include "core/program/Program.h"
#include "core/risk/RiskRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/ui/assets/ModalDriver.h"
#include "ui/risk/RiskTaskDialog.h"
#include "ui/vendors/CounterpartyEditorDialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::TemporaryProgram;

namespace {

QPushButton* cancelButton(QDialog& dialog)
{
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    return buttons ? buttons->button(QDialogButtonBox::Cancel) : nullptr;
}

} // namespace

TEST_CASE("A record editor asks in a box named unsavedChangesPrompt before dropping edits",
          "[ui][widgets]")
{
    TemporaryProgram fixture;
    CounterpartyEditorDialog dialog(fixture.program(), std::nullopt);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.nameEdit()->setText(QStringLiteral("Lakeside Family Clinic"));
    REQUIRE(dialog.isModified());

    QString boxName;
    QString boxTitle;
    QString boxText;
    bool asked = false;
    test::whenModalAppears(
        [&](QDialog* box) {
            boxName = box->objectName();
            boxTitle = box->windowTitle();
            if (auto* message = qobject_cast<QMessageBox*>(box)) {
                boxText = message->text();
                message->button(QMessageBox::Cancel)->click();
            } else {
                box->reject();
            }
        },
        &asked);
    QPushButton* cancel = cancelButton(dialog);
    REQUIRE(cancel);
    cancel->click();
    CHECK(asked);
    CHECK(boxName == QStringLiteral("unsavedChangesPrompt"));
    CHECK(boxTitle == QStringLiteral("Unsaved Changes"));
    CHECK(boxText == QStringLiteral("Save this new counterparty before closing?"));
    CHECK(dialog.isVisible());

    asked = false;
    test::answerMessageBox(QMessageBox::Discard, &asked);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK(asked);
    CHECK(dialog.isHidden());
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(fixture.program().counterparties().counterparties()->empty());
}

TEST_CASE("A record editor that cannot read its record has nothing to save", "[ui][widgets]")
{
    TemporaryProgram fixture;
    CounterpartyEditorDialog dialog(fixture.program(), qint64(4242));
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Error);
    CHECK(dialog.banner()->text().contains(QStringLiteral("could not be read")));
    CHECK_FALSE(dialog.saveButton()->isEnabled());

    dialog.nameEdit()->setText(QStringLiteral("Typed anyway"));
    CHECK_FALSE(dialog.isModified());
    CHECK_FALSE(dialog.save());
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Error);

    int asked = 0;
    dialog.setUnsavedChangesPrompt([&] {
        ++asked;
        return UnsavedChoice::KeepEditing;
    });
    dialog.show();
    dialog.reject();
    CHECK(asked == 0);
    CHECK(dialog.isHidden());
    CHECK(dialog.result() == QDialog::Rejected);
}

TEST_CASE("A record editor without an unsaved question closes without asking", "[ui][widgets]")
{
    TemporaryProgram fixture;
    RemediationTask task;
    RiskTaskDialog dialog(fixture.program().risks(), task, {QStringLiteral("Dana")},
                          QDate(2026, 3, 14));
    dialog.titleEdit()->setText(QStringLiteral("Encrypt billing laptops"));
    REQUIRE(dialog.isModified());

    int asked = 0;
    dialog.setUnsavedChangesPrompt([&] {
        ++asked;
        return UnsavedChoice::KeepEditing;
    });
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QPushButton* cancel = cancelButton(dialog);
    REQUIRE(cancel);
    cancel->click();
    CHECK(asked == 0);
    CHECK(dialog.isHidden());
    CHECK(dialog.result() == QDialog::Rejected);
}
