#include "ui/risk/RiskHeatMapWidget.h"

#include <QAccessible>
#include <QFocusEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace palisade::ui {

namespace {

constexpr int outerMargin = 8;
constexpr int gridSpacing = 16;

RiskLevel stepped(RiskLevel level, int step)
{
    const int index = std::clamp(static_cast<int>(riskLevelIndex(level)) + step, 0,
                                 static_cast<int>(riskLevelCount) - 1);
    return allRiskLevels()[static_cast<std::size_t>(index)];
}

} // namespace

RiskHeatMapWidget::RiskHeatMapWidget(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Risk heat map"));
    m_inherent.setTitle(tr("Inherent risk"));
    m_residual.setTitle(tr("Residual risk"));
    syncRenderers();
    updateAccessibility();
}

void RiskHeatMapWidget::setData(const RiskMatrix& matrix, const RiskHeatMapCounts& inherent,
                                const RiskHeatMapCounts& residual)
{
    m_inherent.setMatrix(matrix);
    m_inherent.setCounts(inherent);
    m_residual.setMatrix(matrix);
    m_residual.setCounts(residual);
    // Until residual ratings exist, an all-zero grid would read as "no risk left".
    m_residual.setTitle(residual.total() == 0 && inherent.total() > 0
                            ? tr("Residual risk (none rated yet)")
                            : tr("Residual risk"));
    updateAccessibility();
    update();
}

const RiskHeatMapCounts& RiskHeatMapWidget::counts(bool residual) const
{
    return renderer(residual).counts();
}

std::optional<RiskHeatMapWidget::Cell> RiskHeatMapWidget::selectedCell() const
{
    if (!m_selection)
        return std::nullopt;
    return m_selection->cell;
}

void RiskHeatMapWidget::clearSelection()
{
    if (!m_selection)
        return;
    m_selection.reset();
    syncRenderers();
    update();
    emit selectionCleared();
}

const RiskHeatMapRenderer& RiskHeatMapWidget::renderer(bool residual) const
{
    return residual ? m_residual : m_inherent;
}

QRectF RiskHeatMapWidget::gridTarget(bool residual) const
{
    const QRectF area =
        QRectF(rect()).adjusted(outerMargin, outerMargin, -outerMargin, -outerMargin);
    // Side by side unless the widget is much taller than wide.
    if (area.width() >= area.height() * 0.9) {
        const qreal width = (area.width() - gridSpacing) / 2;
        return QRectF(residual ? area.left() + width + gridSpacing : area.left(), area.top(), width,
                      area.height());
    }
    const qreal height = (area.height() - gridSpacing) / 2;
    return QRectF(area.left(), residual ? area.top() + height + gridSpacing : area.top(),
                  area.width(), height);
}

QRect RiskHeatMapWidget::cellRect(bool residual, RiskLevel likelihood, RiskLevel impact) const
{
    return renderer(residual).cellRect(gridTarget(residual), likelihood, impact).toAlignedRect();
}

std::optional<RiskHeatMapWidget::Place> RiskHeatMapWidget::placeAt(const QPointF& point) const
{
    for (const bool residual : {false, true}) {
        if (const auto cell = renderer(residual).cellAt(gridTarget(residual), point))
            return Place{residual, *cell};
    }
    return std::nullopt;
}

QString RiskHeatMapWidget::cellToolTip(bool residual, RiskLevel likelihood, RiskLevel impact) const
{
    const RiskHeatMapRenderer& map = renderer(residual);
    const int count = map.counts().count(likelihood, impact);
    return tr("%1 likelihood × %2 impact: %3 risk — %n risk(s)", nullptr, count)
        .arg(riskLevelLabel(likelihood), riskLevelLabel(impact),
             riskLevelLabel(map.matrix().level(likelihood, impact)));
}

bool RiskHeatMapWidget::isEmptyState() const
{
    return m_inherent.counts().total() == 0 && m_residual.counts().total() == 0;
}

QString RiskHeatMapWidget::emptyStateText()
{
    return tr("No risks yet — add a risk to see it on the heat map.");
}

QSize RiskHeatMapWidget::sizeHint() const
{
    return {760, 380};
}

QSize RiskHeatMapWidget::minimumSizeHint() const
{
    return {440, 230};
}

void RiskHeatMapWidget::syncRenderers()
{
    const QColor text = palette().color(QPalette::WindowText);
    const QColor highlight = palette().color(QPalette::Highlight);
    for (RiskHeatMapRenderer* map : {&m_inherent, &m_residual}) {
        const bool residual = map == &m_residual;
        map->setFont(font());
        map->setTextColor(text);
        map->setHighlightColor(highlight);
        map->setHighlightedCell(m_selection && m_selection->residual == residual
                                    ? std::optional<Cell>(m_selection->cell)
                                    : std::nullopt);
        map->setFocusCell(hasFocus() && m_focus.residual == residual
                              ? std::optional<Cell>(m_focus.cell)
                              : std::nullopt);
    }
}

