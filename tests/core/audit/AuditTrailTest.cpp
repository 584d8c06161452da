#include "core/audit/AuditTrail.h"

#include "core/audit/AuditHasher.h"
#include "core/program/Program.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"
#include "core/storage/Vault.h"
#include "core/util/SecretBuffer.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/support/FixedClock.h"
#include "tests/support/TemporaryProgram.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>
#include <functional>

using namespace palisade;
using namespace palisade::test;

namespace {

void record(Program& program, const QString& actor, const QString& action, const QString& entity,
            const QString& recordId, const QJsonObject& before = {}, const QJsonObject& after = {})
{
    const Result<void> done = program.transact(QStringLiteral("test"), [&](AuditTrail& audit) {
        audit.record(actor, action, entity, recordId, before, after);
    });
    REQUIRE(done.ok());
}

// Records `count` events after the fixture's "created" event, so the chain
// holds count + 1 events.
void recordMany(Program& program, int count)
{
    const Result<void> done = program.transact(QStringLiteral("test"), [&](AuditTrail& audit) {
        for (int i = 0; i < count; ++i) {
            audit.record(QStringLiteral("Dana Whitfield"), QStringLiteral("updated"),
                         QStringLiteral("risk"), QStringLiteral("R-%1").arg(i % 7),
                         {{QStringLiteral("n"), i}}, {{QStringLiteral("n"), i + 1}});
        }
    });
    REQUIRE(done.ok());
}

AuditEvent eventAt(const AuditTrail& audit, qint64 seq)
{
    AuditQuery query;
    query.afterSeq = seq - 1;
    query.limit = 1;
    const std::vector<AuditEvent> found = audit.events(query);
    REQUIRE(found.size() == 1);
    REQUIRE(found.front().seq == seq);
    return found.front();
}

std::vector<qint64> seqs(const std::vector<AuditEvent>& events)
{
    std::vector<qint64> result;
    for (const AuditEvent& event : events)
        result.push_back(event.seq);
    return result;
}

} // namespace

TEST_CASE("An empty audit trail starts from the genesis hash", "[audit][trail]")
{
    QTemporaryDir dir;
    Result<Database> created =
        Vault().create(dir.filePath(QStringLiteral("empty.palisade")),
                       SecretBuffer::fromString(QStringLiteral("empty trail passphrase")));
    REQUIRE(created.ok());
    const FixedClock clock;
    AuditTrail audit(created.value(), clock);
    CHECK(audit.count() == 0);
    CHECK(audit.events().empty());
    CHECK(audit.headHash() == AuditHasher::genesisHash());
    const ChainVerification empty = audit.verify();
    CHECK(empty.intact);
    CHECK(empty.eventsChecked == 0);
    CHECK(empty.headHash == AuditHasher::genesisHash());

    const AuditEvent first = audit.record(QStringLiteral("Dana"), QStringLiteral("created"),
                                          QStringLiteral("risk"), QStringLiteral("R-1"));
    CHECK(first.seq == 1);
    CHECK(first.prevHash == AuditHasher::genesisHash());
    CHECK(first.at == clock.nowUtc());
    CHECK(first.before == QByteArrayLiteral("{}"));
    CHECK(first.after == QByteArrayLiteral("{}"));
    CHECK(first.hash == AuditHasher::hash(first));
    CHECK(audit.headHash() == first.hash);
}

