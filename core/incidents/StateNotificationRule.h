#pragma once

#include <QString>

namespace palisade {

// A State's own breach-notice clock, kept as data (resources/incidents/
// state-rules.json, editable in the program): notice to `authority` within
// `days` days of discovery when at least `minimumResidents` of the State's
// residents are affected.
struct StateNotificationRule
{
    qint64 id = 0;        // 0 until stored
    QString jurisdiction; // USPS code, upper case; unique
    QString authority;    // who is notified, e.g. "Florida Department of Legal Affairs"
    int minimumResidents = 500;
    int days = 30;
    QString citation;
    QString notes;

    friend bool operator==(const StateNotificationRule&, const StateNotificationRule&) = default;
};

} // namespace palisade
