#include "ui/widgets/BusyCursor.h"

#include <QCursor>
#include <QGuiApplication>

namespace palisade::ui {

BusyCursor::BusyCursor()
{
    QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
}

BusyCursor::~BusyCursor()
{
    QGuiApplication::restoreOverrideCursor();
}

} // namespace palisade::ui
