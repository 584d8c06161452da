#include "core/demo/DemoVendorGenerator.h"

#include "core/demo/DemoContext.h"
#include "core/demo/DemoFailure.h"
#include "core/demo/DemoNames.h"
#include "core/demo/DemoRecords.h"
#include "core/demo/DemoSettings.h"
#include "core/demo/DemoTally.h"
#include "core/demo/DemoTimeline.h"
#include "core/program/Program.h"
#include "core/vendors/BaaProvision.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"

#include <QSet>

namespace palisade {
namespace {

QString slug(const QString& name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
    }
    return out.left(24);
}

} // namespace

DemoVendorGenerator::DemoVendorGenerator(DemoContext& context)
    : m_context(context)
    , m_random(context.settings.seed, "vendors")
{
}

template <typename Step> void DemoVendorGenerator::on(const QDate& day, Step step)
{
    if (day <= m_context.last)
        m_context.timeline.at(day, std::move(step));
}

Counterparty DemoVendorGenerator::plannedCounterparty(CounterpartyRelationship relationship)
{
    QSet<QString>& taken = m_names;
    Counterparty c;
    c.relationship = relationship;
    const DemoVendorService* service = nullptr;
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (relationship == CounterpartyRelationship::CoveredEntity) {
            c.name = DemoNames::coveredEntityName(m_random);
        } else {
            const auto& pool = relationship == CounterpartyRelationship::Subcontractor
                                   ? DemoNames::subcontractorServices()
                                   : DemoNames::otherVendorServices();
            service = &m_random.pick(pool);
            c.name = DemoNames::vendorName(m_random, *service);
        }
        if (!taken.contains(c.name))
            break;
        c.name += QStringLiteral(" %1").arg(attempt + 2);
        if (!taken.contains(c.name))
            break;
    }
    taken.insert(c.name);
    if (relationship == CounterpartyRelationship::CoveredEntity) {
        c.services = DemoNames::coveredEntityServices(m_random);
        c.phiTypes = QStringLiteral("encounters, diagnosis and procedure codes, demographics, "
                                    "insurance member numbers");
        c.sharesPhi = true;
    } else {
        c.services = service->services;
        c.phiTypes = service->phiTypes;
        c.sharesPhi = service->sharesPhi;
    }
    const QString contact = DemoNames::personName(m_random);
    c.contacts.push_back(Contact{
        contact,
        relationship == CounterpartyRelationship::CoveredEntity ? QStringLiteral("Privacy Officer")
                                                                : QStringLiteral("Account Manager"),
        DemoNames::mailbox(contact) + QLatin1Char('@') + slug(c.name) + QStringLiteral(".example"),
        QStringLiteral("(813) 555-%1").arg(m_random.between(100, 199), 4, 10, QLatin1Char('0'))});
    return c;
}

void DemoVendorGenerator::fillProvisions(Agreement& agreement)
{
    const int draw = m_random.between(0, 99);
    const std::vector<BaaProvision>& all = BaaProvision::all();
    const int missing = draw >= 90 ? m_random.between(0, int(all.size()) - 1) : -1;
    agreement.provisions.clear();
    int section = 2;
    for (std::size_t i = 0; i < all.size(); ++i) {
        ProvisionCheck check;
        check.provision = all[i].key;
        if (int(i) == missing) {
            check.state = ProvisionState::Missing;
        } else if (draw >= 70 && draw < 90 && m_random.percent(25)) {
            check.state = ProvisionState::Unchecked;
        } else {
            check.state = ProvisionState::Present;
            check.clauseReference = QStringLiteral("§%1.%2").arg(section).arg(i % 4 + 1);
        }
        if (i % 4 == 3)
            ++section;
        agreement.provisions.push_back(check);
    }
}

