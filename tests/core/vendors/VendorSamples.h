#pragma once

#include "core/vendors/Agreement.h"
#include "core/vendors/BaaProvision.h"
#include "core/vendors/Counterparty.h"

#include <QDate>

namespace palisade::test {

// Records shaped like a coding and billing company's: a clinic it serves and
// a clearinghouse it sends claims through.
inline Counterparty clinic()
{
    Counterparty c;
    c.name = QStringLiteral("Lakeside Family Clinic");
    c.relationship = CounterpartyRelationship::CoveredEntity;
    c.services = QStringLiteral("Professional coding and claims submission");
    c.phiTypes = QStringLiteral("Encounter notes, diagnosis codes, insurance IDs");
    c.contacts = {Contact{QStringLiteral("Dana Whitfield"), QStringLiteral("Privacy Officer"),
                          QStringLiteral("dana.whitfield@lakeside.example"),
                          QStringLiteral("555-0142")}};
    return c;
}

inline Counterparty clearinghouse()
{
    Counterparty c;
    c.name = QStringLiteral("Northgate Claims Exchange");
    c.relationship = CounterpartyRelationship::Subcontractor;
    c.services = QStringLiteral("837/835 claim exchange");
    c.phiTypes = QStringLiteral("Claims, remittances");
    return c;
}

inline std::vector<ProvisionCheck> allPresent()
{
    std::vector<ProvisionCheck> checks;
    int section = 1;
    for (const BaaProvision& provision : BaaProvision::all())
        checks.push_back(ProvisionCheck{provision.key, ProvisionState::Present,
                                        QStringLiteral("§%1").arg(section++)});
    return checks;
}

// An active agreement signed and effective on `effective`, expiring two years later.
inline Agreement activeAgreement(qint64 counterpartyId, AgreementDirection direction,
                                 const QDate& effective = QDate(2025, 6, 1))
{
    Agreement a;
    a.counterpartyId = counterpartyId;
    a.title = direction == AgreementDirection::Upstream
                  ? QStringLiteral("Coding services BAA")
                  : QStringLiteral("Clearinghouse subcontractor BAA");
    a.direction = direction;
    a.status = AgreementStatus::Active;
    a.signedOn = effective.addDays(-3);
    a.effectiveOn = effective;
    a.expiresOn = effective.addYears(2);
    a.provisions = allPresent();
    return a;
}

} // namespace palisade::test
