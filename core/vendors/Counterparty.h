#pragma once

#include "core/vendors/Contact.h"
#include "core/vendors/CounterpartyRelationship.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace palisade {

// A covered entity we serve, a subcontractor we use, or another vendor.
struct Counterparty
{
    qint64 id = 0; // 0 until stored
    QString name;
    CounterpartyRelationship relationship = CounterpartyRelationship::CoveredEntity;
    QString services;
    QString phiTypes; // e.g. "claims, diagnosis codes"
    // Whether PHI actually flows to or from them: with no BAA in effect this
    // is a finding.
    bool sharesPhi = true;
    QString notes;
    std::vector<Contact> contacts;
    std::vector<qint64> assetIds; // ascending
    QDateTime createdAt;          // UTC
    QDateTime updatedAt;          // UTC

    friend bool operator==(const Counterparty&, const Counterparty&) = default;
};

} // namespace palisade