TEST_CASE("A long chain verifies and links every event to the one before", "[audit][trail]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    recordMany(program, 300);
    AuditTrail& audit = program.auditTrail();

    const std::vector<AuditEvent> events = audit.events();
    REQUIRE(events.size() == 301);
    CHECK(audit.count() == 301);
    CHECK(events.front().prevHash == AuditHasher::genesisHash());
    for (size_t i = 0; i < events.size(); ++i) {
        CHECK(events[i].seq == qint64(i) + 1);
        CHECK(events[i].hash == AuditHasher::hash(events[i]));
        if (i > 0)
            CHECK(events[i].prevHash == events[i - 1].hash);
    }
    CHECK(audit.headHash() == events.back().hash);

    const ChainVerification result = audit.verify();
    CHECK(result.intact);
    CHECK_FALSE(result.cancelled);
    CHECK(result.eventsChecked == 301);
    CHECK(result.firstBrokenSeq == 0);
    CHECK(result.problem == ChainVerification::Problem::None);
    CHECK(result.headHash == events.back().hash);
    CHECK(result.describe().contains(QStringLiteral("301")));

    // What was read back hashes the same after the file is closed and reopened.
    Program& reopened = fixture.reopen();
    CHECK(eventAt(reopened.auditTrail(), 301).hash == events.back().hash);
    CHECK(reopened.auditTrail().verify().intact);
}

TEST_CASE("verify reads a chain of several batches and finds a break in a later one",
          "[audit][trail]")
{
    // Verification reads and hashes thousands of events at a time; the links
    // between batches, and a break far into the chain, must show as in one.
    TemporaryProgram fixture;
    Program& program = fixture.program();
    recordMany(program, 10000); // seq 1..10001
    AuditTrail& audit = program.auditTrail();
    const QString head = audit.headHash();

    const ChainVerification intact = audit.verify();
    CHECK(intact.intact);
    CHECK(intact.eventsChecked == 10001);
    CHECK(intact.headHash == head);

    for (const qint64 seq : {qint64(4096), qint64(4097), qint64(8193), qint64(10001)}) {
        INFO("event " << seq);
        Transaction tx(program.database());
        program.database().exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_event_no_update"));
        program.database().exec(
            QStringLiteral("UPDATE audit_event SET actor = 'Mallory' WHERE seq = %1").arg(seq));
        const ChainVerification broken = audit.verify();
        CHECK_FALSE(broken.intact);
        CHECK(broken.problem == ChainVerification::Problem::ContentChanged);
        CHECK(broken.firstBrokenSeq == seq);
        CHECK(broken.eventsChecked == seq - 1);
        // The head reached is the last event checked, whole after its batch.
        CHECK(broken.headHash == eventAt(audit, seq - 1).hash);
    }
    CHECK(audit.verify().intact);
}

TEST_CASE("Events store non-ASCII text and canonical JSON", "[audit][trail]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    const QJsonObject after{
        {QStringLiteral("zeta"), QStringLiteral("Zoë 東京 🔒")},
        {QStringLiteral("alpha"), 1},
        {QStringLiteral("nested"),
         QJsonObject{{QStringLiteral("b"), true}, {QStringLiteral("a"), QJsonValue()}}}};
    record(program, QStringLiteral("Zoë Ångström"), QStringLiteral("created"),
           QStringLiteral("risk"), QStringLiteral("R-ü"), {}, after);
    const AuditEvent event = eventAt(fixture.reopen().auditTrail(), 2);
    CHECK(event.actor == QStringLiteral("Zoë Ångström"));
    CHECK(event.recordId == QStringLiteral("R-ü"));
    CHECK(event.after ==
          QStringLiteral("{\"alpha\":1,\"nested\":{\"a\":null,\"b\":true},\"zeta\":\"Zoë 東京 🔒\"}")
              .toUtf8());
    CHECK(fixture.program().auditTrail().verify().intact);
}

