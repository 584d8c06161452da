#include "core/io/XlsxWriter.h"

#include "tests/core/CatchQtStrings.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {

// Reads one part of the zip container back with the unzip tool, independently
// of the library that wrote it.
QString zipPart(const QString& archive, const QString& part)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, part});
    REQUIRE(unzip.waitForFinished(30000));
    INFO(unzip.readAllStandardError().toStdString());
    REQUIRE(unzip.exitStatus() == QProcess::NormalExit);
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

QString capture(const QString& text, const QString& pattern)
{
    const QRegularExpressionMatch match = QRegularExpression(pattern).match(text);
    INFO(pattern.toStdString());
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

XlsxSheet riskSheet()
{
    XlsxSheet sheet(QStringLiteral("Risks"),
                    {QStringLiteral("Title"), QStringLiteral("Due date"), QStringLiteral("Score"),
                     QStringLiteral("Accepted"), QStringLiteral("Notes")});
    sheet.addRow({XlsxCell(QStringLiteral("Laptop theft at José's clinic")),
                  XlsxCell(QDate(2026, 3, 1)), XlsxCell(42), XlsxCell::boolean(true),
                  XlsxCell(QStringLiteral("=not a formula"))});
    sheet.addRow({XlsxCell(QStringLiteral("Phishing")), XlsxCell(QDate()), XlsxCell(2.5),
                  XlsxCell::boolean(false), XlsxCell()});
    return sheet;
}

} // namespace

TEST_CASE("XlsxWriter writes headers, typed cells and a date serial", "[io][xlsx]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("risks.xlsx"));
    XlsxWriter writer;
    writer.addSheet(riskSheet());
    const auto saved = writer.save(path);
    INFO((saved.ok() ? std::string() : saved.error().text().toStdString()));
    REQUIRE(saved.ok());
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("risks.xlsx")});

    const QString strings = zipPart(path, QStringLiteral("xl/sharedStrings.xml"));
    for (const char* header : {"Title", "Due date", "Score", "Accepted", "Notes"})
        CHECK(strings.contains(QStringLiteral("<t>%1</t>").arg(QString::fromUtf8(header))));
    CHECK(strings.contains(QStringLiteral("<t>Laptop theft at José's clinic</t>")));
    CHECK(strings.contains(QStringLiteral("<t>=not a formula</t>")));

    const QString sheet = zipPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    // 2026-03-01 is day 46082 in the spreadsheet date system.
    const QString dateStyle =
        capture(sheet, QStringLiteral("<c r=\"B2\" s=\"(\\d+)\"><v>46082</v></c>"));
    CHECK(sheet.contains(QStringLiteral("<c r=\"C2\"><v>42</v></c>")));
    CHECK(sheet.contains(QStringLiteral("<c r=\"C3\"><v>2.5</v></c>")));
    CHECK(sheet.contains(QStringLiteral("<c r=\"D2\" t=\"b\"><v>1</v></c>")));
    CHECK(sheet.contains(QStringLiteral("<c r=\"D3\" t=\"b\"><v>0</v></c>")));
    CHECK_FALSE(sheet.contains(QStringLiteral("r=\"B3\"")));
    CHECK_FALSE(sheet.contains(QStringLiteral("<f>")));
    CHECK(sheet.contains(QStringLiteral("state=\"frozen\"")));
    CHECK(sheet.contains(QStringLiteral("topLeftCell=\"A2\"")));
    CHECK(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:E3\"/>")));

    // The date cell's style points at a yyyy-mm-dd number format.
    const QString styles = zipPart(path, QStringLiteral("xl/styles.xml"));
    const QString formatId =
        capture(styles, QStringLiteral("<numFmt numFmtId=\"(\\d+)\" formatCode=\"yyyy-mm-dd\"/>"));
    const QString cellXfs = capture(styles, QStringLiteral("<cellXfs[^>]*>(.*)</cellXfs>"));
    const QStringList xfs = cellXfs.split(QStringLiteral("<xf "), Qt::SkipEmptyParts);
    const int styleIndex = dateStyle.toInt();
    REQUIRE(styleIndex < xfs.size());
    CHECK(xfs.at(styleIndex).contains(QStringLiteral("numFmtId=\"%1\"").arg(formatId)));

    // The header row is bold.
    const QString headerStyle = capture(sheet, QStringLiteral("<c r=\"A1\" s=\"(\\d+)\" t=\"s\">"));
    const QString fonts = capture(styles, QStringLiteral("<fonts[^>]*>(.*)</fonts>"));
    const int fontIndex =
        capture(xfs.at(headerStyle.toInt()), QStringLiteral("fontId=\"(\\d+)\"")).toInt();
    const QStringList fontList = fonts.split(QStringLiteral("<font>"), Qt::SkipEmptyParts);
    REQUIRE(fontIndex < fontList.size());
    CHECK(fontList.at(fontIndex).contains(QStringLiteral("<b/>")));
}

