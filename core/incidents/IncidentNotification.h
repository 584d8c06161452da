#pragma once

#include "core/files/StoredFile.h"
#include "core/incidents/NotificationRecipient.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace palisade {

// One breach notice as sent: to whom, when, how and what it said, with a copy
// of the letter when there is one. Several may go to the same recipient (a
// supplemental or substitute notice).
struct IncidentNotification
{
    qint64 id = 0; // 0 until stored
    qint64 incidentId = 0;
    NotificationRecipient recipient = NotificationRecipient::Individuals;
    QString jurisdiction;      // Media and StateAuthority: the State's USPS code
    qint64 counterpartyId = 0; // CoveredEntity: the covered entity told
    QDate sentOn;
    QString method;  // "first-class mail", "email", "HHS web portal"...
    QString content; // the text of the notice, or a summary of it
    std::optional<StoredFile> file;
    QString sentBy;
    QDateTime recordedAt; // UTC
    QString recordedBy;

    // The RequiredNotification::key() this notice answers.
    QString key() const;

    friend bool operator==(const IncidentNotification&, const IncidentNotification&) = default;
};

} // namespace palisade