void RiskHeatMapWidget::paintEvent(QPaintEvent*)
{
    syncRenderers();
    QPainter painter(this);
    const bool empty = isEmptyState();
    if (empty)
        painter.setOpacity(0.35);
    m_inherent.paint(painter, gridTarget(false));
    m_residual.paint(painter, gridTarget(true));
    if (!empty)
        return;

    painter.setOpacity(1.0);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area =
        QRectF(rect()).adjusted(outerMargin, outerMargin, -outerMargin, -outerMargin);
    const qreal width = std::min(area.width() * 0.8, 460.0);
    const QFontMetricsF metrics(font());
    const QRectF textBounds =
        metrics.boundingRect(QRectF(0, 0, width - 32, area.height()),
                             Qt::TextWordWrap | Qt::AlignCenter, emptyStateText());
    QRectF box(0, 0, width, textBounds.height() + 28);
    box.moveCenter(area.center());
    QColor backdrop = palette().color(QPalette::Base);
    backdrop.setAlphaF(0.94f);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(backdrop);
    painter.drawRoundedRect(box, 6, 6);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(box.adjusted(16, 14, -16, -14), Qt::TextWordWrap | Qt::AlignCenter,
                     emptyStateText());
}

bool RiskHeatMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const auto place = placeAt(help->pos())) {
            const QRect area =
                cellRect(place->residual, place->cell.likelihood, place->cell.impact);
            QToolTip::showText(
                help->globalPos(),
                cellToolTip(place->residual, place->cell.likelihood, place->cell.impact), this,
                area);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void RiskHeatMapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = placeAt(event->position());
    if (m_pressed)
        setFocusPlace(*m_pressed);
    event->accept();
}

void RiskHeatMapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const std::optional<Place> released = placeAt(event->position());
    // Only a press and release on the same cell counts, as with a button.
    if (m_pressed && released && *m_pressed == *released)
        activate(*released);
    m_pressed.reset();
    event->accept();
}

void RiskHeatMapWidget::activate(const Place& place)
{
    if (m_selection && *m_selection == place) {
        clearSelection();
        return;
    }
    m_selection = place;
    syncRenderers();
    update();
    emit cellActivated(place.residual, place.cell.likelihood, place.cell.impact);
}

void RiskHeatMapWidget::setFocusPlace(const Place& place)
{
    if (m_focus == place)
        return;
    m_focus = place;
    updateAccessibility();
    update();
}

void RiskHeatMapWidget::moveFocus(int likelihoodStep, int impactStep)
{
    Place next = m_focus;
    next.cell.likelihood = stepped(next.cell.likelihood, likelihoodStep);
    const int impactIndex = static_cast<int>(riskLevelIndex(next.cell.impact)) + impactStep;
    const int last = static_cast<int>(riskLevelCount) - 1;
    // Left and right run on across the gap between the two maps.
    if (impactIndex > last && !next.residual) {
        next.residual = true;
        next.cell.impact = RiskLevel::VeryLow;
    } else if (impactIndex < 0 && next.residual) {
        next.residual = false;
        next.cell.impact = RiskLevel::VeryHigh;
    } else {
        next.cell.impact = stepped(next.cell.impact, impactStep);
    }
    setFocusPlace(next);
}

void RiskHeatMapWidget::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        moveFocus(+1, 0);
        break;
    case Qt::Key_Down:
        moveFocus(-1, 0);
        break;
    case Qt::Key_Left:
        moveFocus(0, -1);
        break;
    case Qt::Key_Right:
        moveFocus(0, +1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activate(m_focus);
        break;
    case Qt::Key_Escape:
        if (!m_selection) {
            // Let a surrounding dialog see Escape when there is nothing to clear.
            QWidget::keyPressEvent(event);
            return;
        }
        clearSelection();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool RiskHeatMapWidget::focusNextPrevChild(bool next)
{
    // Tab steps from the inherent map to the residual one before leaving the
    // widget; Shift+Tab does the reverse.
    if (hasFocus() && next && !m_focus.residual) {
        setFocusPlace(Place{true, m_focus.cell});
        return true;
    }
    if (hasFocus() && !next && m_focus.residual) {
        setFocusPlace(Place{false, m_focus.cell});
        return true;
    }
    return QWidget::focusNextPrevChild(next);
}

void RiskHeatMapWidget::focusInEvent(QFocusEvent* event)
{
    if (event->reason() == Qt::TabFocusReason)
        m_focus.residual = false;
    else if (event->reason() == Qt::BacktabFocusReason)
        m_focus.residual = true;
    updateAccessibility();
    update();
    QWidget::focusInEvent(event);
}

void RiskHeatMapWidget::focusOutEvent(QFocusEvent* event)
{
    update();
    QWidget::focusOutEvent(event);
}

void RiskHeatMapWidget::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        syncRenderers();
        update();
        break;
    case QEvent::LanguageChange:
        m_inherent.setTitle(tr("Inherent risk"));
        setData(matrix(), m_inherent.counts(), m_residual.counts());
        setAccessibleName(tr("Risk heat map"));
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void RiskHeatMapWidget::updateAccessibility()
{
    QString description =
        tr("Risks by likelihood and impact. Inherent ratings: %1; residual ratings: %2. Arrow "
           "keys move between cells, Tab switches between the two maps, Enter or Space shows "
           "the risks in a cell.")
            .arg(m_inherent.counts().total())
            .arg(m_residual.counts().total());
    if (hasFocus()) {
        description += QLatin1Char(' ');
        description += (m_focus.residual ? tr("Residual map:") : tr("Inherent map:")) +
                       QLatin1Char(' ') +
                       cellToolTip(m_focus.residual, m_focus.cell.likelihood, m_focus.cell.impact);
    }
    if (description == accessibleDescription())
        return;
    setAccessibleDescription(description);
    if (QAccessible::isActive()) {
        QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&changed);
    }
}

} // namespace palisade::ui
