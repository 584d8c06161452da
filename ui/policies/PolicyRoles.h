#pragma once

#include <Qt>

namespace palisade::ui::policyrole {

// The data roles of the policy table that its filter proxy reads.
enum Role
{
    SortRole = Qt::UserRole + 1,
    IdRole,          // qint64: policy id
    SearchTextRole,  // code, title and owner
    CategoryKeyRole, // QString: the policy category key
    ReviewDueRole,   // bool: overdue, due within 30 days, or no revision in effect
};

} // namespace palisade::ui::policyrole
