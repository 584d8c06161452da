#include "core/audit/AuditHasher.h"

#include "core/audit/AuditEvent.h"
#include "core/audit/RedactionMarker.h"
#include "tests/core/CatchQtStrings.h"

#include <QTimeZone>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {

AuditEvent knownEvent()
{
    AuditEvent event;
    event.format = 1;
    event.seq = 3;
    event.at = QDateTime(QDate(2026, 3, 1), QTime(9, 0, 0, 123), Qt::UTC);
    event.actor = QStringLiteral("Dana Whitfield");
    event.action = QStringLiteral("updated");
    event.entity = QStringLiteral("risk");
    event.recordId = QStringLiteral("R-7");
    event.before = QByteArrayLiteral("{\"title\":\"Old\"}");
    event.after = QByteArrayLiteral("{\"title\":\"Caf\xc3\xa9\"}");
    event.prevHash = QStringLiteral("ab").repeated(32);
    return event;
}

} // namespace

TEST_CASE("AuditHasher serializes an event in the documented canonical form", "[audit][hasher]")
{
    // Every field is "<byte length>:<UTF-8 bytes>\n", in this order: format tag,
    // seq, timestamp, actor, action, entity, record id, before, after, prev hash.
    // "Café" is five bytes in UTF-8, so its field length is 17, not 16.
    const QByteArray expected =
        QByteArrayLiteral("17:palisade-audit-v1\n"
                          "1:3\n"
                          "24:2026-03-01T09:00:00.123Z\n"
                          "14:Dana Whitfield\n"
                          "7:updated\n"
                          "4:risk\n"
                          "3:R-7\n"
                          "15:{\"title\":\"Old\"}\n"
                          "17:{\"title\":\"Caf\xc3\xa9\"}\n"
                          "64:abababababababababababababababababababababababababababababababab\n");
    CHECK(AuditHasher::serialize(knownEvent()) == expected);

    // Computed independently of Qt with coreutils:
    // clang-format off
    //   p=$(printf 'ab%.0s' $(seq 32))
    //   printf '17:palisade-audit-v1\n1:3\n24:2026-03-01T09:00:00.123Z\n14:Dana Whitfield\n7:updated\n4:risk\n3:R-7\n15:{"title":"Old"}\n17:{"title":"Caf\xc3\xa9"}\n64:%s\n' "$p" | sha256sum
    // clang-format on
    CHECK(AuditHasher::hash(knownEvent()) ==
          QStringLiteral("28e3a2aedee870ed041ba43d6e21eee3c2209edb6e59125449ada0291114606d"));
}

TEST_CASE("AuditHasher's genesis hash and timestamps are fixed", "[audit][hasher]")
{
    CHECK(AuditHasher::genesisHash() == QString(64, QLatin1Char('0')));
    CHECK(AuditHasher::formatTag(1) == QByteArrayLiteral("palisade-audit-v1"));
    CHECK(AuditHasher::formatTag(2) == QByteArrayLiteral("palisade-audit-v2"));
    CHECK(AuditHasher::formatTag(3).isEmpty());
    CHECK(AuditHasher::currentFormat == 2);
    CHECK(AuditHasher::timestamp(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)) ==
          QStringLiteral("2026-01-02T03:04:05.000Z"));
    // A local time is written as the same instant in UTC.
    const QDateTime offset(QDate(2026, 1, 2), QTime(5, 4, 5, 7), QTimeZone(2 * 3600));
    CHECK(AuditHasher::timestamp(offset) == QStringLiteral("2026-01-02T03:04:05.007Z"));

    AuditEvent utc = knownEvent();
    AuditEvent shifted = knownEvent();
    shifted.at = utc.at.toTimeZone(QTimeZone(-5 * 3600));
    CHECK(AuditHasher::hash(shifted) == AuditHasher::hash(utc));
}

