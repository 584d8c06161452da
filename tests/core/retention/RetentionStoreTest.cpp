#include "core/retention/RetentionStore.h"

#include "core/retention/RecordTypes.h"
#include "core/storage/Migration.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"
#include "core/storage/Vault.h"
#include "core/util/SecretBuffer.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/retention/RetentionSamples.h"

#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

qint64 count(Database& db, const QString& sql)
{
    return db.scalarInt(sql);
}

Disposal logRow(const QString& type, qint64 id)
{
    Disposal disposal;
    disposal.recordType = type;
    disposal.recordId = id;
    disposal.label = QStringLiteral("SEC-009 Fax handling, revision 1");
    disposal.retainUntil = QDate(2026, 6, 30);
    disposal.contentSha256 = QString(64, QLatin1Char('a'));
    disposal.disposedAt = QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
    disposal.disposedBy = QStringLiteral("Dana Whitfield");
    return disposal;
}

} // namespace

TEST_CASE("An approved revision and its approvals go only in a disposal under way",
          "[retention][schema]")
{
    TemporaryProgram fixture;
    Database& db = fixture.program().database();
    const qint64 policy =
        insertPolicy(db, QStringLiteral("SEC-009"), QStringLiteral("Fax handling"),
                     QStringLiteral("2019-01-10T09:00:00.000Z"));
    const qint64 revision =
        insertRevision(db, policy, 1, QStringLiteral("superseded"), QStringLiteral("2019-01-10"),
                       QStringLiteral("2020-06-30"));
    REQUIRE(count(db, QStringLiteral("SELECT count(*) FROM policy_approval")) == 1);
    const qint64 draft =
        insertRevision(db, policy, 2, QStringLiteral("draft"), QStringLiteral("2020-07-01"));
    const QString deleteRevision =
        QStringLiteral("DELETE FROM policy_revision WHERE id = %1").arg(revision);
    const QString deleteApprovals =
        QStringLiteral("DELETE FROM policy_approval WHERE revision_id = %1").arg(revision);

    // A draft goes freely; an approved revision and its approvals do not.
    db.exec(QStringLiteral("DELETE FROM policy_revision WHERE id = %1").arg(draft));
    CHECK_THROWS_AS(db.exec(deleteRevision), StorageError);
    CHECK_THROWS_AS(db.exec(deleteApprovals), StorageError);

    RetentionStore store(db);
    const RecordRef ref{recordtype::policyRevision(), revision};
    {
        // A log row alone is not enough: a later revision reusing the id would go too.
        Transaction tx(db);
        Disposal disposal = logRow(ref.type, ref.id);
        store.insert(disposal);
        CHECK_THROWS_AS(db.exec(deleteRevision), StorageError);
        store.disposing(ref);
        db.exec(deleteApprovals);
        db.exec(deleteRevision);
        store.done(ref);
        tx.commit();
    }
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM policy_revision")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM policy_approval")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM retention_disposing")) == 0);
    REQUIRE(store.disposals().size() == 1);
    CHECK(store.disposals().front().record() == ref);

    // Once the disposal is over, a revision that takes the freed id is protected again.
    const qint64 reused =
        insertRevision(db, policy, 3, QStringLiteral("effective"), QStringLiteral("2021-01-01"));
    CHECK(reused == revision);
    CHECK_THROWS_AS(
        db.exec(QStringLiteral("DELETE FROM policy_revision WHERE id = %1").arg(reused)),
        StorageError);
}

TEST_CASE("The disposal log is append-only and holds are released once", "[retention][schema]")
{
    TemporaryProgram fixture;
    Database& db = fixture.program().database();
    RetentionStore store(db);
    Disposal disposal = logRow(recordtype::risk(), 4);
    store.insert(disposal);
    CHECK(disposal.id > 0);
    CHECK_THROWS_AS(db.exec(QStringLiteral("UPDATE retention_disposal SET label = 'x'")),
                    StorageError);
    CHECK_THROWS_AS(db.exec(QStringLiteral("DELETE FROM retention_disposal")), StorageError);
    CHECK(store.disposals() == std::vector<Disposal>{disposal});

    LegalHold hold;
    hold.recordType = recordtype::agreement();
    hold.reason = QStringLiteral("Subpoena 24-118");
    hold.placedBy = QStringLiteral("Dana Whitfield");
    hold.placedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    store.insert(hold);
    REQUIRE(store.hold(hold.id).has_value());
    CHECK(store.hold(hold.id)->coversEveryRecord());
    CHECK(*store.hold(hold.id) == hold);
    CHECK_THROWS_AS(db.exec(QStringLiteral("DELETE FROM legal_hold")), StorageError);
    CHECK_THROWS_AS(db.exec(QStringLiteral("UPDATE legal_hold SET reason = 'changed'")),
                    StorageError);

    LegalHold released = hold;
    released.releasedBy = QStringLiteral("Dana Whitfield");
    released.releasedAt = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
    released.releaseReason = QStringLiteral("Subpoena withdrawn");
    store.release(released);
    CHECK(*store.hold(hold.id) == released);
    CHECK(store.holds(false).empty());
    CHECK(store.holds(true).size() == 1);
    CHECK_THROWS_AS(store.release(released), StorageError);
}

TEST_CASE("Upgrading to schema 5 gives closed risks their closing day", "[retention][schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema4.palisade"));
    const SecretBuffer passphrase = SecretBuffer::fromString(fixturePassphrase());
    std::vector<Migration> all = bundledMigrations();
    REQUIRE(all.size() >= 5);
    REQUIRE(all[4].name.contains(QStringLiteral("retention")));
    const std::vector<Migration> upToFour(all.begin(), all.begin() + 4);
    {
        Result<Database> old = Vault(CipherSettings{}, upToFour).create(path, passphrase);
        REQUIRE(old.ok());
        const QString insert = QStringLiteral(
            "INSERT INTO risk (title, likelihood, impact, treatment, owner, status, "
            "identified_on, last_assessed_on, next_reassessment_on, created_at, updated_at) "
            "VALUES ('%1', 'high', 'high', 'mitigate', 'IT', '%2', '2019-01-01', '2019-01-01', "
            "'2020-01-01', '2019-01-01T09:00:00.000Z', '2019-09-30T22:00:00.000Z')");
        old->exec(insert.arg(QStringLiteral("Closed before schema 5"), QStringLiteral("closed")));
        old->exec(insert.arg(QStringLiteral("Still open"), QStringLiteral("identified")));
    }
    Result<Database> upgraded = Vault(CipherSettings{}, all).unlock(path, passphrase);
    REQUIRE(upgraded.ok());
    Database& db = upgraded.value();
    CHECK(db.column(QStringLiteral("SELECT ifnull(closed_on, '-') FROM risk ORDER BY id")) ==
          QStringList{QStringLiteral("2019-09-30"), QStringLiteral("-")});
    const std::optional<RetentionRecord> closed =
        RetentionStore(db).find(RecordRef{recordtype::risk(), 1});
    REQUIRE(closed.has_value());
    CHECK(closed->lastInEffectOn == QDate(2019, 9, 30));
    CHECK(closed->retainUntil() == QDate(2025, 9, 30));
    CHECK(RetentionStore(db).find(RecordRef{recordtype::risk(), 2})->inEffect);
}
