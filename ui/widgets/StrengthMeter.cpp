#include "ui/widgets/StrengthMeter.h"

#include <QPainter>
#include <algorithm>

namespace palisade::ui {

StrengthMeter::StrengthMeter(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StrengthMeter::setLevel(int level)
{
    level = std::clamp(level, 0, segmentCount);
    if (level == m_level)
        return;
    m_level = level;
    update();
}

QSize StrengthMeter::sizeHint() const
{
    return {160, 6};
}

QSize StrengthMeter::minimumSizeHint() const
{
    return {60, 6};
}

QColor StrengthMeter::colorForLevel() const
{
    switch (m_level) {
    case 1:
        return QColor(0xc6, 0x28, 0x28);
    case 2:
        return QColor(0xe0, 0x8a, 0x00);
    case 3:
        return QColor(0x43, 0xa0, 0x47);
    default:
        return QColor(0x1b, 0x7a, 0x3a);
    }
}

void StrengthMeter::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const int gap = 4;
    const qreal segmentWidth = (width() - gap * (segmentCount - 1)) / qreal(segmentCount);
    const qreal top = (height() - 6) / 2.0;
    QColor empty = palette().color(QPalette::Mid);
    empty.setAlphaF(0.35f);
    for (int i = 0; i < segmentCount; ++i) {
        const QRectF segment(i * (segmentWidth + gap), top, segmentWidth, 6);
        painter.setBrush(i < m_level ? colorForLevel() : empty);
        painter.drawRoundedRect(segment, 3, 3);
    }
}

} // namespace palisade::ui
