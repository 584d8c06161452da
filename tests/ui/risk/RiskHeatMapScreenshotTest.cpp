// Renders the heat map and the risk matrix dialog offscreen for visual review:
//   palisade_ui_tests "[.screenshot]"
// PNGs go to $PALISADE_SCREENSHOT_DIR, or to "screenshots" in the build folder.
#include "core/risk/RiskHeatMapRenderer.h"
#include "tests/ui/risk/RiskScreenshots.h"
#include "ui/risk/RiskHeatMapWidget.h"
#include "ui/risk/RiskMatrixDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using palisade::test::riskshots::save;
using enum RiskLevel;

namespace {

// A small practice's register: most risks moderate before controls, fewer
// and lower after them.
RiskHeatMapCounts inherentSample()
{
    RiskHeatMapCounts counts;
    const auto add = [&](RiskLevel likelihood, RiskLevel impact, int times) {
        for (int i = 0; i < times; ++i)
            counts.add(likelihood, impact);
    };
    add(VeryHigh, VeryHigh, 1);
    add(VeryHigh, High, 2);
    add(High, High, 3);
    add(High, Moderate, 4);
    add(Moderate, High, 6);
    add(Moderate, Moderate, 12);
    add(Low, Moderate, 5);
    add(Low, VeryHigh, 2);
    add(VeryLow, Low, 3);
    return counts;
}

RiskHeatMapCounts residualSample()
{
    RiskHeatMapCounts counts;
    const auto add = [&](RiskLevel likelihood, RiskLevel impact, int times) {
        for (int i = 0; i < times; ++i)
            counts.add(likelihood, impact);
    };
    add(High, High, 1);
    add(Moderate, High, 2);
    add(Moderate, Moderate, 5);
    add(Low, Moderate, 11);
    add(Low, High, 4);
    add(VeryLow, Moderate, 9);
    add(VeryLow, Low, 6);
    return counts;
}

} // namespace

TEST_CASE("Screenshots of the risk heat map", "[.screenshot]")
{
    RiskHeatMapWidget widget;
    widget.setData(RiskMatrix(), inherentSample(), residualSample());
    widget.resize(widget.sizeHint());
    CHECK(save(widget, QStringLiteral("heatmap-1-sample")));

    QTest::mouseClick(&widget, Qt::LeftButton, Qt::NoModifier,
                      widget.cellRect(false, Moderate, Moderate).center());
    widget.setFocus(Qt::OtherFocusReason);
    QTest::keyClick(&widget, Qt::Key_Tab);
    QTest::keyClick(&widget, Qt::Key_Down);
    CHECK(widget.hasSelection());
    CHECK(save(widget, QStringLiteral("heatmap-2-selected-and-focused")));

    // Roughly what is left for the map beside the sidebar in a 900×600 window.
    widget.resize(640, 300);
    CHECK(save(widget, QStringLiteral("heatmap-3-small")));
    widget.resize(widget.minimumSizeHint());
    CHECK(save(widget, QStringLiteral("heatmap-4-minimum")));

    RiskHeatMapWidget empty;
    empty.resize(empty.sizeHint());
    CHECK(save(empty, QStringLiteral("heatmap-5-empty")));

    RiskHeatMapWidget unrated;
    unrated.setData(RiskMatrix(), inherentSample(), RiskHeatMapCounts());
    unrated.resize(unrated.sizeHint());
    CHECK(save(unrated, QStringLiteral("heatmap-6-no-residual")));
}

TEST_CASE("Screenshots of the heat map as printed", "[.screenshot]")
{
    // The evidence pack's body area on A4 at about 140 dpi.
    QImage page(1200, 700, QImage::Format_ARGB32);
    page.fill(Qt::white);
    RiskHeatMapRenderer inherent;
    inherent.setTitle(QStringLiteral("Inherent risk"));
    inherent.setCounts(inherentSample());
    RiskHeatMapRenderer residual;
    residual.setTitle(QStringLiteral("Residual risk"));
    residual.setCounts(residualSample());
    {
        QPainter painter(&page);
        inherent.paint(painter, QRectF(0, 0, 600, 700));
        residual.paint(painter, QRectF(600, 0, 600, 700));
    }
    CHECK(save(page, QStringLiteral("heatmap-print-a4")));
    CHECK(save(page.convertToFormat(QImage::Format_Grayscale8),
               QStringLiteral("heatmap-print-a4-greyscale")));

    QImage single(1200, 700, QImage::Format_ARGB32);
    single.fill(Qt::white);
    {
        QPainter painter(&single);
        inherent.setHighlightedCell(RiskHeatMapRenderer::Cell{High, Moderate});
        inherent.paint(painter, QRectF(0, 0, 1200, 700));
    }
    CHECK(save(single, QStringLiteral("heatmap-print-single")));
}

TEST_CASE("Screenshots of the risk matrix dialog", "[.screenshot]")
{
    RiskMatrixDialog dialog(RiskMatrix::defaultMatrix());
    dialog.adjustSize();
    CHECK(save(dialog, QStringLiteral("matrix-1-default")));

    QComboBox* combo = dialog.levelCombo(VeryHigh, High);
    combo->setCurrentIndex(combo->findData(static_cast<int>(riskLevelIndex(Low))));
    dialog.okButton()->click();
    dialog.adjustSize();
    CHECK(save(dialog, QStringLiteral("matrix-2-not-monotonic")));
}