Agreement DemoVendorGenerator::plannedAgreement(const Counterparty& counterparty) const
{
    Agreement a;
    a.counterpartyId = counterparty.id;
    const bool upstream = counterparty.relationship == CounterpartyRelationship::CoveredEntity;
    a.direction = upstream ? AgreementDirection::Upstream : AgreementDirection::Downstream;
    a.title = upstream ? QStringLiteral("BAA with %1").arg(counterparty.name)
                       : QStringLiteral("Subcontractor BAA with %1").arg(counterparty.name);
    a.permittedUses = upstream ? QStringLiteral("Coding, billing and related health care "
                                                "operations on behalf of the covered entity.")
                               : QStringLiteral("Only the services named in the master services "
                                                "agreement.");
    a.renewalTerms =
        QStringLiteral("Renews for three years unless either party gives 90 days' notice.");
    return a;
}

void DemoVendorGenerator::remember(const Counterparty& counterparty)
{
    if (counterparty.relationship == CounterpartyRelationship::CoveredEntity)
        m_context.records.coveredEntities.push_back({counterparty.id, counterparty.name});
    else if (counterparty.relationship == CounterpartyRelationship::Subcontractor)
        m_context.records.subcontractors.push_back({counterparty.id, counterparty.name});
    m_context.tally.add(DemoTally::Counterparties);
}

void DemoVendorGenerator::plan()
{
    const DemoContext& c = m_context;
    m_context.timeline.at(c.first.addDays(3), [this] { importInventory(); });
    const struct
    {
        CounterpartyRelationship relationship;
        int count;
    } groups[] = {
        {CounterpartyRelationship::CoveredEntity, c.settings.coveredEntities},
        {CounterpartyRelationship::Subcontractor, c.settings.subcontractors},
        {CounterpartyRelationship::OtherVendor, c.settings.otherVendors},
    };
    for (const auto& group : groups) {
        for (int i = 0; i < group.count; ++i) {
            if (i < group.count * 65 / 100)
                continue; // on file at set-up
            const QDate day = m_random.dayBetween(c.first.addDays(30), c.last.addDays(-10));
            const Counterparty planned = plannedCounterparty(group.relationship);
            m_context.timeline.at(day, [this, planned] { onboard(planned); });
        }
    }
}

void DemoVendorGenerator::importInventory()
{
    const DemoContext& c = m_context;
    std::vector<Counterparty> inventory;
    const struct
    {
        CounterpartyRelationship relationship;
        int count;
    } groups[] = {
        {CounterpartyRelationship::CoveredEntity, c.settings.coveredEntities * 65 / 100},
        {CounterpartyRelationship::Subcontractor, c.settings.subcontractors * 65 / 100},
        {CounterpartyRelationship::OtherVendor, c.settings.otherVendors * 65 / 100},
    };
    for (const auto& group : groups) {
        for (int i = 0; i < std::max(1, group.count); ++i)
            inventory.push_back(plannedCounterparty(group.relationship));
    }
    const std::vector<Counterparty> stored =
        need(m_context.program.counterparties().addAll(std::move(inventory)));
    std::vector<Agreement> agreements;
    const QDate today = m_context.timeline.current();
    for (const Counterparty& counterparty : stored) {
        remember(counterparty);
        if (!counterparty.sharesPhi)
            continue;
        Agreement a = plannedAgreement(counterparty);
        a.status = AgreementStatus::Active;
        a.signedOn = today.addDays(-m_random.between(30, 1500));
        a.effectiveOn = a.signedOn.addDays(m_random.between(0, 10));
        a.evergreen = m_random.percent(30);
        if (!a.evergreen) {
            a.expiresOn = a.effectiveOn.addYears(3);
            while (a.expiresOn < today.addDays(30))
                a.expiresOn = a.expiresOn.addYears(3);
        }
        a.lastReviewedOn = a.effectiveOn;
        while (a.lastReviewedOn.addYears(1) < today)
            a.lastReviewedOn = a.lastReviewedOn.addYears(1);
        const bool upstream = a.direction == AgreementDirection::Upstream;
        a.breachNoticeDays = upstream ? m_random.pick(std::vector<int>{10, 15, 30, 30, 60, 60})
                                      : m_random.pick(std::vector<int>{5, 10, 10, 15});
        a.incidentReportDays = std::min(a.breachNoticeDays, upstream ? 10 : 5);
        // A former client whose agreement ended before the program began.
        if (upstream && m_random.percent(4)) {
            a.status = AgreementStatus::Terminated;
            a.evergreen = false;
            a.signedOn = today.addDays(-m_random.between(2200, 3000));
            a.effectiveOn = a.signedOn;
            a.expiresOn = a.effectiveOn.addYears(3);
            a.terminatedOn = today.addDays(-m_random.between(250, 700));
            a.lastReviewedOn = a.terminatedOn.addDays(-m_random.between(30, 300));
            a.nextReviewOn = QDate();
            a.disposition = PhiDisposition::Destroyed;
            a.dispositionAttestedOn = a.terminatedOn.addDays(m_random.between(10, 40));
            a.dispositionAttestedBy = counterparty.contacts.front().name;
            a.notes = QStringLiteral("Client left; certificate of destruction on file.");
        }
        fillProvisions(a);
        agreements.push_back(a);
    }
    const std::vector<Agreement> added =
        need(m_context.program.baas().addAll(std::move(agreements)));
    for (const Agreement& a : added) {
        m_context.tally.add(DemoTally::Agreements);
        scheduleLife(a);
    }
}

