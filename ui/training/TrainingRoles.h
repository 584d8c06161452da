#pragma once

#include <Qt>

namespace palisade::ui::trainingrole {

// The data roles of the training tables that their proxies and pages read.
enum Role
{
    SortRole = Qt::UserRole + 1,
    IdRole,         // qint64: person, course or completion id
    SearchTextRole, // the words the filter box looks in
    DepartmentRole, // QString: a person's department
    StatusKeyRole,  // QString: a person's status key
};

} // namespace palisade::ui::trainingrole
