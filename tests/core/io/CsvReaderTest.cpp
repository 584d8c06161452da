#include "core/io/CsvReader.h"

#include "tests/core/CatchQtStrings.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {

QList<CsvRecord> parsed(const QByteArray& data)
{
    auto records = CsvReader::parse(data);
    INFO((records.ok() ? std::string() : records.error().message.toStdString()));
    REQUIRE(records.ok());
    return records.value();
}

QStringList fields(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

Error parseError(const QByteArray& data)
{
    auto records = CsvReader::parse(data);
    REQUIRE_FALSE(records.ok());
    return records.error();
}

} // namespace

TEST_CASE("CsvReader reads plain comma-separated records with their lines", "[io][csv]")
{
    const auto records = parsed("Title,Owner\nLaptop theft,Ann\nPhishing,Bob\n");
    REQUIRE(records.size() == 3);
    CHECK(records[0] == CsvRecord{1, fields({"Title", "Owner"})});
    CHECK(records[1] == CsvRecord{2, fields({"Laptop theft", "Ann"})});
    CHECK(records[2] == CsvRecord{3, fields({"Phishing", "Bob"})});
}

TEST_CASE("CsvReader strips a UTF-8 BOM and keeps accented text", "[io][csv]")
{
    const auto records = parsed("\xEF\xBB\xBFName,City\r\nJos\xC3\xA9,M\xC3\xA1laga\r\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == fields({"Name", "City"}));
    CHECK(records[1].fields == fields({"José", "Málaga"}));
}

TEST_CASE("CsvReader treats CRLF, LF and a lone CR as line ends", "[io][csv]")
{
    const auto records = parsed("a,b\r\nc,d\ne,f\rg,h");
    REQUIRE(records.size() == 4);
    CHECK(records[1] == CsvRecord{2, fields({"c", "d"})});
    CHECK(records[2] == CsvRecord{3, fields({"e", "f"})});
    CHECK(records[3] == CsvRecord{4, fields({"g", "h"})});
    CHECK_FALSE(records[0].fields.last().endsWith(QLatin1Char('\r')));
}

TEST_CASE("CsvReader unquotes fields with delimiters, quotes and line breaks", "[io][csv]")
{
    const auto records =
        parsed("id,text\r\n1,\"Smith, J.\"\r\n2,\"She said \"\"no\"\"\"\r\n3,\"two\r\nlines\"\r\n");
    REQUIRE(records.size() == 4);
    CHECK(records[1].fields == fields({"1", "Smith, J."}));
    CHECK(records[2].fields == fields({"2", "She said \"no\""}));
    CHECK(records[3].fields == fields({"3", "two\nlines"}));
}

TEST_CASE("CsvReader keeps line numbers right after a multi-line field", "[io][csv]")
{
    const QByteArray data = "h1,h2\n"
                            "1,\"first\nsecond\nthird\"\n"
                            "2,after\n"
                            "\n"
                            "3,\"x\r\ny\"\r\n"
                            "4,last\n";
    const auto records = parsed(data);
    REQUIRE(records.size() == 5);
    CHECK(records[1].line == 2);
    CHECK(records[1].fields[1] == QStringLiteral("first\nsecond\nthird"));
    CHECK(records[2].line == 5);
    CHECK(records[3].line == 7);
    CHECK(records[4].line == 9);
    CHECK(records[4].fields == fields({"4", "last"}));
}

TEST_CASE("CsvReader skips blank lines and rows of bare delimiters", "[io][csv]")
{
    const auto records = parsed("\n\na,b\n\n   \n1,2\n , \n,,\n\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0] == CsvRecord{3, fields({"a", "b"})});
    CHECK(records[1] == CsvRecord{6, fields({"1", "2"})});
}

TEST_CASE("CsvReader keeps trailing empty fields", "[io][csv]")
{
    const auto records = parsed("a,b,c\n1,,\n2,\"\",\n");
    REQUIRE(records.size() == 3);
    CHECK(records[1].fields == fields({"1", "", ""}));
    CHECK(records[2].fields == fields({"2", "", ""}));
}

TEST_CASE("CsvReader names the line of an unterminated quote", "[io][csv]")
{
    const QByteArray data = "a,b\n1,2\n3,4\n5,6\n7,8\n9,10\n11,\"never closed\n12,13\n";
    const Error error = parseError(data);
    CHECK(error.kind == ErrorKind::Invalid);
    CHECK(error.message == QStringLiteral("Line 7: a quoted field is not closed."));
}

TEST_CASE("CsvReader refuses text after a closing quote, naming the line", "[io][csv]")
{
    const Error error = parseError("a,b\n\"multi\nline\"x,2\n");
    CHECK(error.kind == ErrorKind::Invalid);
    CHECK(error.message.startsWith(QStringLiteral("Line 3: ")));
    // Spaces after the closing quote are tolerated.
    CHECK(parsed("a,b\n\"x\"  ,y\n")[1].fields == fields({"x", "y"}));
}

TEST_CASE("CsvReader detects ';' and tab delimiters from the header line", "[io][csv]")
{
    CHECK(CsvReader::detectDelimiter("Title;Owner;Due\n1,5;x;y\n") == ';');
    CHECK(CsvReader::detectDelimiter("Title\tOwner\n") == '\t');
    CHECK(CsvReader::detectDelimiter("\xEF\xBB\xBF\r\nTitle,Owner\n") == ',');
    CHECK(CsvReader::detectDelimiter("Single\nrow;with;semicolons\n") == ',');
    // A delimiter inside a quoted header name does not count.
    CHECK(CsvReader::detectDelimiter("\"a;b;c\",d,e\n") == ',');

    const auto records = parsed("Title;Amount\r\n\"Smith; J.\";1,5\r\n");
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields == fields({"Smith; J.", "1,5"}));
    CHECK(parsed("a\tb\n1\t2\n")[1].fields == fields({"1", "2"}));
}

TEST_CASE("CsvReader refuses invalid UTF-8 naming the line", "[io][csv]")
{
    // "Málaga" in Windows-1252, the usual result of "Save as CSV" in old Excel.
    const Error error = parseError("Name,City\nAnn,Paris\n\"Bob\nBrown\",M\xE1laga\n");
    CHECK(error.kind == ErrorKind::Invalid);
    CHECK(error.message.startsWith(QStringLiteral("Line 4: ")));
    CHECK(error.message.contains(QStringLiteral("UTF-8")));

    CHECK(parseError("a\n\xC3\x28\n").message.startsWith(QStringLiteral("Line 2: ")));
    CHECK(parseError("a\r\nb\r\n\xED\xA0\x80\r\n").message.startsWith(QStringLiteral("Line 3: ")));
}

TEST_CASE("CsvReader recognises UTF-16 and binary files", "[io][csv]")
{
    CHECK(parseError(QByteArray("\xFF\xFE"
                                "a\0,\0b\0",
                                8))
              .message.contains(QStringLiteral("UTF-16")));
    const Error binary = parseError(QByteArray("a,b\nc\0d\n", 8));
    CHECK(binary.kind == ErrorKind::Invalid);
    CHECK(binary.message.startsWith(QStringLiteral("Line 2: ")));
}

TEST_CASE("CsvReader removes the formula guard apostrophe", "[io][csv]")
{
    const auto records = parsed("a,b,c,d,e,f\n'=SUM(A1),'+1,'-x,'@cmd,'plain,it's\n");
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields == fields({"=SUM(A1)", "+1", "-x", "@cmd", "'plain", "it's"}));
}

