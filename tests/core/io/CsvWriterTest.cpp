#include "core/io/CsvWriter.h"

#include "core/io/CsvReader.h"
#include "core/io/CsvTable.h"
#include "tests/core/CatchQtStrings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("CsvWriter writes a BOM, CRLF and quotes only where needed", "[io][csv]")
{
    CsvWriter writer({QStringLiteral("Name"), QStringLiteral("Note")});
    writer.addRow({QStringLiteral("José"), QStringLiteral("plain")});
    writer.addRow({QStringLiteral("Smith, J."), QStringLiteral("said \"hi\"")});
    writer.addRow({QStringLiteral("two\nlines"), QString()});
    writer.addRow({QStringLiteral(" padded"), QStringLiteral("-12.5")});
    CHECK(writer.toUtf8() == QByteArray("\xEF\xBB\xBF"
                                        "Name,Note\r\n"
                                        "Jos\xC3\xA9,plain\r\n"
                                        "\"Smith, J.\",\"said \"\"hi\"\"\"\r\n"
                                        "\"two\nlines\",\r\n"
                                        "\" padded\",-12.5\r\n"));
}

TEST_CASE("CsvWriter guards formulas, and the guard can be turned off", "[io][csv]")
{
    CsvWriter writer({QStringLiteral("Value")});
    writer.addRow({QStringLiteral("=cmd|' /C calc'!A0")});
    writer.addRow({QStringLiteral("@SUM(1)")});
    writer.addRow({QStringLiteral("-3")});
    CHECK(writer.toUtf8() ==
          QByteArray("\xEF\xBB\xBFValue\r\n'=cmd|' /C calc'!A0\r\n'@SUM(1)\r\n-3\r\n"));
    writer.setFormulaGuard(false);
    CHECK(writer.toUtf8().contains("\r\n=cmd|"));
}

TEST_CASE("CsvWriter output reads back unchanged through CsvReader", "[io][csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    const QStringList header = {QStringLiteral("Title"), QStringLiteral("Notes"),
                                QStringLiteral("Score")};
    const QList<QStringList> rows = {
        {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+1 555 0100"),
         QStringLiteral("-4")},
        {QStringLiteral("@user"), QStringLiteral("'=already guarded"), QStringLiteral("")},
        {QStringLiteral("Café; \"quoted\""), QStringLiteral("line one\nline two"),
         QStringLiteral("7")},
    };
    CsvWriter writer(header);
    for (const QStringList& row : rows)
        writer.addRow(row);
    REQUIRE(writer.save(path).ok());

    auto records = CsvReader::readFile(path);
    REQUIRE(records.ok());
    REQUIRE(records->size() == 4);
    CHECK(records->at(0).fields == header);
    for (int i = 0; i < rows.size(); ++i)
        CHECK(records->at(i + 1).fields == rows[i]);
    CHECK(records->at(3).line == 4);

    auto table = CsvTable::readFile(path, header);
    REQUIRE(table.ok());
    CHECK(table->value(table->rows()[0], QStringLiteral("title")) == rows[0][0]);
}

TEST_CASE("CsvWriter refuses to overwrite unless told to", "[io][csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("existing.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();

    CsvWriter writer({QStringLiteral("A")});
    writer.addRow({QStringLiteral("new")});
    const auto refused = writer.save(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Io);
    CHECK(refused.error().message.contains(path));
    CHECK(contents(path) == QByteArray("keep me"));
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("existing.csv")});

    REQUIRE(writer.save(path, OverwritePolicy::Replace).ok());
    CHECK(contents(path) == writer.toUtf8());
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("existing.csv")});
}

TEST_CASE("CsvWriter into a missing folder fails naming it and leaves nothing", "[io][csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("absent/export.csv"));
    CsvWriter writer({QStringLiteral("A")});
    const auto result = writer.save(path, OverwritePolicy::Replace);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorKind::Io);
    CHECK(result.error().message.contains(path));
    CHECK(result.error().message.contains(QStringLiteral("does not exist")));
    CHECK(entries(dir.path()).isEmpty());
}

TEST_CASE("CsvWriter refuses a folder as the target and an empty path", "[io][csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("folder.csv")));
    CsvWriter writer({QStringLiteral("A")});
    const auto folder =
        writer.save(dir.filePath(QStringLiteral("folder.csv")), OverwritePolicy::Replace);
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().kind == ErrorKind::Io);
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("folder.csv")});

    const auto empty = writer.save(QString());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().kind == ErrorKind::Usage);
}

TEST_CASE("CsvWriter quotes semicolons and tabs, so the reader keeps the comma as delimiter",
          "[io][csv]")
{
    // The reader picks the most frequent of , ; and tab on the first line; an
    // unquoted "a;b" header on its own would be read as two columns.
    for (const QString& header : {QStringLiteral("a;b"), QStringLiteral("a\tb\tc")}) {
        CsvWriter writer({header});
        writer.addRow({QStringLiteral("x;y;z")});
        const auto records = CsvReader::parse(writer.toUtf8());
        REQUIRE(records.ok());
        REQUIRE(records->size() == 2);
        CHECK(records->at(0).fields == QStringList{header});
        CHECK(records->at(1).fields == QStringList{QStringLiteral("x;y;z")});
    }
}
