#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// Where a workforce member stands. On leave still counts as on the workforce: training stays
// required.
enum class PersonStatus
{
    Active,
    OnLeave,
    Terminated, // terminatedOn is set
};

QString personStatusKey(PersonStatus value); // stored form, e.g. "terminated"
std::optional<PersonStatus> personStatusFromKey(const QString& key);
QString personStatusLabel(PersonStatus value); // translated
std::array<PersonStatus, 3> allPersonStatuss();

} // namespace palisade
