#include "core/program/PassphrasePolicy.h"

#include "tests/core/CatchQtStrings.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using Strength = PassphraseAssessment::Strength;

TEST_CASE("The shipped common-password list loads", "[program][passphrase]")
{
    const PassphrasePolicy policy;
    CHECK(policy.commonPasswordCount() > 3000);
    CHECK(PassphrasePolicy::minimumLength == 15);
}

TEST_CASE("Passphrases shorter than 15 characters are refused", "[program][passphrase]")
{
    const PassphrasePolicy policy;
    const PassphraseAssessment empty = policy.assess(QString());
    CHECK_FALSE(empty.acceptable);
    CHECK(empty.strength == Strength::TooShort);
    CHECK(empty.score() == 0);

    const PassphraseAssessment fourteen = policy.assess(QStringLiteral("k7#Rv9!qLm2@Xw"));
    CHECK_FALSE(fourteen.acceptable);
    CHECK(fourteen.strength == Strength::TooShort);
    CHECK(fourteen.problem.contains(QStringLiteral("14")));
    CHECK_FALSE(fourteen.hint.isEmpty());

    // Length is counted in characters (code points), not UTF-16 units or bytes:
    // fourteen emoji are 28 UTF-16 units but still too short.
    const QString fourteenEmoji =
        QStringLiteral("🔒🌲🚲🎈🍋🐙🎻🌋🧭🪁🦉🍄🛶🧩");
    REQUIRE(fourteenEmoji.size() == 28);
    const PassphraseAssessment emoji = policy.assess(fourteenEmoji);
    CHECK_FALSE(emoji.acceptable);
    CHECK(emoji.strength == Strength::TooShort);

    const PassphraseAssessment fifteenEmoji = policy.assess(fourteenEmoji + QStringLiteral("🐝"));
    CHECK(fifteenEmoji.strength != Strength::TooShort);

    // Accented letters are one character each.
    const PassphraseAssessment accents = policy.assess(QStringLiteral("ñandú éclair öl"));
    CHECK(accents.strength != Strength::TooShort);
}

TEST_CASE("Exactly 15 unpredictable characters are accepted", "[program][passphrase]")
{
    const PassphrasePolicy policy;
    const QString candidate = QStringLiteral("k7#Rv9!qLm2@Xw4");
    REQUIRE(candidate.size() == 15);
    const PassphraseAssessment assessment = policy.assess(candidate);
    CHECK(assessment.acceptable);
    CHECK(assessment.problem.isEmpty());
    CHECK(assessment.strength >= Strength::Fair);
}

TEST_CASE("Common passwords, thin variations and simple patterns are refused",
          "[program][passphrase]")
{
    const PassphrasePolicy policy;
    for (const QString& candidate :
         {QStringLiteral("password12345678"), QStringLiteral("Password1234567!"),
          QStringLiteral("passwordpassword"), QStringLiteral("PASSWORD PASSWORD"),
          QStringLiteral("qwertyuiopasdfgh"), QStringLiteral("aaaaaaaaaaaaaaaa"),
          QStringLiteral("123456789012345"), QStringLiteral("abcdefghijklmnop"),
          QStringLiteral("9876543210987654"), QStringLiteral("abcabcabcabcabcabc"),
          QStringLiteral("!!!letmein!!!2024")}) {
        INFO(candidate.toStdString());
        const PassphraseAssessment assessment = policy.assess(candidate);
        CHECK_FALSE(assessment.acceptable);
        CHECK(assessment.strength == Strength::Weak);
        CHECK_FALSE(assessment.problem.isEmpty());
    }
}

TEST_CASE("The organization's or officer's name is refused as the passphrase",
          "[program][passphrase]")
{
    const PassphrasePolicy policy;
    const QStringList context{QStringLiteral("Riverbend Coding Services"),
                              QStringLiteral("Dana Whitfield")};
    for (const QString& candidate :
         {QStringLiteral("Riverbend Coding Services"), QStringLiteral("riverbendcodingservices"),
          QStringLiteral("Riverbend Coding Services 2026!"),
          QStringLiteral("  Dana Whitfield 1985  ")}) {
        INFO(candidate.toStdString());
        const PassphraseAssessment assessment = policy.assess(candidate, context);
        CHECK_FALSE(assessment.acceptable);
        CHECK(assessment.strength == Strength::Weak);
    }
    // The same text is fine for someone else's program.
    CHECK(policy.assess(QStringLiteral("Riverbend Coding Services")).acceptable);
    // A passphrase that merely contains a name among other words is allowed.
    CHECK(policy.assess(QStringLiteral("dana rows the riverbend canoe"), context).acceptable);
}

TEST_CASE("A long multi-word passphrase is accepted as strong", "[program][passphrase]")
{
    const PassphrasePolicy policy;
    const PassphraseAssessment assessment =
        policy.assess(QStringLiteral("marble tugboat orchard lantern"));
    CHECK(assessment.acceptable);
    CHECK(assessment.strength >= Strength::Strong);
    CHECK(assessment.score() >= 3);
    CHECK_FALSE(assessment.hint.isEmpty());
}

TEST_CASE("A policy built with its own list uses that list", "[program][passphrase]")
{
    const PassphrasePolicy policy(QSet<QString>{QStringLiteral("correcthorsebatterystaple")});
    CHECK(policy.commonPasswordCount() == 1);
    CHECK_FALSE(policy.assess(QStringLiteral("Correct Horse Battery Staple")).acceptable);
    CHECK(policy.assess(QStringLiteral("password is not on this list")).acceptable);
}
