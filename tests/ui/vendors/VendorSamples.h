#pragma once

// The vendor inventory of a twenty-person medical coding and billing
// company, as of the fixture clock's day (2026-03-01): two clinics it serves
// under signed agreements, a clearinghouse and a shredding firm it uses, a
// clinic it started working for without an agreement (a finding), and a
// coffee supplier that never sees PHI.

#include "core/program/Program.h"
#include "core/vendors/BaaProvision.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"

#include <catch2/catch_test_macros.hpp>

namespace palisade::test {

struct VendorSample
{
    qint64 lakeside = 0;
    qint64 northgate = 0;
    qint64 claimBridge = 0;
    qint64 shred = 0;
    qint64 metro = 0;
    qint64 coffee = 0;
    qint64 lakesideBaa = 0;      // upstream, active, review overdue since 2026-01-15
    qint64 northgateBaa = 0;     // upstream, active, evergreen
    qint64 clearinghouseBaa = 0; // downstream, active, expires 2026-04-15, notice gap, one missing
    qint64 shredBaa = 0;         // downstream, in negotiation, unchecked
};

inline qint64 addCounterparty(Program& program, const QString& name,
                              CounterpartyRelationship relationship, const QString& services,
                              const QString& phi, bool sharesPhi = true,
                              std::vector<Contact> contacts = {})
{
    Counterparty counterparty;
    counterparty.name = name;
    counterparty.relationship = relationship;
    counterparty.services = services;
    counterparty.phiTypes = phi;
    counterparty.sharesPhi = sharesPhi;
    counterparty.contacts = std::move(contacts);
    Result<Counterparty> added = program.counterparties().add(counterparty);
    REQUIRE(added);
    return added->id;
}

// Every provision present, with a clause reference, except those named.
inline std::vector<ProvisionCheck> provisionsPresent(const QStringList& missing = {},
                                                     const QStringList& notApplicable = {})
{
    std::vector<ProvisionCheck> checks;
    int clause = 1;
    for (const BaaProvision& provision : BaaProvision::all()) {
        ProvisionState state = ProvisionState::Present;
        if (missing.contains(provision.key))
            state = ProvisionState::Missing;
        else if (notApplicable.contains(provision.key))
            state = ProvisionState::NotApplicable;
        checks.push_back(
            {provision.key, state,
             state == ProvisionState::Present
                 ? QStringLiteral("\u00a7%1.%2").arg(clause / 4 + 2).arg(clause % 4 + 1)
                 : QString()});
        ++clause;
    }
    return checks;
}

inline Agreement activeAgreement(qint64 counterpartyId, const QString& title,
                                 AgreementDirection direction, const QDate& signedOn)
{
    Agreement agreement;
    agreement.counterpartyId = counterpartyId;
    agreement.title = title;
    agreement.direction = direction;
    agreement.status = AgreementStatus::Active;
    agreement.signedOn = signedOn;
    agreement.effectiveOn = signedOn;
    agreement.provisions = provisionsPresent();
    return agreement;
}

inline qint64 addAgreement(Program& program, const Agreement& agreement)
{
    Result<Agreement> added = program.baas().add(agreement);
    if (!added)
        FAIL(added.error().message.toStdString());
    return added->id;
}

inline VendorSample addBillingCompanyVendors(Program& program)
{
    VendorSample s;
    s.lakeside = addCounterparty(
        program, QStringLiteral("Lakeside Family Clinic"), CounterpartyRelationship::CoveredEntity,
        QStringLiteral("Professional coding, claims submission and denial follow-up"),
        QStringLiteral("Demographics, insurance IDs, diagnosis and procedure codes"), true,
        {{QStringLiteral("Joan Ramos"), QStringLiteral("Privacy Officer"),
          QStringLiteral("jramos@lakesideclinic.example"), QStringLiteral("555-0142")}});
    s.northgate = addCounterparty(program, QStringLiteral("Northgate Orthopedics"),
                                  CounterpartyRelationship::CoveredEntity,
                                  QStringLiteral("Surgical coding and payment posting"),
                                  QStringLiteral("Operative notes, claims, remittances"));
    s.claimBridge = addCounterparty(program, QStringLiteral("ClaimBridge Clearinghouse"),
                                    CounterpartyRelationship::Subcontractor,
                                    QStringLiteral("837 claim submission and 835 remittances"),
                                    QStringLiteral("Claims and remittance advice"));
    s.shred = addCounterparty(
        program, QStringLiteral("SecureShred Inc."), CounterpartyRelationship::Subcontractor,
        QStringLiteral("On-site paper shredding"), QStringLiteral("EOBs and faxed records"));
    s.metro = addCounterparty(program, QStringLiteral("Metro Pediatrics Group"),
                              CounterpartyRelationship::CoveredEntity,
                              QStringLiteral("Coding backlog clean-up (started February)"),
                              QStringLiteral("Claims and visit notes"));
    s.coffee = addCounterparty(program, QStringLiteral("Office Coffee Co."),
                               CounterpartyRelationship::OtherVendor,
                               QStringLiteral("Break-room supplies"), QString(), false);

    Agreement lakeside =
        activeAgreement(s.lakeside, QStringLiteral("Business Associate Agreement \u2014 Lakeside"),
                        AgreementDirection::Upstream, QDate(2024, 1, 10));
    lakeside.effectiveOn = QDate(2024, 2, 1);
    lakeside.expiresOn = QDate(2027, 1, 31);
    lakeside.lastReviewedOn = QDate(2025, 1, 15);
    lakeside.breachNoticeDays = 30;
    lakeside.incidentReportDays = 10;
    lakeside.permittedUses = QStringLiteral("Coding, billing and collections for the clinic");
    s.lakesideBaa = addAgreement(program, lakeside);

    Agreement northgate = activeAgreement(s.northgate, QStringLiteral("Northgate BAA (evergreen)"),
                                          AgreementDirection::Upstream, QDate(2025, 6, 1));
    northgate.evergreen = true;
    northgate.renewalTerms = QStringLiteral("Runs until either party gives 90 days' notice");
    northgate.breachNoticeDays = 45;
    s.northgateBaa = addAgreement(program, northgate);

    Agreement clearinghouse =
        activeAgreement(s.claimBridge, QStringLiteral("ClaimBridge subcontractor BAA"),
                        AgreementDirection::Downstream, QDate(2023, 4, 16));
    clearinghouse.expiresOn = QDate(2026, 4, 15);
    clearinghouse.flowsDownFrom = {s.lakesideBaa};
    clearinghouse.breachNoticeDays = 45;
    clearinghouse.incidentReportDays = 15;
    clearinghouse.lastReviewedOn = QDate(2025, 9, 1);
    clearinghouse.provisions =
        provisionsPresent({QStringLiteral("accounting")}, {QStringLiteral("amendment")});
    s.clearinghouseBaa = addAgreement(program, clearinghouse);

    Agreement shred;
    shred.counterpartyId = s.shred;
    shred.title = QStringLiteral("SecureShred BAA (draft from vendor)");
    shred.direction = AgreementDirection::Downstream;
    shred.status = AgreementStatus::InNegotiation;
    shred.breachNoticeDays = 20;
    shred.incidentReportDays = 5;
    shred.provisions = BaaProvision::checklist({});
    s.shredBaa = addAgreement(program, shred);
    return s;
}

} // namespace palisade::test
