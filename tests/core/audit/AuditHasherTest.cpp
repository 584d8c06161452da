#include "core/audit/AuditHasher.h"

#include "core/audit/AuditEvent.h"
#include "tests/core/CatchQtStrings.h"

#include <QTimeZone>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {

AuditEvent knownEvent()
{
    AuditEvent event;
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
    CHECK(QByteArray(AuditHasher::formatTag) == QByteArrayLiteral("palisade-audit-v1"));
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
