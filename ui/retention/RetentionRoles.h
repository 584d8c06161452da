#pragma once

#include <Qt>

namespace palisade::ui::retentionrole {

// The data roles of the Retention area's tables, for sorting, filtering and
// finding the record or hold behind a row.
enum Role
{
    SortRole = Qt::UserRole + 1,
    RecordTypeRole, // QString: recordtype key
    RecordIdRole,   // qint64
    StatusKeyRole,  // QString: retentionStatusKey as of the model's date
    SearchTextRole, // every field the text filter matches
    HoldIdRole,     // qint64
};

} // namespace palisade::ui::retentionrole