TEST_CASE("AuditHasher format 2 hashes the SHA-256 of each side", "[audit][hasher]")
{
    AuditEvent event = knownEvent();
    event.format = 2;
    // The sides' digests, as `printf '{"title":"Old"}' | sha256sum` gives them.
    const QByteArray before =
        QByteArrayLiteral("3bb2e24ac2ebe9d572b73509afc723dfa6a82f0524cf17eae214a55925f6989f");
    const QByteArray after =
        QByteArrayLiteral("97abf59ac9ce42d34f62d32f6b75eb18a16cedc16ef9de9c818e902a93c51e5f");
    const QByteArray expected =
        QByteArrayLiteral("17:palisade-audit-v2\n"
                          "1:3\n"
                          "24:2026-03-01T09:00:00.123Z\n"
                          "14:Dana Whitfield\n"
                          "7:updated\n"
                          "4:risk\n"
                          "3:R-7\n"
                          "64:") +
        before + QByteArrayLiteral("\n64:") + after +
        QByteArrayLiteral("\n64:abababababababababababababababababababababababababababababababab\n");
    CHECK(AuditHasher::serialize(event) == expected);
    // clang-format off
    //   printf '17:palisade-audit-v2\n1:3\n24:2026-03-01T09:00:00.123Z\n14:Dana Whitfield\n7:updated\n4:risk\n3:R-7\n64:%s\n64:%s\n64:%s\n' "$b" "$a" "$p" | sha256sum
    // clang-format on
    CHECK(AuditHasher::hash(event) ==
          QStringLiteral("b03c738bf8bd9e7e4ab6e27b5fcf2a70fd1962e5486f1e3e26f5570c19223104"));

    // A side replaced by its redaction marker hashes the same; a marker with
    // another digest, or a marker spelled differently, does not.
    AuditEvent redacted = event;
    redacted.after = RedactionMarker{9, QString::fromLatin1(after)}.toJson();
    CHECK(redacted.after ==
          QByteArrayLiteral("{\"redacted\":{\"by_event\":9,\"sha256\":\"") + after +
              QByteArrayLiteral("\"}}"));
    CHECK(AuditHasher::hash(redacted) == AuditHasher::hash(event));
    AuditEvent forged = event;
    forged.after = RedactionMarker{9, QString::fromLatin1(before)}.toJson();
    CHECK(AuditHasher::hash(forged) != AuditHasher::hash(event));
    AuditEvent spaced = redacted;
    spaced.after.replace("\"by_event\":9", "\"by_event\": 9");
    CHECK_FALSE(RedactionMarker::parse(spaced.after).has_value());
    CHECK(AuditHasher::hash(spaced) != AuditHasher::hash(event));

    // The same event under format 1 hashes differently, and an unknown format
    // never matches a stored hash.
    CHECK(AuditHasher::hash(event) != AuditHasher::hash(knownEvent()));
    AuditEvent unknown = event;
    unknown.format = 7;
    CHECK(AuditHasher::hash(unknown).isEmpty());
}

TEST_CASE("RedactionMarker reads only its own canonical form", "[audit][hasher]")
{
    const QString digest = QStringLiteral("0f").repeated(32);
    const RedactionMarker marker{42, digest};
    const std::optional<RedactionMarker> read = RedactionMarker::parse(marker.toJson());
    REQUIRE(read.has_value());
    CHECK(read->byEvent == 42);
    CHECK(read->sha256 == digest);

    CHECK_FALSE(RedactionMarker::parse(QByteArrayLiteral("{}")).has_value());
    CHECK_FALSE(RedactionMarker::parse(QByteArrayLiteral("{\"title\":\"Old\"}")).has_value());
    // Upper-case or short digests, extra members, a zero event: not markers.
    CHECK_FALSE(RedactionMarker::parse(RedactionMarker{42, digest.toUpper()}.toJson()));
    CHECK_FALSE(RedactionMarker::parse(RedactionMarker{42, digest.left(63)}.toJson()));
    CHECK_FALSE(RedactionMarker::parse(RedactionMarker{0, digest}.toJson()));
    CHECK_FALSE(RedactionMarker::parse(
        QByteArrayLiteral("{\"redacted\":{\"by_event\":42,\"extra\":1,\"sha256\":\"") +
        digest.toLatin1() + QByteArrayLiteral("\"}}")));
}