TEST_CASE("XlsxWriter sizes columns from their longest value, within limits", "[io][xlsx]")
{
    XlsxSheet sheet(QStringLiteral("Widths"),
                    {QStringLiteral("Id"), QStringLiteral("Text"), QStringLiteral("When")});
    sheet.addRow(
        {XlsxCell(1), XlsxCell(QString(200, QLatin1Char('x'))), XlsxCell(QDate(2026, 3, 1))});
    sheet.addRow(
        {XlsxCell(2), XlsxCell(QStringLiteral("short\n%1").arg(QString(30, QLatin1Char('y'))))});
    CHECK(XlsxWriter::automaticWidth(sheet, 0) == XlsxWriter::minimumColumnWidth);
    CHECK(XlsxWriter::automaticWidth(sheet, 1) == XlsxWriter::maximumColumnWidth);
    CHECK(XlsxWriter::automaticWidth(sheet, 2) == 11);

    XlsxSheet lines(QStringLiteral("Lines"), {QStringLiteral("T")});
    lines.addRow({XlsxCell(QStringLiteral("short\n%1").arg(QString(30, QLatin1Char('y'))))});
    CHECK(XlsxWriter::automaticWidth(lines, 0) == 31);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("widths.xlsx"));
    sheet.setColumnWidth(0, 25);
    XlsxWriter writer;
    writer.addSheet(sheet);
    REQUIRE(writer.save(path).ok());
    const QString xml = zipPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(xml.contains(QStringLiteral("<col min=\"1\" max=\"1\" width=\"25.7109375\"")));
    CHECK(xml.contains(QStringLiteral("<col min=\"2\" max=\"2\" width=\"60.7109375\"")));
}

TEST_CASE("XlsxWriter writes every sheet in order", "[io][xlsx]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("two.xlsx"));
    XlsxWriter writer;
    writer.addSheet(riskSheet());
    XlsxSheet assets(QStringLiteral("Assets"), {QStringLiteral("Asset"), QStringLiteral("Owner")});
    assets.addRow({XlsxCell(QStringLiteral("EHR server")), XlsxCell(QStringLiteral("IT"))});
    writer.addSheet(assets);
    REQUIRE(writer.save(path).ok());

    const QString workbook = zipPart(path, QStringLiteral("xl/workbook.xml"));
    const qsizetype risks = workbook.indexOf(QStringLiteral("<sheet name=\"Risks\""));
    const qsizetype assetsAt = workbook.indexOf(QStringLiteral("<sheet name=\"Assets\""));
    CHECK(risks >= 0);
    CHECK(assetsAt > risks);

    const QString strings = zipPart(path, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains(QStringLiteral("<t>EHR server</t>")));
    const QString second = zipPart(path, QStringLiteral("xl/worksheets/sheet2.xml"));
    CHECK(second.contains(QStringLiteral("<autoFilter ref=\"A1:B2\"/>")));
    CHECK(second.contains(QStringLiteral("state=\"frozen\"")));
}

