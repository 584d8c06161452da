#pragma once

#include "core/incidents/NotificationRecipient.h"

#include <QDate>
#include <QString>

namespace palisade {

// One notice a breach calls for, and its deadline (BreachNotificationRules).
struct RequiredNotification
{
    NotificationRecipient recipient = NotificationRecipient::Individuals;
    QString jurisdiction;      // Media and StateAuthority: the State's USPS code
    qint64 counterpartyId = 0; // CoveredEntity: whom to notify
    QString recipientName;     // the covered entity's name or the State authority
    QDate dueOn;               // the last day the notice is on time
    bool annualLog = false;    // Hhs for fewer than 500: the yearly submission
    QString basis;             // the rule, in words with its citation (translated)

    // What identifies the notice among an incident's: recipient plus
    // jurisdiction or counterparty ("media:FL", "covered_entity:12", "hhs").
    QString key() const;

    friend bool operator==(const RequiredNotification&, const RequiredNotification&) = default;
};

} // namespace palisade
