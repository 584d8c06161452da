#include "core/audit/AuditHasher.h"
#include "core/audit/AuditTrail.h"
#include "core/audit/RedactionMarker.h"
#include "core/policies/PolicyRegister.h"
#include "core/program/Program.h"
#include "core/retention/RecordTypes.h"
#include "core/retention/RetentionRegister.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"
#include "core/storage/Vault.h"
#include "core/util/SecretBuffer.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/policies/PolicySamples.h"
#include "tests/support/FixedClock.h"
#include "tests/support/TemporaryProgram.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

const QString actor = QStringLiteral("Dana Whitfield");

AuditEvent record(Program& program, const QString& action, const QString& entity,
                  const QString& recordId, const QJsonObject& before, const QJsonObject& after)
{
    AuditEvent recorded;
    const Result<void> done = program.transact(QStringLiteral("test"), [&](AuditTrail& audit) {
        recorded = audit.record(actor, action, entity, recordId, before, after);
    });
    REQUIRE(done.ok());
    return recorded;
}

AuditEvent eventAt(const AuditTrail& audit, qint64 seq)
{
    AuditQuery query;
    query.afterSeq = seq - 1;
    query.limit = 1;
    const std::vector<AuditEvent> found = audit.events(query);
    REQUIRE(found.size() == 1);
    return found.front();
}

// Records what a disposal records: the event listing the redacted events,
// then the redaction, in one transaction.
AuditEvent redactSubject(Program& program, const AuditSubject& subject)
{
    AuditEvent disposal;
    const Result<void> done = program.transact(QStringLiteral("test"), [&](AuditTrail& audit) {
        const std::vector<AuditEvent> holding = audit.eventsHoldingContent({subject});
        QJsonArray listed;
        for (const AuditEvent& event : holding)
            listed.append(event.seq);
        disposal = audit.record(actor, QStringLiteral("disposed"), QStringLiteral("retention"),
                                subject.entity + QLatin1Char(':') + subject.recordId, {},
                                {{RedactionMarker::listKey(), listed}});
        audit.redact(holding, disposal.seq);
    });
    REQUIRE(done.ok());
    return disposal;
}

void setSide(Database& db, qint64 seq, const QByteArray& json)
{
    Statement update =
        db.prepare(QStringLiteral("UPDATE audit_event SET after_json = ?1 WHERE seq = ?2"));
    update.bind(1, QString::fromUtf8(json)).bind(2, seq);
    update.exec();
}

} // namespace

TEST_CASE("Redaction replaces a record's states by markers and the chain still verifies",
          "[audit][redaction]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    const QJsonObject v1{{QStringLiteral("title"), QStringLiteral("Courier van tablet")}};
    const QJsonObject v2{{QStringLiteral("title"), QStringLiteral("Courier van tablet, encrypted")}};
    const AuditEvent created = record(program, QStringLiteral("created"), QStringLiteral("asset"),
                                      QStringLiteral("7"), {}, v1);
    const AuditEvent updated = record(program, QStringLiteral("updated"), QStringLiteral("asset"),
                                      QStringLiteral("7"), v1, v2);
    const AuditEvent other = record(program, QStringLiteral("created"), QStringLiteral("asset"),
                                    QStringLiteral("8"), {}, v1);
    CHECK(created.format == 2);
    const QString headBefore = program.auditTrail().headHash();

    const AuditSubject subject{QStringLiteral("asset"), QStringLiteral("7"), {}, {}};
    REQUIRE(program.auditTrail().eventsHoldingContent({subject}).size() == 2);
    const AuditEvent disposal = redactSubject(program, subject);

    const AuditEvent createdNow = eventAt(program.auditTrail(), created.seq);
    const AuditEvent updatedNow = eventAt(program.auditTrail(), updated.seq);
    CHECK(createdNow.before == QByteArray("{}"));
    const std::optional<RedactionMarker> marker = RedactionMarker::parse(createdNow.after);
    REQUIRE(marker.has_value());
    CHECK(marker->byEvent == disposal.seq);
    CHECK(marker->sha256.toLatin1() == AuditHasher::sideDigest(created.after));
    CHECK(RedactionMarker::parse(updatedNow.before).has_value());
    CHECK(RedactionMarker::parse(updatedNow.after).has_value());
    CHECK_FALSE(updatedNow.after.contains("Courier"));
    // Hashes are untouched; the other asset keeps its content.
    CHECK(createdNow.hash == created.hash);
    CHECK(updatedNow.hash == updated.hash);
    CHECK(eventAt(program.auditTrail(), other.seq).after == other.after);
    CHECK(program.auditTrail().eventsHoldingContent({subject}).empty());
    CHECK(eventAt(program.auditTrail(), disposal.seq).prevHash == headBefore);

    const ChainVerification chain = program.auditTrail().verify();
    CHECK(chain.intact);
    CHECK(chain.redactedEvents == 2);
    CHECK(chain.eventsChecked == program.auditTrail().count());
}

