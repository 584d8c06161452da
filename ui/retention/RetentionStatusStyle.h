#pragma once

#include "core/retention/RetentionStatus.h"

#include <QColor>
#include <QVariant>

namespace palisade::ui::retentionstyle {

// How a retention status is coloured wherever it is shown, so the table, the
// summary and the dialogs agree: eligible records green, held ones amber,
// drafts muted. An invalid QVariant means the palette's own colour.
QVariant statusColor(RetentionStatus status);
bool isStatusBold(RetentionStatus status);

} // namespace palisade::ui::retentionstyle
