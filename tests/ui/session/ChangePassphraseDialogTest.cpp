#include "ui/session/ChangePassphraseDialog.h"

#include "core/program/Program.h"
#include "core/util/SecretBuffer.h"
#include "tests/support/TemporaryProgram.h"
#include "ui/widgets/PassphraseField.h"
#include "ui/widgets/PassphraseLineEdit.h"

#include <QPushButton>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::fixturePassphrase;
using palisade::test::TemporaryProgram;

namespace {
const QString newPassphrase = QStringLiteral("granite heron sailed 42 at dusk");
}

TEST_CASE("Change passphrase enforces the policy and the confirmation", "[ui][session][passphrase]")
{
    TemporaryProgram fixture;
    ChangePassphraseDialog dialog(fixture.program());
    CHECK_FALSE(dialog.changeButton()->isEnabled());

    dialog.currentEdit()->setText(fixturePassphrase());
    dialog.newField()->lineEdit()->setText(QStringLiteral("too short"));
    dialog.confirmEdit()->setText(QStringLiteral("too short"));
    CHECK_FALSE(dialog.changeButton()->isEnabled());

    // The organization's name is refused as a passphrase.
    dialog.newField()->lineEdit()->setText(QStringLiteral("Riverbend Coding Services"));
    dialog.confirmEdit()->setText(QStringLiteral("Riverbend Coding Services"));
    CHECK_FALSE(dialog.changeButton()->isEnabled());

    dialog.newField()->lineEdit()->setText(newPassphrase);
    dialog.confirmEdit()->setText(newPassphrase + QStringLiteral("!"));
    CHECK_FALSE(dialog.changeButton()->isEnabled());
    dialog.confirmEdit()->setText(newPassphrase);
    CHECK(dialog.changeButton()->isEnabled());
}

TEST_CASE("Change passphrase refuses a wrong current passphrase, then re-encrypts",
          "[ui][session][passphrase]")
{
    TemporaryProgram fixture;
    ChangePassphraseDialog dialog(fixture.program());
    dialog.show();
    dialog.currentEdit()->setText(QStringLiteral("this is not the current one"));
    dialog.newField()->lineEdit()->setText(newPassphrase);
    dialog.confirmEdit()->setText(newPassphrase);
    dialog.changeButton()->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.messageText().contains(QStringLiteral("current passphrase is wrong")));
    CHECK(dialog.currentEdit()->text().isEmpty());
    CHECK(dialog.newField()->lineEdit()->text() == newPassphrase);

    dialog.currentEdit()->setText(fixturePassphrase());
    dialog.changeButton()->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.newField()->isEmpty());

    const QString path = fixture.path();
    fixture.close();
    CHECK_FALSE(
        Program::unlock(path, SecretBuffer::fromString(fixturePassphrase()), {}, fixture.clock())
            .ok());
    auto reopened =
        Program::unlock(path, SecretBuffer::fromString(newPassphrase), {}, fixture.clock());
    REQUIRE(reopened.ok());
    AuditQuery query;
    query.action = QStringLiteral("rekeyed");
    CHECK(reopened.value()->auditTrail().events(query).size() == 1);
}
