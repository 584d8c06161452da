#pragma once

#include "core/risk/RiskHeatMapCounts.h"
#include "core/risk/RiskLevel.h"
#include "core/risk/RiskMatrix.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QString>
#include <optional>

class QPainter;

namespace palisade {

// Paints one 5×5 risk heat map (likelihood rows, Very High at the top; impact
// columns, Very Low on the left) into any QPainter, so the same drawing serves
// the register page and the PDF evidence pack. Every size is derived from the
// target rectangle, so it scales from a widget to a printed page.
//
// Besides the colour ramp, which darkens steadily so it keeps its order in
// greyscale and for colour-blind readers, each cell prints its level's short
// label; High and Very High use bold labels, and Very High cells carry a
// diagonal hatch, so the severe cells stand out in black-and-white print.
class RiskHeatMapRenderer
{
    Q_DECLARE_TR_FUNCTIONS(palisade::RiskHeatMapRenderer)

public:
    struct Cell
    {
        RiskLevel likelihood = RiskLevel::VeryLow;
        RiskLevel impact = RiskLevel::VeryLow;

        friend bool operator==(const Cell&, const Cell&) = default;
    };

    RiskHeatMapRenderer();

    void setMatrix(const RiskMatrix& matrix) { m_matrix = matrix; }
    const RiskMatrix& matrix() const { return m_matrix; }

    void setCounts(const RiskHeatMapCounts& counts) { m_counts = counts; }
    const RiskHeatMapCounts& counts() const { return m_counts; }

    // Shown above the grid, e.g. "Inherent risk".
    void setTitle(const QString& title) { m_title = title; }
    QString title() const { return m_title; }

    void setHighlightedCell(std::optional<Cell> cell) { m_highlighted = cell; }
    std::optional<Cell> highlightedCell() const { return m_highlighted; }

    // Drawn as a dashed outline, for keyboard navigation.
    void setFocusCell(std::optional<Cell> cell) { m_focus = cell; }
    std::optional<Cell> focusCell() const { return m_focus; }

    // Title, axis titles and level labels. Black by default, for paper.
    void setTextColor(const QColor& color) { m_textColor = color; }
    QColor textColor() const { return m_textColor; }

    // Outline of the highlighted cell.
    void setHighlightColor(const QColor& color) { m_highlightColor = color; }
    QColor highlightColor() const { return m_highlightColor; }

    // Family and style only; the pixel sizes come from the target rectangle.
    void setFont(const QFont& font) { m_font = font; }
    QFont font() const { return m_font; }

    void paint(QPainter& painter, const QRectF& target) const;

    // Geometry for hit-testing, in the same coordinates as the target.
    QRectF gridRect(const QRectF& target) const;
    QRectF cellRect(const QRectF& target, RiskLevel likelihood, RiskLevel impact) const;
    std::optional<Cell> cellAt(const QRectF& target, const QPointF& point) const;

    static QColor levelColor(RiskLevel level);
    // Black or white, whichever contrasts more with levelColor(level).
    static QColor levelTextColor(RiskLevel level);

    static QString likelihoodAxisTitle();
    static QString impactAxisTitle();

private:
    struct Layout;

    Layout layout(const QRectF& target) const;
    static QRectF cellRectIn(const Layout& layout, RiskLevel likelihood, RiskLevel impact);
    void paintCell(QPainter& painter, const Layout& layout, const Cell& cell) const;
    void paintLabels(QPainter& painter, const Layout& layout) const;

    RiskMatrix m_matrix;
    RiskHeatMapCounts m_counts;
    QString m_title;
    std::optional<Cell> m_highlighted;
    std::optional<Cell> m_focus;
    QColor m_textColor = QColor(0x1a, 0x1a, 0x1a);
    QColor m_highlightColor = QColor(0x1a, 0x1a, 0x1a);
    QFont m_font;
};

} // namespace palisade