void DemoVendorGenerator::onboard(const Counterparty& planned)
{
    const Counterparty counterparty = need(m_context.program.counterparties().add(planned));
    remember(counterparty);
    if (!counterparty.sharesPhi)
        return;
    Agreement draft = plannedAgreement(counterparty);
    draft.status = AgreementStatus::Draft;
    draft.breachNoticeDays = counterparty.relationship == CounterpartyRelationship::CoveredEntity
                                 ? m_random.pick(std::vector<int>{10, 15, 30, 60})
                                 : 10;
    draft.incidentReportDays = std::min(draft.breachNoticeDays, 10);
    fillProvisions(draft);
    const Agreement added = need(m_context.program.baas().add(draft));
    m_context.tally.add(DemoTally::Agreements);
    const qint64 id = added.id;
    on(m_context.timeline.current().addDays(m_random.between(3, 20)),
       [this, id] { negotiate(id); });
}

void DemoVendorGenerator::negotiate(qint64 id)
{
    Agreement a = need(m_context.program.baas().agreement(id));
    a.status = AgreementStatus::InNegotiation;
    need(m_context.program.baas().update(a));
    // Now and then an agreement is still being negotiated today.
    on(m_context.timeline.current().addDays(m_random.between(10, 45)), [this, id] { sign(id); });
}

void DemoVendorGenerator::sign(qint64 id)
{
    Agreement a = need(m_context.program.baas().agreement(id));
    const QDate today = m_context.timeline.current();
    a.status = AgreementStatus::Active;
    a.signedOn = today;
    a.effectiveOn = today.addDays(m_random.between(0, 14));
    a.evergreen = m_random.percent(25);
    if (!a.evergreen)
        a.expiresOn = a.effectiveOn.addYears(m_random.percent(70) ? 3 : 2);
    const Agreement signed_ = need(m_context.program.baas().update(a));
    scheduleLife(signed_);
}

void DemoVendorGenerator::scheduleLife(const Agreement& a)
{
    if (a.status != AgreementStatus::Active)
        return;
    const qint64 id = a.id;
    if (a.nextReviewOn.isValid())
        on(a.nextReviewOn.addDays(-m_random.between(0, 20)), [this, id] { review(id); });
    if (!a.evergreen && a.expiresOn.isValid())
        on(a.expiresOn.addDays(-m_random.between(10, 60)), [this, id] { reachExpiry(id); });
    if (a.direction == AgreementDirection::Upstream) {
        const int draw = m_random.between(0, 99);
        const QDate from = std::max(m_context.timeline.current(), a.effectiveOn).addDays(120);
        if (draw < 6)
            on(m_random.dayBetween(from, m_context.last), [this, id] { terminate(id); });
        else if (draw < 18)
            on(m_random.dayBetween(from, m_context.last), [this, id] { replace(id); });
    }
}