TEST_CASE("Triggers refuse to update or delete audit events", "[audit][trail]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    recordMany(program, 3);
    Database& db = program.database();
    const QString head = program.auditTrail().headHash();

    CHECK_THROWS_AS(
        db.exec(QStringLiteral("UPDATE audit_event SET actor = 'Mallory' WHERE seq = 2")),
        StorageError);
    CHECK_THROWS_AS(db.exec(QStringLiteral("UPDATE audit_event SET hash = hash")), StorageError);
    CHECK_THROWS_AS(db.exec(QStringLiteral("DELETE FROM audit_event WHERE seq = 4")), StorageError);
    CHECK_THROWS_AS(db.exec(QStringLiteral("DELETE FROM audit_event")), StorageError);
    try {
        db.exec(QStringLiteral("DELETE FROM audit_event WHERE seq = 1"));
        FAIL("an audit event was deleted");
    } catch (const StorageError& e) {
        CHECK(e.message().contains(QStringLiteral("immutable")));
    }
    // A transaction that tries it rolls back as a whole.
    const Result<void> refused = program.transact(QStringLiteral("tamper"), [&](AuditTrail& audit) {
        audit.record(QStringLiteral("Mallory"), QStringLiteral("covered"), QStringLiteral("risk"),
                     QStringLiteral("R-1"));
        program.database().exec(
            QStringLiteral("UPDATE audit_event SET actor = 'Mallory' WHERE seq = 1"));
    });
    CHECK_FALSE(refused.ok());

    CHECK(program.auditTrail().count() == 4);
    CHECK(program.auditTrail().headHash() == head);
    CHECK(eventAt(program.auditTrail(), 2).actor == QStringLiteral("Dana Whitfield"));
    CHECK(program.auditTrail().verify().intact);
}

TEST_CASE("verify names the first broken link", "[audit][trail]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    recordMany(program, 9); // seq 1..10
    Database& db = program.database();
    const qint64 k = 5;
    // Each tampering happens inside a transaction that is never committed, so
    // the next one starts again from the intact chain.
    const auto tampered = [&](const char* what, const std::function<void()>& change) {
        INFO(what);
        Transaction tx(db);
        change();
    };

    tampered("a changed field is ContentChanged at that event", [&] {
        db.exec(QStringLiteral("DROP TRIGGER audit_event_no_update"));
        db.exec(QStringLiteral("UPDATE audit_event SET after_json = '{\"n\":999}' WHERE seq = %1")
                    .arg(k));
        const ChainVerification result = program.auditTrail().verify();
        CHECK_FALSE(result.intact);
        CHECK(result.firstBrokenSeq == k);
        CHECK(result.problem == ChainVerification::Problem::ContentChanged);
        CHECK(result.eventsChecked == k - 1);
        CHECK(result.describe().contains(QStringLiteral("event 5")));
    });
    tampered("a changed timestamp is ContentChanged at that event", [&] {
        db.exec(QStringLiteral("DROP TRIGGER audit_event_no_update"));
        db.exec(
            QStringLiteral("UPDATE audit_event SET at = '2020-01-01T00:00:00.000Z' WHERE seq = %1")
                .arg(k));
        const ChainVerification result = program.auditTrail().verify();
        CHECK(result.firstBrokenSeq == k);
        CHECK(result.problem == ChainVerification::Problem::ContentChanged);
    });
    tampered("a changed previous hash is LinkBroken at that event", [&] {
        db.exec(QStringLiteral("DROP TRIGGER audit_event_no_update"));
        db.exec(QStringLiteral("UPDATE audit_event SET prev_hash = '%1' WHERE seq = %2")
                    .arg(QString(64, QLatin1Char('f')))
                    .arg(k));
        const ChainVerification result = program.auditTrail().verify();
        CHECK_FALSE(result.intact);
        CHECK(result.firstBrokenSeq == k);
        CHECK(result.problem == ChainVerification::Problem::LinkBroken);
    });
    tampered("a deleted event is a Gap at the next event", [&] {
        db.exec(QStringLiteral("DROP TRIGGER audit_event_no_delete"));
        db.exec(QStringLiteral("DELETE FROM audit_event WHERE seq = %1").arg(k));
        const ChainVerification result = program.auditTrail().verify();
        CHECK_FALSE(result.intact);
        CHECK(result.firstBrokenSeq == k + 1);
        CHECK(result.problem == ChainVerification::Problem::Gap);
        CHECK(result.eventsChecked == k - 1);
    });
    tampered("a deleted first event is a Gap at event 2", [&] {
        db.exec(QStringLiteral("DROP TRIGGER audit_event_no_delete"));
        db.exec(QStringLiteral("DELETE FROM audit_event WHERE seq = 1"));
        const ChainVerification result = program.auditTrail().verify();
        CHECK(result.firstBrokenSeq == 2);
        CHECK(result.problem == ChainVerification::Problem::Gap);
    });
    tampered("a forged event with a recomputed hash breaks the link to the next event", [&] {
        AuditEvent forged = eventAt(program.auditTrail(), k);
        forged.actor = QStringLiteral("Mallory");
        forged.after = QByteArrayLiteral("{\"n\":0}");
        forged.hash = AuditHasher::hash(forged);
        db.exec(QStringLiteral("DROP TRIGGER audit_event_no_update"));
        Statement update = db.prepare(QStringLiteral(
            "UPDATE audit_event SET actor = ?1, after_json = ?2, hash = ?3 WHERE seq = ?4"));
        update.bind(1, forged.actor)
            .bind(2, QString::fromUtf8(forged.after))
            .bind(3, forged.hash)
            .bind(4, k);
        update.exec();
        REQUIRE(db.changes() == 1);

        const ChainVerification result = program.auditTrail().verify();
        CHECK_FALSE(result.intact);
        CHECK(result.firstBrokenSeq == k + 1);
        CHECK(result.problem == ChainVerification::Problem::LinkBroken);
        CHECK(result.eventsChecked == k);
    });
    tampered("the integrity check reports the broken chain", [&] {
        db.exec(QStringLiteral("DROP TRIGGER audit_event_no_update"));
        db.exec(QStringLiteral("UPDATE audit_event SET actor = 'Mallory' WHERE seq = %1").arg(k));
        const IntegrityReport report = program.check();
        REQUIRE_FALSE(report.ok());
        bool named = false;
        for (const IntegrityReport::Finding& finding : report.findings) {
            if (finding.check == QStringLiteral("audit_chain") &&
                finding.message.contains(QStringLiteral("event 5")))
                named = true;
        }
        CHECK(named);
        CHECK(report.chain.firstBrokenSeq == k);
    });
    // Nothing of the tampering was committed.
    CHECK(program.auditTrail().count() == 10);
    CHECK(program.auditTrail().verify().intact);
    CHECK(program.check().ok());
}