TEST_CASE("The schema lets only a disposal under way redact, and only with a marker",
          "[audit][redaction][schema]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    const QJsonObject state{{QStringLiteral("name"), QStringLiteral("Billing laptop")}};
    const AuditEvent created = record(program, QStringLiteral("created"), QStringLiteral("asset"),
                                      QStringLiteral("3"), {}, state);
    const AuditEvent later = record(program, QStringLiteral("updated"), QStringLiteral("asset"),
                                    QStringLiteral("3"), state, state);
    Database& db = program.database();
    const QByteArray marker =
        RedactionMarker{later.seq, QString::fromLatin1(AuditHasher::sideDigest(created.after))}
            .toJson();

    Transaction tx(db);
    // No disposal under way.
    CHECK_THROWS_AS(setSide(db, created.seq, marker), StorageError);
    // A disposal under way for another record.
    db.exec(QStringLiteral("INSERT INTO audit_redacting VALUES ('asset', '4', %1)").arg(later.seq));
    CHECK_THROWS_AS(setSide(db, created.seq, marker), StorageError);
    db.exec(QStringLiteral("DELETE FROM audit_redacting"));
    db.exec(QStringLiteral("INSERT INTO audit_redacting VALUES ('asset', '3', %1)").arg(later.seq));
    // Text that is not a marker naming the disposal's event.
    CHECK_THROWS_AS(setSide(db, created.seq, QByteArrayLiteral("{\"name\":\"Other\"}")),
                    StorageError);
    CHECK_THROWS_AS(
        setSide(db, created.seq,
                RedactionMarker{later.seq + 1, QString(64, QLatin1Char('a'))}.toJson()),
        StorageError);
    // Any other column, even alongside a marker.
    CHECK_THROWS_AS(db.exec(QStringLiteral("UPDATE audit_event SET actor = 'Mallory', after_json "
                                           "= '%1' WHERE seq = %2")
                                .arg(QString::fromUtf8(marker))
                                .arg(created.seq)),
                    StorageError);
    // An event recorded at or after the disposal's event.
    CHECK_THROWS_AS(setSide(db, later.seq, marker), StorageError);
    // The allowed change.
    setSide(db, created.seq, marker);
    CHECK(db.changes() == 1);
    // Deleting stays refused, disposal or not.
    CHECK_THROWS_AS(db.exec(QStringLiteral("DELETE FROM audit_event WHERE seq = %1")
                                .arg(created.seq)),
                    StorageError);
}

