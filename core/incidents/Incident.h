#pragma once

#include "core/incidents/BreachAssessment.h"
#include "core/incidents/IncidentKind.h"
#include "core/incidents/JurisdictionCount.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace palisade {

// A security incident or impermissible use or disclosure of PHI, from the
// first report to closure.
struct Incident
{
    qint64 id = 0; // 0 until stored
    QString title;
    QString description; // what happened
    IncidentKind kind = IncidentKind::Other;
    QDate occurredOn;   // may be unknown
    QDate discoveredOn; // starts every notification clock (164.404(a)(2))
    QDate reportedOn;   // reported internally
    QDate containedOn;
    QDate closedOn;
    QString reporter;
    QString handler;
    std::vector<qint64> assetIds; // affected systems, ascending
    // The covered entities whose PHI it is, when we are their business
    // associate, ascending. Empty: the PHI is ours as a covered entity.
    std::vector<qint64> coveredEntityIds;
    // The agreement delegates notifying individuals, HHS and the media to us.
    bool notifiesForCoveredEntity = false;
    QStringList phiTypes;
    // Encrypted per NIST SP 800-111 with an uncompromised key: not unsecured
    // PHI, so not a reportable breach; securedBasis says why.
    bool phiSecured = false;
    QString securedBasis;
    std::vector<JurisdictionCount> affected; // by jurisdiction, ascending, no repeats
    QString containment;                     // containment and mitigation steps
    QString lessonsLearned;
    std::optional<BreachAssessment> assessment;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    int totalAffected() const;
    int affectedIn(const QString& jurisdiction) const;
    bool isClosed() const { return closedOn.isValid(); }

    friend bool operator==(const Incident&, const Incident&) = default;
};

// "INC-0007"
QString incidentReference(qint64 id);

} // namespace palisade
