#pragma once

#include <Qt>

namespace palisade::ui::vendorrole {

// The data roles the counterparty and agreement tables share, so one filter
// proxy serves both.
enum Role
{
    SortRole = Qt::UserRole + 1,
    IdRole,           // qint64: counterparty or agreement id
    SearchTextRole,   // every field the text filter matches
    StatusKeysRole,   // QStringList: agreement status keys (a counterparty's agreements)
    DirectionKeyRole, // QString: "upstream" or "downstream"
    AttentionRole,    // bool: something on the due list concerns the row
    PercentRole,      // int: provision completeness, agreements only
};

} // namespace palisade::ui::vendorrole
