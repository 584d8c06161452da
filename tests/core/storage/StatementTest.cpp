#include "core/storage/Statement.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/Vault.h"
#include "core/util/SecretBuffer.h"
#include "tests/core/CatchQtStrings.h"

#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>
#include <limits>

using namespace palisade;

TEST_CASE("Statement binds and reads values of every type", "[storage][statement]")
{
    QTemporaryDir dir;
    Result<Database> created =
        Vault().create(dir.filePath(QStringLiteral("stmt.palisade")),
                       SecretBuffer::fromString(QStringLiteral("statement test passphrase")));
    REQUIRE(created.ok());
    Database& db = created.value();
    db.exec(QStringLiteral(
        "CREATE TABLE value (id INTEGER PRIMARY KEY, t TEXT, i INTEGER, r REAL, b BLOB)"));
    Statement insert = db.prepare(
        QStringLiteral("INSERT INTO value (id, t, i, r, b) VALUES (?1, ?2, ?3, ?4, ?5)"));
    Statement select = db.prepare(QStringLiteral("SELECT t, i, r, b FROM value WHERE id = ?1"));

    SECTION("text including non-ASCII, and integers, reals and blobs")
    {
        const QString text = QStringLiteral("Zoë Ångström — 東京 clinic 🔒 \"quoted\" 'single'");
        QByteArray blob("\x00\x01\xff\xfe binary \x00 tail", 18);
        insert.bind(1, 1)
            .bind(2, text)
            .bind(3, std::numeric_limits<qint64>::max())
            .bind(4, 2.5)
            .bindBlob(5, blob);
        insert.exec();
        insert.bind(1, 2)
            .bind(2, QStringLiteral("second"))
            .bind(3, std::numeric_limits<qint64>::min())
            .bind(4, -0.125)
            .bindBlob(5, QByteArray(5000, 'z'));
        insert.exec();

        select.bind(1, 1);
        REQUIRE(select.step());
        CHECK(select.columnCount() == 4);
        CHECK(select.text(0) == text);
        CHECK(select.int64(1) == std::numeric_limits<qint64>::max());
        CHECK(select.real(2) == 2.5);
        CHECK(select.blob(3) == blob);
        CHECK(select.blob(3).size() == 18);
        CHECK_FALSE(select.isNull(0));
        CHECK(select.optionalText(0) == std::optional<QString>(text));
        CHECK_FALSE(select.step());

        select.reset();
        select.bind(1, 2);
        REQUIRE(select.step());
        CHECK(select.text(0) == QStringLiteral("second"));
        CHECK(select.int64(1) == std::numeric_limits<qint64>::min());
        CHECK(select.real(2) == -0.125);
        CHECK(select.blob(3) == QByteArray(5000, 'z'));
    }
    SECTION("NULL and empty values stay distinct")
    {
        insert.bind(1, 1).bindNull(2).bindNull(3).bindNull(4).bindNull(5);
        insert.exec();
        insert.bind(1, 2)
            .bind(2, std::optional<QString>())
            .bind(3, 0)
            .bind(4, 0.0)
            .bindBlob(5, QByteArray());
        insert.exec();
        insert.bind(1, 3).bind(2, QString()).bind(3, 7);
        insert.exec();
        insert.bind(1, 4).bind(2, std::optional<QString>(QStringLiteral("present")));
        insert.exec();

        select.bind(1, 1);
        REQUIRE(select.step());
        for (int column = 0; column < 4; ++column)
            CHECK(select.isNull(column));
        CHECK(select.optionalText(0) == std::nullopt);
        CHECK(select.text(0).isNull());
        CHECK(select.blob(3).isEmpty());

        select.reset();
        select.bind(1, 2);
        REQUIRE(select.step());
        CHECK(select.isNull(0));
        CHECK_FALSE(select.isNull(1));
        CHECK(select.int64(1) == 0);

        select.reset();
        select.bind(1, 3);
        REQUIRE(select.step());
        // An empty QString is stored as empty text, not NULL.
        CHECK_FALSE(select.isNull(0));
        CHECK(select.optionalText(0) == std::optional<QString>(QString()));
        CHECK(select.int64(1) == 7);
        // reset() cleared the earlier bindings, so unbound parameters were NULL.
        CHECK(select.isNull(2));

        select.reset();
        select.bind(1, 4);
        REQUIRE(select.step());
        CHECK(select.optionalText(0) == std::optional<QString>(QStringLiteral("present")));
    }
    SECTION("long text, broken surrogates and text given as UTF-8")
    {
        // Longer than the encoder's stack buffer, and with a lone surrogate,
        // which UTF-8 cannot carry: it is stored as U+FFFD, the replacement
        // character, so the loss shows.
        const QString longText = QString(3000, QChar(0x6771)) + QStringLiteral(" end");
        const QString broken = QStringLiteral("before ") + QChar(0xD800) + QStringLiteral(" after");
        insert.bind(1, 1).bind(2, longText);
        insert.exec();
        insert.bind(1, 2).bind(2, broken);
        insert.exec();
        insert.bind(1, 3).bindUtf8(2, QStringLiteral("Zoë 🔒").toUtf8());
        insert.exec();
        insert.bind(1, 4).bindUtf8(2, QByteArray());
        insert.exec();

        const auto textOf = [&](int id) {
            select.reset();
            select.bind(1, id);
            REQUIRE(select.step());
            return select.optionalText(0);
        };
        CHECK(textOf(1) == std::optional<QString>(longText));
        CHECK(textOf(2) == std::optional<QString>(QStringLiteral("before \uFFFD after")));
        CHECK(textOf(3) == std::optional<QString>(QStringLiteral("Zoë 🔒")));
        CHECK(textOf(4) == std::optional<QString>(QString()));
    }
    SECTION("named parameters")
    {
        Statement named =
            db.prepare(QStringLiteral("INSERT INTO value (id, t) VALUES (:id, :text)"));
        CHECK(named.parameterIndex(QStringLiteral(":id")) == 1);
        CHECK(named.parameterIndex(QStringLiteral(":text")) == 2);
        CHECK(named.parameterIndex(QStringLiteral(":missing")) == 0);
        named.bind(named.parameterIndex(QStringLiteral(":text")), QStringLiteral("by name"))
            .bind(named.parameterIndex(QStringLiteral(":id")), 42);
        named.exec();
        CHECK(db.scalar(QStringLiteral("SELECT t FROM value WHERE id = 42")) ==
              QStringLiteral("by name"));
        CHECK(named.sql().contains(QStringLiteral(":text")));
    }
    SECTION("a failing step throws and the statement can be reused")
    {
        insert.bind(1, 1).bind(2, QStringLiteral("first"));
        insert.exec();
        insert.bind(1, 1).bind(2, QStringLiteral("duplicate"));
        CHECK_THROWS_AS(insert.exec(), StorageError);
        insert.reset();
        insert.bind(1, 2).bind(2, QStringLiteral("second"));
        insert.exec();
        CHECK(db.column(QStringLiteral("SELECT t FROM value ORDER BY id")) ==
              QStringList{QStringLiteral("first"), QStringLiteral("second")});
    }
    SECTION("a moved statement keeps working")
    {
        Statement moved = std::move(insert);
        moved.bind(1, 9).bind(2, QStringLiteral("moved"));
        moved.exec();
        CHECK(db.scalar(QStringLiteral("SELECT t FROM value WHERE id = 9")) ==
              QStringLiteral("moved"));
    }
}