TEST_CASE("CsvReader reads files and reports unreadable ones as I/O errors", "[io][csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("risks.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Title\n\"unclosed\n");
    file.close();

    const auto invalid = CsvReader::readFile(path);
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().kind == ErrorKind::Invalid);
    CHECK(invalid.error().message.startsWith(QStringLiteral("Line 2: ")));
    CHECK(invalid.error().detail == path);

    const QString missing = dir.filePath(QStringLiteral("missing.csv"));
    const auto absent = CsvReader::readFile(missing);
    REQUIRE_FALSE(absent.ok());
    CHECK(absent.error().kind == ErrorKind::Io);
    CHECK(absent.error().message.contains(missing));

    const auto folder = CsvReader::readFile(dir.path());
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().kind == ErrorKind::Io);

    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("Title\r\nOne\r\n");
    file.close();
    const auto good = CsvReader::readFile(path);
    REQUIRE(good.ok());
    CHECK(good.value().size() == 2);
}

TEST_CASE("CsvReader strips the file's byte-order mark but keeps one that starts a field",
          "[io][csv]")
{
    const auto records = CsvReader::parse(QByteArray("\xEF\xBB\xBF"
                                                     "a,b\n"
                                                     "\xEF\xBB\xBFx,\xEF\xBB\xBF\xEF\xBB\xBFy,\n"));
    REQUIRE(records.ok());
    REQUIRE(records->size() == 2);
    CHECK(records->at(0).fields == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(records->at(1).fields == QStringList{QStringLiteral("\uFEFFx"),
                                               QStringLiteral("\uFEFF\uFEFFy"), QString()});
}
