#include "core/risk/RiskHeatMapRenderer.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPen>
#include <algorithm>
#include <cmath>

namespace palisade {

namespace {

constexpr int gridSize = static_cast<int>(riskLevelCount);

const QColor darkInk(0x1a, 0x1a, 0x1a);
const QColor lightInk(0xff, 0xff, 0xff);

// WCAG relative luminance, to pick the cell text colour by contrast ratio.
qreal relativeLuminance(const QColor& color)
{
    const auto channel = [](qreal c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

qreal contrastRatio(const QColor& a, const QColor& b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QFont sizedFont(const QFont& base, qreal pixels, QFont::Weight weight)
{
    QFont font = base;
    font.setPixelSize(std::max(1, qRound(pixels)));
    font.setWeight(weight);
    return font;
}

} // namespace

struct RiskHeatMapRenderer::Layout
{
    enum class ColumnLabels
    {
        OneLine,
        Wrapped,
        Short,
    };

    QRectF title;
    QRectF likelihoodTitle;
    QRectF rowLabels;
    QRectF columnLabels;
    QRectF impactTitle;
    QRectF grid;
    qreal cell = 0;
    qreal gap = 0;
    bool fullRowLabels = true;
    ColumnLabels columnLabelStyle = ColumnLabels::OneLine;
    bool showShortLabels = true;
    QFont titleFont;
    QFont axisFont;
    QFont labelFont;
    QFont countFont;
    QFont zeroFont;
    QFont shortFont;
    QFont shortBoldFont;
};

RiskHeatMapRenderer::RiskHeatMapRenderer() = default;

QColor RiskHeatMapRenderer::levelColor(RiskLevel level)
{
    // Lightness falls steadily from Very Low to Very High (CIE L* about 93, 83,
    // 68, 48, 31), so the order survives greyscale printing and the common
    // forms of colour blindness; hue only adds to it.
    switch (level) {
    case RiskLevel::VeryLow:
        return QColor(0xe6, 0xec, 0xe3);
    case RiskLevel::Low:
        return QColor(0xee, 0xcb, 0x5f);
    case RiskLevel::Moderate:
        return QColor(0xe4, 0x95, 0x3a);
    case RiskLevel::High:
        return QColor(0xbf, 0x4d, 0x1e);
    case RiskLevel::VeryHigh:
        return QColor(0x8e, 0x1b, 0x1f);
    }
    return QColor(0xe6, 0xec, 0xe3);
}

QColor RiskHeatMapRenderer::levelTextColor(RiskLevel level)
{
    const QColor fill = levelColor(level);
    return contrastRatio(fill, darkInk) >= contrastRatio(fill, lightInk) ? darkInk : lightInk;
}

QString RiskHeatMapRenderer::likelihoodAxisTitle()
{
    return tr("Likelihood");
}

QString RiskHeatMapRenderer::impactAxisTitle()
{
    return tr("Impact");
}

RiskHeatMapRenderer::Layout RiskHeatMapRenderer::layout(const QRectF& target) const
{
    Layout l;
    const qreal side = std::min(target.width(), target.height());
    if (side <= 0)
        return l;

    const qreal base = side * 0.04;
    l.titleFont = sizedFont(m_font, std::max(10.0, base * 1.3), QFont::Bold);
    l.axisFont = sizedFont(m_font, std::max(9.0, base), QFont::DemiBold);
    l.labelFont = sizedFont(m_font, std::max(8.0, base * 0.9), QFont::Normal);
    const QFontMetricsF titleMetrics(l.titleFont);
    const QFontMetricsF axisMetrics(l.axisFont);
    const QFontMetricsF labelMetrics(l.labelFont);

    const qreal titleHeight = m_title.isEmpty() ? 0 : titleMetrics.height() * 1.6;
    const qreal axisHeight = axisMetrics.height() * 1.4;
    const qreal labelLine = labelMetrics.height();
    const qreal pad = labelLine * 0.5;
    const qreal margin = base * 0.5;

    qreal fullLabelWidth = 0;
    qreal shortLabelWidth = 0;
    bool wordsFitAt = true;
    qreal widestWord = 0;
    for (const RiskLevel level : allRiskLevels()) {
        const QString label = riskLevelLabel(level);
        fullLabelWidth = std::max(fullLabelWidth, labelMetrics.horizontalAdvance(label));
        shortLabelWidth =
            std::max(shortLabelWidth, labelMetrics.horizontalAdvance(riskLevelShortLabel(level)));
        for (const QString& word : label.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widestWord = std::max(widestWord, labelMetrics.horizontalAdvance(word));
    }
    l.fullRowLabels = fullLabelWidth + pad <= target.width() * 0.24;
    const qreal rowLabelWidth = (l.fullRowLabels ? fullLabelWidth : shortLabelWidth) + pad;

    const auto cellFor = [&](qreal columnLabelHeight) {
        const qreal availableWidth = target.width() - axisHeight - rowLabelWidth - margin;
        const qreal availableHeight =
            target.height() - titleHeight - columnLabelHeight - axisHeight;
        return std::max(0.0, std::min(availableWidth, availableHeight) / gridSize);
    };

    // Column labels sit under cells that may be narrow: one line if they fit,
    // else wrapped at spaces, else the abbreviations.
    qreal columnLabelHeight = labelLine + pad * 0.6;
    l.cell = cellFor(columnLabelHeight);
    if (fullLabelWidth > l.cell - pad * 0.5) {
        columnLabelHeight = 2 * labelLine + pad * 0.6;
        l.cell = cellFor(columnLabelHeight);
        wordsFitAt = widestWord <= l.cell - pad * 0.5;
        if (wordsFitAt) {
            l.columnLabelStyle = Layout::ColumnLabels::Wrapped;
        } else {
            l.columnLabelStyle = Layout::ColumnLabels::Short;
            columnLabelHeight = labelLine + pad * 0.6;
            l.cell = cellFor(columnLabelHeight);
        }
    }

    const qreal gridSide = l.cell * gridSize;
    const qreal blockWidth = axisHeight + rowLabelWidth + gridSide;
    const qreal blockHeight = titleHeight + gridSide + columnLabelHeight + axisHeight;
    const qreal left = target.left() + std::max(0.0, (target.width() - blockWidth) / 2);
    const qreal top = target.top() + std::max(0.0, (target.height() - blockHeight) / 2);

    l.title = QRectF(target.left(), top, target.width(), titleHeight);
    l.likelihoodTitle = QRectF(left, top + titleHeight, axisHeight, gridSide);
    l.rowLabels = QRectF(l.likelihoodTitle.right(), top + titleHeight, rowLabelWidth, gridSide);
    l.grid = QRectF(l.rowLabels.right(), top + titleHeight, gridSide, gridSide);
    l.columnLabels = QRectF(l.grid.left(), l.grid.bottom(), gridSide, columnLabelHeight);
    l.impactTitle = QRectF(l.grid.left(), l.columnLabels.bottom(), gridSide, axisHeight);

    l.gap = std::max(1.0, l.cell * 0.04);
    l.countFont = sizedFont(m_font, l.cell * 0.34, QFont::Bold);
    l.zeroFont = sizedFont(m_font, l.cell * 0.24, QFont::Normal);
    l.shortFont = sizedFont(m_font, l.cell * 0.15, QFont::Normal);
    l.shortBoldFont = sizedFont(m_font, l.cell * 0.15, QFont::Bold);
    l.showShortLabels = l.cell * 0.15 >= 7;
    return l;
}

QRectF RiskHeatMapRenderer::gridRect(const QRectF& target) const
{
    return layout(target).grid;
}

QRectF RiskHeatMapRenderer::cellRect(const QRectF& target, RiskLevel likelihood,
                                     RiskLevel impact) const
{
    return cellRectIn(layout(target), likelihood, impact);
}

QRectF RiskHeatMapRenderer::cellRectIn(const Layout& l, RiskLevel likelihood, RiskLevel impact)
{
    if (l.cell <= 0)
        return {};
    const auto column = static_cast<qreal>(riskLevelIndex(impact));
    const auto row =
        static_cast<qreal>(gridSize - 1 - static_cast<int>(riskLevelIndex(likelihood)));
    return QRectF(l.grid.left() + column * l.cell + l.gap / 2,
                  l.grid.top() + row * l.cell + l.gap / 2, l.cell - l.gap, l.cell - l.gap);
}

std::optional<RiskHeatMapRenderer::Cell> RiskHeatMapRenderer::cellAt(const QRectF& target,
                                                                     const QPointF& point) const
{
    const Layout l = layout(target);
    if (l.cell <= 0 || !l.grid.contains(point))
        return std::nullopt;
    const int column =
        std::clamp(static_cast<int>((point.x() - l.grid.left()) / l.cell), 0, gridSize - 1);
    const int row =
        std::clamp(static_cast<int>((point.y() - l.grid.top()) / l.cell), 0, gridSize - 1);
    const auto levels = allRiskLevels();
    return Cell{levels[static_cast<std::size_t>(gridSize - 1 - row)],
                levels[static_cast<std::size_t>(column)]};
}

void RiskHeatMapRenderer::paint(QPainter& painter, const QRectF& target) const
{
    const Layout l = layout(target);
    if (l.cell <= 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintLabels(painter, l);
    for (const RiskLevel likelihood : allRiskLevels()) {
        for (const RiskLevel impact : allRiskLevels())
            paintCell(painter, l, Cell{likelihood, impact});
    }
    painter.restore();
}

void RiskHeatMapRenderer::paintLabels(QPainter& painter, const Layout& l) const
{
    painter.setPen(m_textColor);

    if (!m_title.isEmpty()) {
        painter.setFont(l.titleFont);
        const QFontMetricsF metrics(l.titleFont);
        const QString title = metrics.elidedText(m_title, Qt::ElideRight, l.title.width());
        const qreal width = metrics.horizontalAdvance(title);
        // Centred over the grid rather than the whole block, unless that would
        // push it out of the target.
        const qreal x = std::clamp(l.grid.center().x() - width / 2, l.title.left(),
                                   std::max(l.title.left(), l.title.right() - width));
        painter.drawText(QRectF(x, l.title.top(), width + 1, l.title.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, title);
    }

    painter.setFont(l.axisFont);
    painter.drawText(l.impactTitle, Qt::AlignCenter, impactAxisTitle());
    painter.save();
    painter.translate(l.likelihoodTitle.center());
    painter.rotate(-90);
    const QRectF rotated(-l.likelihoodTitle.height() / 2, -l.likelihoodTitle.width() / 2,
                         l.likelihoodTitle.height(), l.likelihoodTitle.width());
    painter.drawText(rotated, Qt::AlignCenter, likelihoodAxisTitle());
    painter.restore();

    painter.setFont(l.labelFont);
    const qreal pad = QFontMetricsF(l.labelFont).height() * 0.5;
    for (const RiskLevel level : allRiskLevels()) {
        const int index = static_cast<int>(riskLevelIndex(level));
        const QRectF row(l.rowLabels.left(), l.grid.top() + (gridSize - 1 - index) * l.cell,
                         l.rowLabels.width() - pad * 0.7, l.cell);
        painter.drawText(row, Qt::AlignRight | Qt::AlignVCenter,
                         l.fullRowLabels ? riskLevelLabel(level) : riskLevelShortLabel(level));

        const QRectF column(l.grid.left() + index * l.cell, l.columnLabels.top() + pad * 0.3,
                            l.cell, l.columnLabels.height() - pad * 0.3);
        switch (l.columnLabelStyle) {
        case Layout::ColumnLabels::OneLine:
            painter.drawText(column, Qt::AlignHCenter | Qt::AlignTop, riskLevelLabel(level));
            break;
        case Layout::ColumnLabels::Wrapped:
            painter.drawText(column, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                             riskLevelLabel(level));
            break;
        case Layout::ColumnLabels::Short:
            painter.drawText(column, Qt::AlignHCenter | Qt::AlignTop, riskLevelShortLabel(level));
            break;
        }
    }
}

void RiskHeatMapRenderer::paintCell(QPainter& painter, const Layout& l, const Cell& cell) const
{
    const QRectF rect = cellRectIn(l, cell.likelihood, cell.impact);
    const RiskLevel level = m_matrix.level(cell.likelihood, cell.impact);
    const QColor fill = levelColor(level);
    const QColor ink = levelTextColor(level);

    const qreal border = std::max(1.0, l.cell * 0.012);
    painter.setPen(QPen(fill.darker(130), border));
    painter.setBrush(fill);
    painter.drawRect(rect.adjusted(border / 2, border / 2, -border / 2, -border / 2));

    if (level == RiskLevel::VeryHigh) {
        // Vector lines rather than a brush pattern, so the hatch stays crisp
        // at any scale and in PDF output.
        painter.save();
        painter.setClipRect(rect.adjusted(border, border, -border, -border));
        painter.setPen(QPen(fill.darker(150), std::max(1.0, l.cell * 0.025)));
        const qreal step = std::max(4.0, l.cell * 0.12);
        for (qreal x = rect.left() - rect.height(); x < rect.right(); x += step)
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
        painter.restore();
    }

    const qreal shortBand = l.showShortLabels ? QFontMetricsF(l.shortFont).height() * 1.5 : 0;
    const QRectF countArea = rect.adjusted(0, shortBand * 0.35, 0, -shortBand * 0.65);
    const int count = m_counts.count(cell.likelihood, cell.impact);
    if (count > 0) {
        painter.setFont(l.countFont);
        painter.setPen(ink);
        painter.drawText(countArea, Qt::AlignCenter, QLocale().toString(count));
    } else {
        QColor faint = ink;
        faint.setAlphaF(0.45f);
        painter.setFont(l.zeroFont);
        painter.setPen(faint);
        painter.drawText(countArea, Qt::AlignCenter, QLocale().toString(0));
    }

    if (l.showShortLabels) {
        painter.setFont(level >= RiskLevel::High ? l.shortBoldFont : l.shortFont);
        painter.setPen(ink);
        const QRectF band(rect.left(), rect.bottom() - shortBand, rect.width(), shortBand);
        painter.drawText(band, Qt::AlignHCenter | Qt::AlignTop, riskLevelShortLabel(level));
    }

    painter.setBrush(Qt::NoBrush);
    const qreal outline = std::max(2.0, l.cell * 0.05);
    const bool highlighted = m_highlighted && *m_highlighted == cell;
    if (highlighted) {
        // A dark outer ring and a light inner ring: one of them contrasts with
        // every fill of the ramp.
        painter.setPen(
            QPen(m_highlightColor, outline, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter.drawRect(rect.adjusted(outline / 2, outline / 2, -outline / 2, -outline / 2));
        const qreal inner = std::max(1.0, outline * 0.4);
        const qreal offset = outline + inner / 2;
        painter.setPen(QPen(lightInk, inner, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter.drawRect(rect.adjusted(offset, offset, -offset, -offset));
    }
    if (m_focus && *m_focus == cell) {
        const qreal width = std::max(1.0, l.cell * 0.02);
        const qreal inset = (highlighted ? outline * 1.8 : outline * 0.8) + width / 2;
        painter.setPen(QPen(ink, width, Qt::DashLine));
        painter.drawRect(rect.adjusted(inset, inset, -inset, -inset));
    }
}

} // namespace palisade