TEST_CASE("XlsxWriter refuses to overwrite unless told to", "[io][xlsx]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("existing.xlsx"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();

    XlsxWriter writer;
    writer.addSheet(riskSheet());
    const auto refused = writer.save(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Io);
    CHECK(refused.error().message.contains(path));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("keep me"));
    file.close();
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("existing.xlsx")});

    REQUIRE(writer.save(path, OverwritePolicy::Replace).ok());
    CHECK(zipPart(path, QStringLiteral("xl/sharedStrings.xml"))
              .contains(QStringLiteral("<t>Title</t>")));
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("existing.xlsx")});
}

TEST_CASE("XlsxWriter into a missing folder fails naming it and leaves nothing", "[io][xlsx]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("absent/out.xlsx"));
    XlsxWriter writer;
    writer.addSheet(riskSheet());
    const auto result = writer.save(path, OverwritePolicy::Replace);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorKind::Io);
    CHECK(result.error().message.contains(path));
    CHECK(entries(dir.path()).isEmpty());
}

TEST_CASE("XlsxWriter turns library refusals into messages and leaves nothing", "[io][xlsx]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.xlsx"));

    SECTION("a sheet name with a forbidden character")
    {
        XlsxWriter writer;
        writer.addSheet(XlsxSheet(QStringLiteral("Risks/2026"), {QStringLiteral("A")}));
        const auto result = writer.save(path);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == ErrorKind::Invalid);
        CHECK(result.error().message.contains(QStringLiteral("“Risks/2026”")));
        CHECK_FALSE(result.error().detail.isEmpty());
    }
    SECTION("two sheets with the same name")
    {
        XlsxWriter writer;
        writer.addSheet(XlsxSheet(QStringLiteral("Risks"), {QStringLiteral("A")}));
        writer.addSheet(XlsxSheet(QStringLiteral("risks"), {QStringLiteral("A")}));
        const auto result = writer.save(path);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == ErrorKind::Invalid);
    }
    SECTION("text longer than a cell holds")
    {
        XlsxSheet sheet(QStringLiteral("Risks"),
                        {QStringLiteral("Title"), QStringLiteral("Notes")});
        sheet.addRow({XlsxCell(QStringLiteral("ok")), XlsxCell(QStringLiteral("fine"))});
        sheet.addRow({XlsxCell(QStringLiteral("ok")), XlsxCell(QString(40000, QLatin1Char('n')))});
        XlsxWriter writer;
        writer.addSheet(sheet);
        const auto result = writer.save(path);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == ErrorKind::Invalid);
        CHECK(result.error().message.startsWith(
            QStringLiteral("Sheet “Risks”, row 3, column “Notes”: ")));
    }
    SECTION("no sheet at all")
    {
        const auto result = XlsxWriter().save(path);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == ErrorKind::Usage);
    }
    CHECK(entries(dir.path()).isEmpty());
}

TEST_CASE("XlsxCell keeps its kind and value", "[io][xlsx]")
{
    CHECK(XlsxCell().kind() == XlsxCell::Kind::Empty);
    CHECK(XlsxCell(QDate()).isEmpty());
    CHECK(XlsxCell(QDate(2026, 3, 1)).date() == QDate(2026, 3, 1));
    CHECK(XlsxCell(QDate(2026, 3, 1)).displayText() == QStringLiteral("2026-03-01"));
    CHECK(XlsxCell(qint64(7)).kind() == XlsxCell::Kind::Integer);
    CHECK(XlsxCell(7.25).number() == 7.25);
    CHECK(XlsxCell::boolean(true).kind() == XlsxCell::Kind::Boolean);
    CHECK(XlsxCell::boolean(true).displayText() == QStringLiteral("TRUE"));
    CHECK(XlsxCell(QStringLiteral("x")).text() == QStringLiteral("x"));
}
