#pragma once

#include <QIcon>
#include <QPalette>

namespace palisade::ui::pdficons {

// Icons for the viewer's tool bar: the desktop theme's when it has one,
// otherwise simple line drawings in the palette's text colour.
QIcon find(const QPalette& palette);
QIcon zoomIn(const QPalette& palette);
QIcon zoomOut(const QPalette& palette);
QIcon sidebar(const QPalette& palette);

} // namespace palisade::ui::pdficons
