#pragma once

#include "core/incidents/RequiredNotification.h"

#include <QDate>
#include <QString>

namespace palisade {

// One notice a reportable incident calls for, and where it stands on a day:
// sent (when), or how many days are left (negative once overdue).
struct IncidentDeadline
{
    qint64 incidentId = 0;
    QString reference; // "INC-0007"
    QString title;
    bool incidentClosed = false;
    RequiredNotification notice;
    bool sent = false;
    QDate sentOn;         // the first notice sent for its key
    qint64 daysLeft = 0;  // from the day asked about to notice.dueOn
    bool overdue = false; // unsent and past its due date
    bool late = false;    // sent, but after its due date

    friend bool operator==(const IncidentDeadline&, const IncidentDeadline&) = default;
};

} // namespace palisade