void DemoVendorGenerator::review(qint64 id)
{
    const Agreement a = need(m_context.program.baas().agreement(id));
    if (a.status != AgreementStatus::Active)
        return;
    const QDate today = m_context.timeline.current();
    if (m_random.percent(10)) {
        // Missed this year; caught up some months late.
        on(today.addDays(m_random.between(60, 200)), [this, id] { review(id); });
        return;
    }
    const Agreement reviewed = need(m_context.program.baas().markReviewed(id, today));
    on(reviewed.nextReviewOn.addDays(-m_random.between(0, 20)), [this, id] { review(id); });
}

void DemoVendorGenerator::reachExpiry(qint64 id)
{
    Agreement a = need(m_context.program.baas().agreement(id));
    if (a.status != AgreementStatus::Active)
        return;
    const int draw = m_random.between(0, 99);
    if (draw < 72) {
        a.expiresOn = a.expiresOn.addYears(3);
        a.notes = QStringLiteral("Renewed for three years on %1.")
                      .arg(m_context.timeline.current().toString(Qt::ISODate));
        const Agreement renewed = need(m_context.program.baas().update(a));
        on(renewed.expiresOn.addDays(-m_random.between(10, 60)), [this, id] { reachExpiry(id); });
    } else if (draw < 88) {
        // Lapsed: marked expired a little after the date.
        on(a.expiresOn.addDays(m_random.between(3, 20)), [this, id] {
            Agreement lapsed = need(m_context.program.baas().agreement(id));
            if (lapsed.status != AgreementStatus::Active)
                return;
            lapsed.status = AgreementStatus::Expired;
            need(m_context.program.baas().update(lapsed));
        });
    }
    // Otherwise nobody noticed: still active past its expiry date.
}

void DemoVendorGenerator::terminate(qint64 id)
{
    Agreement a = need(m_context.program.baas().agreement(id));
    if (a.status != AgreementStatus::Active)
        return;
    a.status = AgreementStatus::Terminated;
    a.terminatedOn = m_context.timeline.current();
    a.notes = QStringLiteral("The client ended the engagement.");
    need(m_context.program.baas().update(a));
    on(a.terminatedOn.addDays(m_random.between(15, 60)), [this, id] { attestDisposition(id); });
}

void DemoVendorGenerator::attestDisposition(qint64 id)
{
    Agreement a = need(m_context.program.baas().agreement(id));
    a.disposition = m_random.percent(70) ? PhiDisposition::Destroyed : PhiDisposition::Returned;
    a.dispositionAttestedOn = m_context.timeline.current();
    a.dispositionAttestedBy = m_context.records.officer;
    need(m_context.program.baas().update(a));
}

void DemoVendorGenerator::replace(qint64 id)
{
    Agreement old = need(m_context.program.baas().agreement(id));
    if (old.status != AgreementStatus::Active)
        return;
    const QDate today = m_context.timeline.current();
    Agreement next = old;
    next.id = 0;
    next.title = QStringLiteral("%1 (%2 template)").arg(old.title).arg(today.year());
    next.signedOn = today;
    next.effectiveOn = today;
    next.evergreen = false;
    next.expiresOn = today.addYears(3);
    next.lastReviewedOn = QDate();
    next.nextReviewOn = QDate();
    next.notes =
        QStringLiteral("Replaces %1 with the current template.").arg(agreementReference(old.id));
    fillProvisions(next);
    const Agreement added = need(m_context.program.baas().add(next));
    m_context.tally.add(DemoTally::Agreements);
    old.status = AgreementStatus::Terminated;
    old.terminatedOn = today;
    old.disposition = PhiDisposition::ProtectionsExtended;
    old.dispositionAttestedOn = today;
    old.dispositionAttestedBy = m_context.records.officer;
    old.notes = QStringLiteral("Superseded by %1.").arg(agreementReference(added.id));
    need(m_context.program.baas().update(old));
    scheduleLife(added);
}

} // namespace palisade
