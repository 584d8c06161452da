#pragma once

#include <Qt>

namespace palisade::ui::incidentrole {

// The data roles of the incident tables that their proxies and pages read.
enum Role
{
    SortRole = Qt::UserRole + 1,
    IdRole,              // qint64: the incident's id
    SearchTextRole,      // the words the filter box looks in
    ClosedRole,          // bool: the incident is closed
    BreachStatusKeyRole, // QString: its BreachStatus key
    OverdueRole,         // bool: a notice it owes is past its due date
};

} // namespace palisade::ui::incidentrole
