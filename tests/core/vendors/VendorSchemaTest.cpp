#include "core/storage/Database.h"
#include "core/storage/Migration.h"
#include "core/storage/Vault.h"
#include "core/util/SecretBuffer.h"
#include "tests/core/CatchQtStrings.h"

#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

TEST_CASE("A risk-register file gains the vendor tables and keeps its assets",
          "[vendors][storage][migrator]")
{
    std::vector<Migration> all = bundledMigrations();
    REQUIRE(all.size() >= 3);
    REQUIRE(all[2].name.contains(QStringLiteral("vendors")));
    const std::vector<Migration> riskRegister(all.begin(), all.begin() + 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.palisade"));
    const SecretBuffer passphrase =
        SecretBuffer::fromString(QStringLiteral("vendor schema passphrase"));
    {
        Result<Database> created = Vault(CipherSettings{}, riskRegister).create(path, passphrase);
        REQUIRE(created.ok());
        created->exec(QStringLiteral(
            "INSERT INTO asset (name, kind, owner, vendor_id, created_at, updated_at) VALUES "
            "('Claims SFTP', 'cloud_service', 'Billing', NULL, '2026-01-01T00:00:00.000Z', "
            "'2026-01-01T00:00:00.000Z')"));
    }
    Result<Database> upgraded = Vault(CipherSettings{}, all).unlock(path, passphrase);
    REQUIRE(upgraded.ok());
    Database& db = *upgraded;
    CHECK(db.scalarInt(QStringLiteral("PRAGMA user_version")) == all.back().version);
    CHECK(db.scalar(QStringLiteral("SELECT name FROM asset")) == QStringLiteral("Claims SFTP"));
    CHECK(db.scalarInt(QStringLiteral(
              "SELECT count(*) FROM pragma_table_info('asset') WHERE name = 'vendor_id'")) == 0);
    for (const QString& table :
         {QStringLiteral("counterparty"), QStringLiteral("counterparty_asset"),
          QStringLiteral("agreement"), QStringLiteral("agreement_provision"),
          QStringLiteral("agreement_document")}) {
        INFO(table.toStdString());
        CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                               .arg(table)) == 1);
    }
}
