#pragma once

#include "core/risk/RiskHeatMapCounts.h"
#include "core/risk/RiskHeatMapRenderer.h"
#include "core/risk/RiskLevel.h"
#include "core/risk/RiskMatrix.h"

#include <QWidget>
#include <optional>

namespace palisade::ui {

// The inherent and the residual heat map side by side. Clicking a cell (or
// pressing Enter on it) selects it so the register can filter to its risks;
// activating the selected cell again, or Escape, clears the selection.
class RiskHeatMapWidget : public QWidget
{
    Q_OBJECT

public:
    using Cell = RiskHeatMapRenderer::Cell;

    explicit RiskHeatMapWidget(QWidget* parent = nullptr);

    void setData(const RiskMatrix& matrix, const RiskHeatMapCounts& inherent,
                 const RiskHeatMapCounts& residual);
    const RiskMatrix& matrix() const { return m_inherent.matrix(); }
    const RiskHeatMapCounts& counts(bool residual) const;

    bool hasSelection() const { return m_selection.has_value(); }
    bool selectionIsResidual() const { return m_selection && m_selection->residual; }
    std::optional<Cell> selectedCell() const;
    // Clears without asking the user; emits selectionCleared() if a cell was selected.
    void clearSelection();

    bool focusIsResidual() const { return m_focus.residual; }
    Cell focusCell() const { return m_focus.cell; }

    // In widget coordinates; empty when the widget is too small to draw a grid.
    QRect cellRect(bool residual, RiskLevel likelihood, RiskLevel impact) const;
    QString cellToolTip(bool residual, RiskLevel likelihood, RiskLevel impact) const;

    bool isEmptyState() const;
    static QString emptyStateText();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellActivated(bool residual, palisade::RiskLevel likelihood, palisade::RiskLevel impact);
    void selectionCleared();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    struct Place
    {
        bool residual = false;
        Cell cell;

        friend bool operator==(const Place&, const Place&) = default;
    };

    QRectF gridTarget(bool residual) const;
    const RiskHeatMapRenderer& renderer(bool residual) const;
    std::optional<Place> placeAt(const QPointF& point) const;
    void activate(const Place& place);
    void setFocusPlace(const Place& place);
    void moveFocus(int likelihoodStep, int impactStep);
    void syncRenderers();
    void updateAccessibility();

    RiskHeatMapRenderer m_inherent;
    RiskHeatMapRenderer m_residual;
    std::optional<Place> m_selection;
    Place m_focus{false, Cell{RiskLevel::VeryHigh, RiskLevel::VeryLow}};
    std::optional<Place> m_pressed;
};

} // namespace palisade::ui
