#include "core/evidence/PackPdfWriter.h"

#include "core/pdf/PdfDocument.h"
#include "tests/core/CatchQtStrings.h"

#include <QBuffer>
#include <QPainter>
#include <QRegularExpression>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {

PackDocumentInfo info()
{
    PackDocumentInfo value;
    value.title = QStringLiteral("Riverbend Coding Services — Evidence pack");
    value.author = QStringLiteral("Dana Whitfield");
    value.subject = QStringLiteral("HIPAA compliance evidence, 2025-12-01 to 2026-11-30");
    value.keywords = {QStringLiteral("HIPAA"), QStringLiteral("evidence")};
    value.creator = QStringLiteral("Palisade");
    value.packId = QStringLiteral("PK-TEST-0001");
    value.confidentiality = QStringLiteral("Confidential: compliance records.");
    return value;
}

PackTable longTable(int rows)
{
    PackTable table;
    table.columns = {{QStringLiteral("Reference"), 1, false},
                     {QStringLiteral("What it says"), 4, false},
                     {QStringLiteral("Score"), 1, true}};
    for (int i = 1; i <= rows; ++i)
        table.rows.push_back({QStringLiteral("R-%1").arg(i, 5, 10, QLatin1Char('0')),
                              i % 7 == 0 ? QStringLiteral("A longer description that has to wrap "
                                                          "onto a second line within its cell "
                                                          "because the column is not wide enough.")
                                         : QStringLiteral("Row %1 of the register").arg(i),
                              QString::number(i % 25)});
    return table;
}

std::vector<PackBlock> sampleBlocks(int rows)
{
    std::vector<PackBlock> blocks;
    blocks.push_back(packblock::Paragraph{QStringLiteral("Evidence pack"), PackFontRole::Title});
    blocks.push_back(
        packblock::Facts{{{QStringLiteral("Prepared for"), QStringLiteral("Auditor")}}});
    blocks.push_back(packblock::PageBreak{});
    blocks.push_back(packblock::Paragraph{QStringLiteral("Contents"), PackFontRole::Subheading});
    blocks.push_back(packblock::Contents{});
    blocks.push_back(packblock::Section{QStringLiteral("Program overview")});
    blocks.push_back(packblock::Paragraph{QStringLiteral("The program as it stood.")});
    blocks.push_back(packblock::Section{QStringLiteral("Risk register")});
    blocks.push_back(packblock::Subheading{QStringLiteral("Every risk")});
    blocks.push_back(longTable(rows));
    blocks.push_back(packblock::Figure{120, [](QPainter& painter, qreal width) {
                                           painter.fillRect(QRectF(0, 0, width / 2, 100),
                                                            Qt::darkRed);
                                       }});
    blocks.push_back(packblock::Section{QStringLiteral("Incidents")});
    PackTable none;
    none.columns = {{QStringLiteral("Reference"), 1, false}};
    none.emptyText = QStringLiteral("No incidents were recorded in the period.");
    blocks.push_back(none);
    return blocks;
}

QString normalized(QString text)
{
    text.replace(QChar(0xFB01), QStringLiteral("fi")).replace(QChar(0xFB02), QStringLiteral("fl"));
    return text.simplified();
}

} // namespace

TEST_CASE("An evidence pack lays long tables across pages with headers and page numbers",
          "[evidence][pdf]")
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    PackPdfWriter writer(PackPaper::A4, info());
    Result<PackPdfWriter::Outcome> outcome = writer.write(sampleBlocks(1500), buffer);
    REQUIRE(outcome.ok());
    CHECK_FALSE(outcome->cancelled);
    CHECK(outcome->sections == QStringList{QStringLiteral("Program overview"),
                                           QStringLiteral("Risk register"),
                                           QStringLiteral("Incidents")});
    REQUIRE(outcome->sectionPages.size() == 3);
    CHECK(outcome->sectionPages[0] == 3); // cover, contents, then sections

    Result<PdfDocument> pdf = PdfDocument::load(buffer.data());
    REQUIRE(pdf.ok());
    const int pages = pdf->pageCount();
    CHECK(pages == outcome->pageCount);
    CHECK(pages > 25);
    // A4 in points.
    CHECK(qAbs(pdf->pageSize(0).width() - 595.3) < 1.0);

    // Every page carries "Page X of Y"; the last one says Y of Y.
    for (int page = 0; page < pages; ++page) {
        const QString text = normalized(pdf->pageText(page));
        INFO("page " << page + 1);
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages)));
        CHECK(text.contains(QStringLiteral("PK-TEST-0001")));
    }

    // The contents give each section's first page, and that page begins it.
    const QString contents = normalized(pdf->pageText(1));
    for (std::size_t i = 0; i < outcome->sectionPages.size(); ++i) {
        const QString title = outcome->sections[qsizetype(i)];
        const int first = outcome->sectionPages[i];
        CHECK(contents.contains(QStringLiteral("%1 %2").arg(title).arg(first)));
        CHECK(normalized(pdf->pageText(first - 1)).contains(title));
    }

    // The table's header is repeated on every page it continues on, and no
    // row is lost or repeated.
    const int tableFirst = outcome->sectionPages[1];
    const int tableLast = outcome->sectionPages[2] - 1;
    int rowsSeen = 0;
    for (int page = tableFirst - 1; page < tableLast; ++page) {
        const QString text = normalized(pdf->pageText(page));
        INFO("page " << page + 1);
        CHECK(text.contains(QStringLiteral("Reference What it says Score")));
        CHECK(text.contains(QStringLiteral("Risk register"))); // running header
        rowsSeen += int(text.count(QRegularExpression(QStringLiteral("\\bR-\\d{5}\\b"))));
    }
    CHECK(rowsSeen == 1500);

    // An empty section says so.
    CHECK(normalized(pdf->pageText(pages - 1))
              .contains(QStringLiteral("No incidents were recorded in the period.")));

    // PDF/A identification and the metadata are in the document.
    CHECK(buffer.data().contains("<pdfaid:part>1</pdfaid:part>"));
    CHECK(buffer.data().contains("Dana Whitfield"));
}

TEST_CASE("An evidence pack is laid out for US Letter too, and stops when asked", "[evidence][pdf]")
{
    QBuffer letter;
    REQUIRE(letter.open(QIODevice::WriteOnly));
    Result<PackPdfWriter::Outcome> whole =
        PackPdfWriter(PackPaper::Letter, info()).write(sampleBlocks(300), letter);
    REQUIRE(whole.ok());
    Result<PdfDocument> pdf = PdfDocument::load(letter.data());
    REQUIRE(pdf.ok());
    CHECK(qAbs(pdf->pageSize(0).width() - 612.0) < 1.0);
    CHECK(qAbs(pdf->pageSize(0).height() - 792.0) < 1.0);

    QBuffer stopped;
    REQUIRE(stopped.open(QIODevice::WriteOnly));
    int calls = 0;
    Result<PackPdfWriter::Outcome> cancelled =
        PackPdfWriter(PackPaper::Letter, info())
            .write(sampleBlocks(300), stopped, [&](int done, int) {
                ++calls;
                return done < 2;
            });
    REQUIRE(cancelled.ok());
    CHECK(cancelled->cancelled);
    CHECK(calls == 2);
}
