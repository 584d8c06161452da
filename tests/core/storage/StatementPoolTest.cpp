#include "core/storage/Database.h"
#include "core/storage/Vault.h"
#include "core/util/SecretBuffer.h"

#define SQLITE_HAS_CODEC 1
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>
#include <sqlcipher/sqlite3.h>

using namespace palisade;

namespace {

// Statements the connection holds prepared, in use or kept for reuse.
int preparedStatements(const Database& db)
{
    int count = 0;
    for (sqlite3_stmt* stmt = sqlite3_next_stmt(db.handle(), nullptr); stmt != nullptr;
         stmt = sqlite3_next_stmt(db.handle(), stmt))
        ++count;
    return count;
}

qint64 runOnce(Database& db, const QString& sql)
{
    Statement stmt = db.prepare(sql);
    REQUIRE(stmt.step());
    return stmt.int64(0);
}

} // namespace

TEST_CASE("Statement reuse keeps a statement run again, even after many run only once",
          "[storage][statement]")
{
    QTemporaryDir dir;
    Result<Database> created =
        Vault().create(dir.filePath(QStringLiteral("pool.palisade")),
                       SecretBuffer::fromString(QStringLiteral("statement pool passphrase")));
    REQUIRE(created.ok());
    Database& db = created.value();
    db.setStatementReuse(true);
    const int before = preparedStatements(db);

    const QString repeated = QStringLiteral("SELECT 41 + 1");
    CHECK(runOnce(db, repeated) == 42);
    CHECK(preparedStatements(db) == before + 1);
    CHECK(runOnce(db, repeated) == 42);
    CHECK(preparedStatements(db) == before + 1); // the kept one, not a second

    // Queries built with their values, each run once: the pool stays bounded.
    int most = 0;
    for (int i = 0; i < 1500; ++i) {
        CHECK(runOnce(db, QStringLiteral("SELECT %1").arg(i)) == i);
        most = std::max(most, preparedStatements(db));
    }
    CHECK(most <= before + 512);

    // Afterwards a statement first run now is still kept and taken back:
    // preparing it a second time makes no new statement.
    const QString later = QStringLiteral("SELECT 6 * 7");
    CHECK(runOnce(db, later) == 42);
    const int kept = preparedStatements(db);
    {
        Statement again = db.prepare(later);
        CHECK(preparedStatements(db) == kept);
        REQUIRE(again.step());
        CHECK(again.int64(0) == 42);
    }

    db.setStatementReuse(false);
    CHECK(preparedStatements(db) == before);
}
