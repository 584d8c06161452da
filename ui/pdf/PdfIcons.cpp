#include "ui/pdf/PdfIcons.h"

#include <QPainter>
#include <QPixmap>
#include <functional>

namespace palisade::ui::pdficons {

namespace {

// Draws on a 16×16 grid, scaled to each pixmap size.
QIcon drawn(const QPalette& palette, const std::function<void(QPainter&)>& draw)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 16.0, size / 16.0);
        QPen pen(palette.color(QPalette::WindowText), 1.5);
        pen.setCapStyle(Qt::RoundCap);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        draw(painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void magnifier(QPainter& painter)
{
    painter.drawEllipse(QPointF(6.5, 6.5), 4.5, 4.5);
    QPen pen = painter.pen();
    pen.setWidthF(2.0);
    painter.setPen(pen);
    painter.drawLine(QPointF(10, 10), QPointF(14, 14));
}

QIcon themed(const char* name, const QIcon& fallback)
{
    return QIcon::fromTheme(QLatin1String(name), fallback);
}

} // namespace

QIcon find(const QPalette& palette)
{
    return themed("edit-find", drawn(palette, magnifier));
}

QIcon zoomIn(const QPalette& palette)
{
    return themed("zoom-in", drawn(palette, [](QPainter& painter) {
                      magnifier(painter);
                      QPen pen = painter.pen();
                      pen.setWidthF(1.4);
                      painter.setPen(pen);
                      painter.drawLine(QPointF(4.5, 6.5), QPointF(8.5, 6.5));
                      painter.drawLine(QPointF(6.5, 4.5), QPointF(6.5, 8.5));
                  }));
}

QIcon zoomOut(const QPalette& palette)
{
    return themed("zoom-out", drawn(palette, [](QPainter& painter) {
                      magnifier(painter);
                      QPen pen = painter.pen();
                      pen.setWidthF(1.4);
                      painter.setPen(pen);
                      painter.drawLine(QPointF(4.5, 6.5), QPointF(8.5, 6.5));
                  }));
}

QIcon sidebar(const QPalette& palette)
{
    return themed("view-sidetree", drawn(palette, [](QPainter& painter) {
                      painter.drawRoundedRect(QRectF(1.5, 2.5, 13, 11), 1.5, 1.5);
                      painter.drawLine(QPointF(5.5, 2.5), QPointF(5.5, 13.5));
                  }));
}

} // namespace palisade::ui::pdficons
