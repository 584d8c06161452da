#include "core/risk/RiskHeatMapRenderer.h"

#include "tests/core/risk/CatchRiskLevel.h"

#include <QImage>
#include <QPainter>
#include <catch2/catch_test_macros.hpp>
#include <set>

using namespace palisade;
using enum RiskLevel;

namespace {

QImage render(const RiskHeatMapRenderer& renderer, const QSize& size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

// Near the top-left corner inside the cell: clear of the border, the count in
// the middle and the level label at the bottom.
QPoint fillPoint(const QRectF& cell)
{
    return (cell.topLeft() + QPointF(cell.width() * 0.15, cell.height() * 0.15)).toPoint();
}

int luma(const QColor& color)
{
    return qGray(color.rgb());
}

} // namespace

TEST_CASE("Heat map cells are filled with their matrix level's colour", "[risk]")
{
    const QSize size(1200, 700);
    const QRectF target(QPointF(0, 0), QSizeF(size));
    RiskHeatMapCounts counts;
    counts.add(High, Moderate);
    RiskHeatMapRenderer renderer;
    renderer.setTitle(QStringLiteral("Inherent risk"));
    renderer.setCounts(counts);

    const QRectF cell = renderer.cellRect(target, High, Moderate);
    REQUIRE(cell.width() > 40);
    REQUIRE(renderer.matrix().level(High, Moderate) == Moderate);
    QImage image = render(renderer, size);
    CHECK(image.pixelColor(fillPoint(cell)) == RiskHeatMapRenderer::levelColor(Moderate));

    const QRectF lowCell = renderer.cellRect(target, VeryLow, VeryLow);
    CHECK(image.pixelColor(fillPoint(lowCell)) == RiskHeatMapRenderer::levelColor(VeryLow));

    RiskMatrix edited;
    edited.setLevel(High, Moderate, High);
    renderer.setMatrix(edited);
    image = render(renderer, size);
    CHECK(image.pixelColor(fillPoint(cell)) == RiskHeatMapRenderer::levelColor(High));
    CHECK(image.pixelColor(fillPoint(lowCell)) == RiskHeatMapRenderer::levelColor(VeryLow));
}

TEST_CASE("Heat map puts Very High likelihood at the top and Very High impact on the right",
          "[risk]")
{
    const QRectF target(0, 0, 600, 500);
    const RiskHeatMapRenderer renderer;
    const QRectF grid = renderer.gridRect(target);
    CHECK(target.contains(grid));

    const QRectF topLeft = renderer.cellRect(target, VeryHigh, VeryLow);
    const QRectF bottomRight = renderer.cellRect(target, VeryLow, VeryHigh);
    CHECK(topLeft.top() < bottomRight.top());
    CHECK(topLeft.left() < bottomRight.left());
    CHECK(grid.contains(topLeft));
    CHECK(grid.contains(bottomRight));
    CHECK(topLeft.top() - grid.top() < topLeft.height() / 2);
    CHECK(grid.right() - bottomRight.right() < bottomRight.width() / 2);
}

TEST_CASE("Heat map hit-testing finds every cell and nothing outside the grid", "[risk]")
{
    const QRectF target(10, 20, 420, 360);
    const RiskHeatMapRenderer renderer;
    for (const RiskLevel likelihood : allRiskLevels()) {
        for (const RiskLevel impact : allRiskLevels()) {
            const auto hit =
                renderer.cellAt(target, renderer.cellRect(target, likelihood, impact).center());
            REQUIRE(hit.has_value());
            CHECK(hit->likelihood == likelihood);
            CHECK(hit->impact == impact);
        }
    }
    const QRectF grid = renderer.gridRect(target);
    CHECK_FALSE(renderer.cellAt(target, grid.topLeft() - QPointF(5, 5)).has_value());
    CHECK_FALSE(renderer.cellAt(target, QPointF(grid.right() + 3, grid.center().y())).has_value());
    CHECK_FALSE(renderer.cellAt(QRectF(), QPointF(0, 0)).has_value());
}

TEST_CASE("Heat map scales with its target", "[risk]")
{
    const RiskHeatMapRenderer renderer;
    const QRectF small(0, 0, 300, 250);
    const QRectF page(0, 0, 1200, 700);
    CHECK(small.contains(renderer.gridRect(small)));
    CHECK(page.contains(renderer.gridRect(page)));
    CHECK(renderer.gridRect(page).width() > 2 * renderer.gridRect(small).width());
}

TEST_CASE("Heat map outlines the highlighted cell", "[risk]")
{
    const QSize size(600, 500);
    const QRectF target(QPointF(0, 0), QSizeF(size));
    RiskHeatMapRenderer renderer;
    renderer.setHighlightColor(QColor(0x10, 0x40, 0xc0));
    const QRectF cell = renderer.cellRect(target, Low, Low);
    const QPoint edge(qRound(cell.left() + 2), qRound(cell.center().y()));

    CHECK(render(renderer, size).pixelColor(edge) != QColor(0x10, 0x40, 0xc0));
    renderer.setHighlightedCell(RiskHeatMapRenderer::Cell{Low, Low});
    CHECK(render(renderer, size).pixelColor(edge) == QColor(0x10, 0x40, 0xc0));
}

TEST_CASE("Heat map colours darken with severity and keep their text readable", "[risk]")
{
    std::set<QRgb> distinct;
    int previousLuma = 256;
    for (const RiskLevel level : allRiskLevels()) {
        const QColor fill = RiskHeatMapRenderer::levelColor(level);
        distinct.insert(fill.rgb());
        // Darker at every step, so the order survives greyscale printing.
        CHECK(luma(fill) < previousLuma - 20);
        previousLuma = luma(fill);
        const QColor text = RiskHeatMapRenderer::levelTextColor(level);
        CHECK(std::abs(luma(text) - luma(fill)) > 100);
    }
    CHECK(distinct.size() == riskLevelCount);
    CHECK(luma(RiskHeatMapRenderer::levelTextColor(VeryLow)) < 64);
    CHECK(luma(RiskHeatMapRenderer::levelTextColor(VeryHigh)) > 192);
}
