#include "core/evidence/PackLayout.h"

#include "core/evidence/PackPaper.h"
#include "tests/core/CatchQtStrings.h"

#include <QBuffer>
#include <QPdfWriter>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

namespace {

// The page, counted from 0, whose items include this text.
int pageOf(const PackLayout::Result& result, const QString& text)
{
    for (std::size_t page = 0; page < result.pages.size(); ++page) {
        for (const PackItem& item : result.pages[page].items) {
            if (item.kind == PackItem::Kind::Text && item.lines.join(QLatin1Char(' ')) == text)
                return int(page);
        }
    }
    return -1;
}

PackTable tallFirstRowTable()
{
    PackTable table;
    table.columns = {{QStringLiteral("Agreement"), 1, false},
                     {QStringLiteral("Terms still missing"), 1, false}};
    table.rows.push_back({QStringLiteral("BAA-0001"),
                          QStringLiteral("Safeguards for electronic PHI, reporting of incidents "
                                         "and breaches, subcontractor flow-down, access for the "
                                         "individual, amendment, accounting of disclosures, "
                                         "books and records for the Secretary, return or "
                                         "destruction at termination, termination for breach.")});
    table.rows.push_back({QStringLiteral("BAA-0002"), QStringLiteral("None")});
    return table;
}

struct LaidOut
{
    PackLayout::Result result;
    qreal bodyHeight = 0;
};

// Fills the first page to `left` points above its foot, then lays out a
// heading and what follows it.
LaidOut layoutAtFoot(qreal left, const PackBlock& following)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    const QSizeF pageSize = packPageSize(PackPaper::A4).size(QPageSize::Point);
    const PackStyle style;
    const qreal bodyHeight = pageSize.height() - style.margins().top() - style.margins().bottom();
    PackLayout layout(style, pageSize, writer);
    std::vector<PackBlock> blocks;
    blocks.push_back(packblock::Spacer{bodyHeight - left});
    blocks.push_back(packblock::Subheading{QStringLiteral("Agreements with terms missing")});
    blocks.push_back(following);
    return {layout.layout(blocks), bodyHeight};
}

} // namespace

TEST_CASE("A heading moves overleaf with a table whose header and first row do not fit",
          "[evidence][layout]")
{
    // Room for the heading and three lines of text, but not for the table's
    // header with a first row that wraps over several lines.
    const LaidOut laidOut = layoutAtFoot(80, tallFirstRowTable());
    const PackLayout::Result& result = laidOut.result;
    REQUIRE(result.pages.size() == 2);
    CHECK(pageOf(result, QStringLiteral("Agreements with terms missing")) == 1);
    CHECK(pageOf(result, QStringLiteral("Terms still missing")) == 1);
    CHECK(pageOf(result, QStringLiteral("BAA-0001")) == 1);
    CHECK(result.pages.front().items.empty());
}

TEST_CASE("A heading stays at the foot of a page when its table's first row fits under it",
          "[evidence][layout]")
{
    PackTable table = tallFirstRowTable();
    table.rows.front()[1] = QStringLiteral("Breach reporting");
    const LaidOut laidOut = layoutAtFoot(80, table);
    const PackLayout::Result& result = laidOut.result;
    CHECK(pageOf(result, QStringLiteral("Agreements with terms missing")) == 0);
    CHECK(pageOf(result, QStringLiteral("BAA-0001")) == 0);
    CHECK(pageOf(result, QStringLiteral("BAA-0002")) >= 0);
}

TEST_CASE("A heading before a short paragraph keeps only what it needs", "[evidence][layout]")
{
    const LaidOut laidOut =
        layoutAtFoot(50, packblock::Paragraph{QStringLiteral("Every agreement is complete."),
                                              PackFontRole::Body});
    CHECK(pageOf(laidOut.result, QStringLiteral("Agreements with terms missing")) == 0);
    CHECK(laidOut.result.pages.size() == 1);
}