TEST_CASE("verify reports content removed without a disposal that lists it",
          "[audit][redaction]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    const QJsonObject state{{QStringLiteral("name"), QStringLiteral("Scanner")}};
    const AuditEvent created = record(program, QStringLiteral("created"), QStringLiteral("asset"),
                                      QStringLiteral("5"), {}, state);
    const AuditEvent unrelated = record(program, QStringLiteral("updated"),
                                        QStringLiteral("program"), QStringLiteral("1"), {}, {});
    Database& db = program.database();
    const QString digest = QString::fromLatin1(AuditHasher::sideDigest(created.after));

    const auto tampered = [&](const char* what, const QByteArray& side, qint64 expectedSeq) {
        INFO(what);
        Transaction tx(db);
        db.exec(QStringLiteral("DROP TRIGGER audit_event_no_update"));
        setSide(db, created.seq, side);
        const ChainVerification result = program.auditTrail().verify();
        CHECK_FALSE(result.intact);
        CHECK(result.problem == ChainVerification::Problem::RedactionUnaccounted);
        CHECK(result.firstBrokenSeq == expectedSeq);
        CHECK(result.describe().contains(QStringLiteral("no recorded disposal")));
    };
    // The marker keeps the digest, so the hash alone would still match.
    tampered("a marker naming an event that lists nothing",
             RedactionMarker{unrelated.seq, digest}.toJson(), created.seq);
    tampered("a marker naming an event that was never recorded",
             RedactionMarker{unrelated.seq + 5, digest}.toJson(), created.seq);
    tampered("a marker naming an earlier event", RedactionMarker{1, digest}.toJson(),
             created.seq);

    CHECK(program.auditTrail().verify().intact);
}

