#include "ui/widgets/PassphraseField.h"

#include "core/util/SecretBuffer.h"
#include "ui/widgets/PassphraseLineEdit.h"
#include "ui/widgets/StrengthMeter.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("PassphraseField refuses a short passphrase while it is typed", "[ui][widgets]")
{
    PassphraseField field;
    QSignalSpy changed(&field, &PassphraseField::assessmentChanged);
    CHECK_FALSE(field.isAcceptable());
    CHECK(field.meter()->level() == 0);

    QTest::keyClicks(field.lineEdit(), QStringLiteral("tiny words"));
    CHECK(changed.count() == 10);
    CHECK_FALSE(field.isAcceptable());
    CHECK(field.assessment().strength == PassphraseAssessment::Strength::TooShort);
    CHECK(field.meter()->level() == 1);
    CHECK(field.problemText().contains(QStringLiteral("15")));
    CHECK(field.hintText() == field.assessment().hint);
}

TEST_CASE("PassphraseField refuses common passwords and the organization's name", "[ui][widgets]")
{
    PassphraseField field;
    field.lineEdit()->setText(QStringLiteral("passwordpassword"));
    CHECK_FALSE(field.isAcceptable());
    CHECK(field.assessment().strength == PassphraseAssessment::Strength::Weak);
    CHECK_FALSE(field.problemText().isEmpty());

    field.lineEdit()->setText(QStringLiteral("Password1234567!"));
    CHECK_FALSE(field.isAcceptable());

    field.lineEdit()->setText(QStringLiteral("Riverbend Coding Services"));
    CHECK(field.isAcceptable());
    field.setContextWords(
        {QStringLiteral("Riverbend Coding Services"), QStringLiteral("Dana Whitfield")});
    CHECK_FALSE(field.isAcceptable());
    CHECK(field.meter()->level() == 1);
}

TEST_CASE("PassphraseField accepts a long unusual passphrase", "[ui][widgets]")
{
    PassphraseField field;
    QTest::keyClicks(field.lineEdit(), QStringLiteral("violet anchor marmalade tundra"));
    CHECK(field.isAcceptable());
    CHECK(field.meter()->level() >= 2);
    CHECK(field.secret().equals(
        SecretBuffer::fromString(QStringLiteral("violet anchor marmalade tundra"))));

    field.wipe();
    CHECK(field.isEmpty());
    CHECK_FALSE(field.isAcceptable());
    CHECK(field.meter()->level() == 0);
}

TEST_CASE("PassphraseLineEdit hides its text until revealed", "[ui][widgets]")
{
    PassphraseLineEdit edit;
    CHECK(edit.echoMode() == QLineEdit::Password);
    edit.setText(QStringLiteral("some secret text"));
    edit.revealAction()->trigger();
    CHECK(edit.isRevealed());
    CHECK(edit.echoMode() == QLineEdit::Normal);
    CHECK(edit.revealAction()->isChecked());

    edit.wipe();
    CHECK(edit.text().isEmpty());
    CHECK_FALSE(edit.isRevealed());
    CHECK(edit.echoMode() == QLineEdit::Password);
}

TEST_CASE("StrengthMeter keeps its level within its segments", "[ui][widgets]")
{
    StrengthMeter meter;
    meter.setLevel(9);
    CHECK(meter.level() == StrengthMeter::segmentCount);
    meter.setLevel(-2);
    CHECK(meter.level() == 0);
}
