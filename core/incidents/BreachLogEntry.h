#pragma once

#include "core/incidents/BreachStatus.h"
#include "core/incidents/IncidentKind.h"
#include "core/incidents/JurisdictionCount.h"
#include "core/incidents/NotificationRecipient.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <vector>

namespace palisade {

// One breach on the log of a calendar year: what HHS's breach portal asks
// for each breach (164.408(c)), fewer than 500 or not.
struct BreachLogEntry
{
    struct Notice
    {
        NotificationRecipient recipient = NotificationRecipient::Individuals;
        QString jurisdiction;
        qint64 counterpartyId = 0;
        QDate sentOn;
        QString method;

        friend bool operator==(const Notice&, const Notice&) = default;
    };

    qint64 incidentId = 0;
    QString reference; // "INC-0007"
    QString title;
    BreachStatus status = BreachStatus::PresumedBreach;
    IncidentKind kind = IncidentKind::Other;
    QDate occurredOn;
    QDate discoveredOn;
    int totalAffected = 0;
    std::vector<JurisdictionCount> affected;
    QStringList phiTypes;
    QString containment; // safeguards and the steps taken in response
    QString description;
    std::vector<Notice> notices; // by date sent

    friend bool operator==(const BreachLogEntry&, const BreachLogEntry&) = default;
};

} // namespace palisade
