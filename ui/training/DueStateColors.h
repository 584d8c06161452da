#pragma once

#include "core/training/DueState.h"

#include <QColor>
#include <QString>

namespace palisade::ui {

// How each due state is coloured wherever training is shown, so the matrix,
// its legend and any summary agree: overdue red, due soon amber, complete
// green, not yet due neutral, not required and ended grey. Every pair is a
// light background with a dark text of the same hue, readable in light and
// dark themes alike (contrast of at least 4.5:1).
class DueStateColors
{
public:
    static QColor background(DueState state);
    static QColor foreground(DueState state);
    // What the legend says about the colour, e.g. "Due within 30 days".
    static QString legendText(DueState state);
};

} // namespace palisade::ui