TEST_CASE("Every field of an event changes its hash", "[audit][hasher]")
{
    const QString original = AuditHasher::hash(knownEvent());
    const auto changed = [&](auto&& edit) {
        AuditEvent event = knownEvent();
        edit(event);
        return AuditHasher::hash(event) != original;
    };
    CHECK(changed([](AuditEvent& e) { e.seq = 4; }));
    CHECK(changed([](AuditEvent& e) { e.at = e.at.addMSecs(1); }));
    CHECK(changed([](AuditEvent& e) { e.actor = QStringLiteral("Dana Whitfielf"); }));
    CHECK(changed([](AuditEvent& e) { e.action = QStringLiteral("created"); }));
    CHECK(changed([](AuditEvent& e) { e.entity = QStringLiteral("vendor"); }));
    CHECK(changed([](AuditEvent& e) { e.recordId = QStringLiteral("R-8"); }));
    CHECK(changed([](AuditEvent& e) { e.before = QByteArrayLiteral("{}"); }));
    CHECK(changed([](AuditEvent& e) { e.after = QByteArrayLiteral("{\"title\":\"Cafe\"}"); }));
    CHECK(changed([](AuditEvent& e) { e.prevHash = AuditHasher::genesisHash(); }));
    // The stored hash itself is not part of what is hashed.
    CHECK_FALSE(changed([](AuditEvent& e) { e.hash = QStringLiteral("anything"); }));
}

TEST_CASE("Length prefixes keep field boundaries unambiguous", "[audit][hasher]")
{
    AuditEvent a = knownEvent();
    a.actor = QStringLiteral("ab");
    a.action = QStringLiteral("c");
    AuditEvent b = knownEvent();
    b.actor = QStringLiteral("a");
    b.action = QStringLiteral("bc");
    CHECK(AuditHasher::serialize(a) != AuditHasher::serialize(b));
    CHECK(AuditHasher::hash(a) != AuditHasher::hash(b));

    AuditEvent c = knownEvent();
    c.actor = QStringLiteral("x\n3:y");
    AuditEvent d = knownEvent();
    d.actor = QStringLiteral("x");
    CHECK(AuditHasher::hash(c) != AuditHasher::hash(d));
}

TEST_CASE("The worked examples of docs/audit-trail.md hash as documented", "[audit][hasher]")
{
    AuditEvent created;
    created.seq = 1;
    created.at = QDateTime(QDate(2026, 11, 23), QTime(14, 5, 9, 120), Qt::UTC);
    created.actor = QStringLiteral("Ren\u00e9e Ortiz");
    created.action = QStringLiteral("created");
    created.entity = QStringLiteral("program");
    created.recordId = QStringLiteral("1");
    created.before = QByteArrayLiteral("{}");
    created.after = QStringLiteral("{\"created_at\":\"2026-11-23T14:05:09Z\",\"officer_name\":"
                                   "\"Ren\u00e9e Ortiz\",\"officer_role\":\"privacy+security\","
                                   "\"organization\":\"Riverbend Coding Services\"}")
                        .toUtf8();
    created.prevHash = AuditHasher::genesisHash();
    AuditEvent unlocked = created;
    unlocked.seq = 2;
    unlocked.at = QDateTime(QDate(2026, 11, 23), QTime(14, 20), Qt::UTC);
    unlocked.action = QStringLiteral("unlocked");
    unlocked.after = QByteArrayLiteral("{}");

    created.format = 1;
    unlocked.format = 1;
    CHECK(AuditHasher::serialize(created).size() == 315);
    CHECK(AuditHasher::hash(created) ==
          QStringLiteral("b14377bc81893a306f266d044fb8271957308c5f9aea803be7133be3fbb3f120"));
    unlocked.prevHash = AuditHasher::hash(created);
    CHECK(AuditHasher::hash(unlocked) ==
          QStringLiteral("d7505feaec15ed7a9565af8057b531c986ef1e77636b1ffc6c1e95a8b424fca3"));

    created.format = 2;
    unlocked.format = 2;
    CHECK(AuditHasher::sideDigest(created.after) ==
          QByteArrayLiteral("82c2cb752b3c5d82b3a2269baf4c66e9983171b55bac4c4dd6318c2f1c854f03"));
    CHECK(AuditHasher::serialize(created).size() == 297);
    CHECK(AuditHasher::hash(created) ==
          QStringLiteral("4f039b73b0d6e9e1f68592804783cf49d80c36c0035a9edc98dbb95328d5ecca"));
    unlocked.prevHash = AuditHasher::hash(created);
    CHECK(AuditHasher::hash(unlocked) ==
          QStringLiteral("3895229aa69932013aa684234d79b0e91857ac740578316dc913e45364aa24aa"));
}