TEST_CASE("AuditQuery filters by text, actor, action, entity, dates and position", "[audit][query]")
{
    TemporaryProgram fixture; // event 1: Dana Whitfield created program, 2026-03-01 09:00 UTC
    Program& program = fixture.program();
    FixedClock& clock = fixture.clock();
    const QString dana = QStringLiteral("Dana Whitfield");
    const QString sam = QStringLiteral("Sam Ortiz");
    const QString created = QStringLiteral("created");

    clock.set(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    record(program, dana, created, QStringLiteral("risk"), QStringLiteral("R-1"), {},
           {{QStringLiteral("title"), QStringLiteral("Unencrypted laptops")}});
    clock.set(QDateTime(QDate(2026, 3, 3), QTime(11, 0), Qt::UTC));
    record(program, sam, QStringLiteral("updated"), QStringLiteral("risk"), QStringLiteral("R-1"),
           {{QStringLiteral("title"), QStringLiteral("Unencrypted laptops")}},
           {{QStringLiteral("title"), QStringLiteral("Unencrypted laptops in Billing")}});
    clock.set(QDateTime(QDate(2026, 3, 5), QTime(23, 59, 59, 999), Qt::UTC));
    record(program, sam, created, QStringLiteral("vendor"), QStringLiteral("V-9"), {},
           {{QStringLiteral("name"), QStringLiteral("Acme Shredding")}});
    clock.set(QDateTime(QDate(2026, 3, 6), QTime(0, 0), Qt::UTC));
    record(program, QStringLiteral("Lee Park"), QStringLiteral("deleted"), QStringLiteral("vendor"),
           QStringLiteral("V-9"), {{QStringLiteral("name"), QStringLiteral("Acme Shredding")}}, {});
    const AuditTrail& audit = program.auditTrail();
    REQUIRE(audit.count() == 5);

    const auto find = [&](auto&& setUp) {
        AuditQuery query;
        setUp(query);
        return seqs(audit.events(query));
    };
    using Seqs = std::vector<qint64>;

    CHECK(find([](AuditQuery&) {}) == Seqs{1, 2, 3, 4, 5});
    // Text: case-insensitive, in any field including before/after JSON.
    CHECK(find([](AuditQuery& q) { q.text = QStringLiteral("SHREDDING"); }) == Seqs{4, 5});
    CHECK(find([](AuditQuery& q) { q.text = QStringLiteral("billing"); }) == Seqs{3});
    CHECK(find([](AuditQuery& q) { q.text = QStringLiteral("sam"); }) == Seqs{3, 4});
    CHECK(find([](AuditQuery& q) { q.text = QStringLiteral("v-9"); }) == Seqs{4, 5});
    CHECK(find([](AuditQuery& q) { q.text = QStringLiteral("no such words"); }).empty());
    // Actor, action and entity match exactly.
    CHECK(find([&](AuditQuery& q) { q.actor = sam; }) == Seqs{3, 4});
    CHECK(find([](AuditQuery& q) { q.actor = QStringLiteral("sam ortiz"); }).empty());
    CHECK(find([&](AuditQuery& q) { q.action = created; }) == Seqs{1, 2, 4});
    CHECK(find([](AuditQuery& q) { q.entity = QStringLiteral("vendor"); }) == Seqs{4, 5});
    CHECK(find([](AuditQuery& q) { q.entity = QStringLiteral("vend"); }).empty());
    CHECK(find([&](AuditQuery& q) {
              q.entity = QStringLiteral("risk");
              q.actor = sam;
          }) == Seqs{3});
    // Dates are inclusive at both ends, in UTC.
    CHECK(find([](AuditQuery& q) { q.from = QDate(2026, 3, 3); }) == Seqs{3, 4, 5});
    CHECK(find([](AuditQuery& q) { q.to = QDate(2026, 3, 5); }) == Seqs{1, 2, 3, 4});
    CHECK(find([](AuditQuery& q) {
              q.from = QDate(2026, 3, 5);
              q.to = QDate(2026, 3, 5);
          }) == Seqs{4});
    CHECK(find([](AuditQuery& q) {
              q.from = QDate(2026, 3, 4);
              q.to = QDate(2026, 3, 4);
          }).empty());
    // Limit and afterSeq page through the trail.
    CHECK(find([](AuditQuery& q) { q.limit = 2; }) == Seqs{1, 2});
    CHECK(find([](AuditQuery& q) { q.limit = 0; }).empty());
    CHECK(find([](AuditQuery& q) { q.afterSeq = 3; }) == Seqs{4, 5});
    CHECK(find([](AuditQuery& q) {
              q.afterSeq = 1;
              q.limit = 2;
          }) == Seqs{2, 3});
    CHECK(find([&](AuditQuery& q) {
              q.action = created;
              q.afterSeq = 1;
              q.limit = 1;
          }) == Seqs{2});

    CHECK(audit.actors() == QStringList{dana, QStringLiteral("Lee Park"), sam});
    CHECK(audit.actions() ==
          QStringList{created, QStringLiteral("deleted"), QStringLiteral("updated")});
    CHECK(audit.entities() ==
          QStringList{QStringLiteral("program"), QStringLiteral("risk"), QStringLiteral("vendor")});

    const std::vector<AuditEvent> fourth = audit.events([] {
        AuditQuery q;
        q.afterSeq = 3;
        q.limit = 1;
        return q;
    }());
    REQUIRE(fourth.size() == 1);
    CHECK(fourth.front().at == QDateTime(QDate(2026, 3, 5), QTime(23, 59, 59, 999), Qt::UTC));
    CHECK(fourth.front().at.timeSpec() == Qt::UTC);
}