TEST_CASE("Events recorded before format 2 keep verifying and are never redacted",
          "[audit][redaction][schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema5.palisade"));
    const SecretBuffer passphrase = SecretBuffer::fromString(fixturePassphrase());
    const std::vector<Migration> all = bundledMigrations();
    REQUIRE(all.size() >= 6);
    REQUIRE(all[5].name.contains(QStringLiteral("audit")));
    const std::vector<Migration> upToFive(all.begin(), all.begin() + 5);

    // An event as schema 5 recorded it: format 1, hashed over its JSON.
    AuditEvent old;
    old.format = 1;
    old.seq = 1;
    old.at = QDateTime(QDate(2024, 2, 29), QTime(10, 0), Qt::UTC);
    old.actor = actor;
    old.action = QStringLiteral("created");
    old.entity = QStringLiteral("asset");
    old.recordId = QStringLiteral("1");
    old.before = QByteArrayLiteral("{}");
    old.after = QByteArrayLiteral("{\"name\":\"Front desk PC\"}");
    old.prevHash = AuditHasher::genesisHash();
    old.hash = AuditHasher::hash(old);
    {
        Result<Database> created = Vault(CipherSettings{}, upToFive).create(path, passphrase);
        REQUIRE(created.ok());
        Statement insert = created->prepare(QStringLiteral(
            "INSERT INTO audit_event (seq, at, actor, action, entity, record_id, before_json, "
            "after_json, prev_hash, hash) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
        insert.bind(1, AuditHasher::timestamp(old.at))
            .bind(2, old.actor)
            .bind(3, old.action)
            .bind(4, old.entity)
            .bind(5, old.recordId)
            .bind(6, QString::fromUtf8(old.before))
            .bind(7, QString::fromUtf8(old.after))
            .bind(8, old.prevHash)
            .bind(9, old.hash);
        insert.exec();
    }

    Result<Database> upgraded = Vault(CipherSettings{}, all).unlock(path, passphrase);
    REQUIRE(upgraded.ok());
    Database& db = upgraded.value();
    FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    AuditTrail audit(db, clock);
    CHECK(eventAt(audit, 1).format == 1);
    CHECK(eventAt(audit, 1).hash == old.hash);

    const AuditSubject subject{QStringLiteral("asset"), QStringLiteral("1"), {}, {}};
    {
        Transaction tx(db);
        const std::vector<AuditEvent> holding = audit.eventsHoldingContent({subject});
        REQUIRE(holding.size() == 1);
        const AuditEvent disposal =
            audit.record(actor, QStringLiteral("disposed"), QStringLiteral("retention"),
                         QStringLiteral("asset:1"), {}, {});
        CHECK(disposal.format == 2);
        audit.redact(holding, disposal.seq);
        tx.commit();
    }
    // Left as it was: redacting it would break its hash.
    CHECK(eventAt(audit, 1).after == old.after);
    // And the schema refuses it too.
    db.exec(QStringLiteral("INSERT INTO audit_redacting VALUES ('asset', '1', 2)"));
    CHECK_THROWS_AS(setSide(db, 1, RedactionMarker{2, QString::fromLatin1(
                                                          AuditHasher::sideDigest(old.after))}
                                       .toJson()),
                    StorageError);
    db.exec(QStringLiteral("DELETE FROM audit_redacting"));
    const ChainVerification chain = audit.verify();
    CHECK(chain.intact);
    CHECK(chain.eventsChecked == 2);
}

TEST_CASE("Disposing of a policy revision redacts its approvals, withdrawn ones too",
          "[audit][redaction][retention]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    PolicyRegister& policies = program.policies();
    fixture.clock().set(QDateTime(QDate(2018, 3, 1), QTime(9, 0), Qt::UTC));

    const Policy added =
        policies.add(accessControlPolicy(), QStringLiteral("First words.")).value();
    const qint64 first = policies.revisions(added.id)->front().id;
    // One sign-off, withdrawn when the revision goes back to draft, then both.
    REQUIRE(policies.submitForReview(first).ok());
    REQUIRE(policies
                .recordApproval(first, approvalBy(QStringLiteral("Wilhelmina Okafor-Strand"),
                                                  QStringLiteral("Privacy Officer"),
                                                  QDate(2018, 3, 1)))
                .ok());
    REQUIRE(policies.returnToDraft(first, QStringLiteral("Wrong scope")).ok());
    approveRevision(policies, first, QDate(2018, 3, 1));
    REQUIRE(policies.makeEffective(first, QDate(2018, 3, 2)).ok());

    fixture.clock().set(QDateTime(QDate(2019, 5, 1), QTime(9, 0), Qt::UTC));
    const qint64 second = policies.addRevision(added.id)->id;
    PolicyRevision draft = policies.revision(second).value();
    draft.changeSummary = QStringLiteral("Clarified the appeal steps");
    REQUIRE(policies.updateDraft(draft).ok());
    approveRevision(policies, second, QDate(2019, 5, 1));
    REQUIRE(policies.makeEffective(second, QDate(2019, 5, 1)).ok());

    AuditQuery approvals;
    approvals.entity = QStringLiteral("policy_approval");
    approvals.text = QStringLiteral("Okafor-Strand");
    // Recorded, then withdrawn.
    REQUIRE(program.auditTrail().events(approvals).size() == 2);

    // Superseded on 1 May 2019: kept through 1 May 2025.
    fixture.clock().set(QDateTime(QDate(2025, 5, 2), QTime(9, 0), Qt::UTC));
    REQUIRE(program.retention().dispose(recordtype::policyRevision(), first).ok());
    CHECK(program.auditTrail().events(approvals).empty());
    AuditQuery revisionEvents;
    revisionEvents.entity = QStringLiteral("policy_revision");
    revisionEvents.recordId = QString::number(first);
    for (const AuditEvent& event : program.auditTrail().events(revisionEvents)) {
        INFO(event.seq << " " << event.action.toStdString());
        CHECK_FALSE(event.after.contains("First words"));
        CHECK_FALSE(event.before.contains("First words"));
    }
    // The revision in effect keeps its history.
    AuditQuery current;
    current.entity = QStringLiteral("policy_revision");
    current.recordId = QString::number(second);
    current.text = QStringLiteral("Clarified the appeal steps");
    CHECK_FALSE(program.auditTrail().events(current).empty());
    CHECK(program.auditTrail().verify().intact);
}
