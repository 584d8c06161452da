#include "core/vendors/BaaDueList.h"

#include "core/vendors/ProvisionCompleteness.h"

#include <algorithm>

namespace palisade {
namespace {

bool isOpen(AgreementStatus status)
{
    return status == AgreementStatus::Draft || status == AgreementStatus::InNegotiation ||
           status == AgreementStatus::Active;
}

QString dayText(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

BaaDueList::BaaDueList(const std::vector<Counterparty>& counterparties,
                       const std::vector<Agreement>& agreements)
    : m_counterparties(counterparties)
    , m_agreements(agreements)
{
}

std::vector<BaaDueItem> BaaDueList::asOf(const QDate& day) const
{
    std::vector<BaaDueItem> out;
    addCounterpartyFindings(day, out);
    for (const Agreement& agreement : m_agreements) {
        addDateItems(agreement, day, out);
        addProvisionItem(agreement, out);
        addNoticeItem(agreement, day, out);
    }
    std::stable_sort(out.begin(), out.end(), [](const BaaDueItem& a, const BaaDueItem& b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        if (a.date.isValid() != b.date.isValid())
            return a.date.isValid();
        if (a.date != b.date)
            return a.date < b.date;
        return a.subject.localeAwareCompare(b.subject) < 0;
    });
    return out;
}

QString BaaDueList::counterpartyName(qint64 id) const
{
    for (const Counterparty& counterparty : m_counterparties) {
        if (counterparty.id == id)
            return counterparty.name;
    }
    return {};
}

BaaDueItem BaaDueList::itemFor(const Agreement& agreement, BaaDueItem::Kind kind) const
{
    BaaDueItem item;
    item.kind = kind;
    item.counterpartyId = agreement.counterpartyId;
    item.agreementId = agreement.id;
    const QString counterparty = counterpartyName(agreement.counterpartyId);
    // Titles often name the counterparty already; saying it twice adds nothing.
    item.subject =
        agreement.title.contains(counterparty, Qt::CaseInsensitive)
            ? tr("%1 %2").arg(agreementReference(agreement.id), agreement.title)
            : tr("%1 %2 (%3)").arg(agreementReference(agreement.id), agreement.title, counterparty);
    return item;
}

void BaaDueList::addCounterpartyFindings(const QDate& day, std::vector<BaaDueItem>& out) const
{
    for (const Counterparty& counterparty : m_counterparties) {
        if (!counterparty.sharesPhi)
            continue;
        const bool covered =
            std::any_of(m_agreements.begin(), m_agreements.end(), [&](const Agreement& agreement) {
                return agreement.counterpartyId == counterparty.id && agreement.inEffectOn(day);
            });
        if (covered)
            continue;
        BaaDueItem item;
        item.kind = BaaDueItem::Kind::NoAgreementInEffect;
        item.overdue = true;
        item.counterpartyId = counterparty.id;
        item.subject = counterparty.name;
        item.message =
            tr("PHI is shared with %1, but no business associate agreement is in effect.")
                .arg(counterparty.name);
        out.push_back(item);
    }
}

void BaaDueList::addDateItems(const Agreement& agreement, const QDate& day,
                              std::vector<BaaDueItem>& out) const
{
    if (agreement.status != AgreementStatus::Active)
        return;
    if (agreement.nextReviewOn.isValid() &&
        agreement.nextReviewOn <= day.addDays(reviewWindowDays)) {
        BaaDueItem item = itemFor(agreement, BaaDueItem::Kind::ReviewDue);
        item.date = agreement.nextReviewOn;
        item.overdue = agreement.nextReviewOn < day;
        item.message = item.overdue ? tr("Review overdue since %1.").arg(dayText(item.date))
                                    : tr("Review due on %1 (in %n day(s)).", nullptr,
                                         int(day.daysTo(item.date)))
                                          .arg(dayText(item.date));
        out.push_back(item);
    }
    if (agreement.evergreen || !agreement.expiresOn.isValid())
        return;
    if (agreement.expiresOn < day) {
        BaaDueItem item = itemFor(agreement, BaaDueItem::Kind::Expired);
        item.date = agreement.expiresOn;
        item.overdue = true;
        item.message = tr("Expired on %1 but still marked active: renew it, or mark it expired.")
                           .arg(dayText(item.date));
        out.push_back(item);
    } else if (agreement.expiresOn <= day.addDays(expiryWindowDays)) {
        BaaDueItem item = itemFor(agreement, BaaDueItem::Kind::Expiring);
        item.date = agreement.expiresOn;
        item.message = tr("Expires on %1 (in %n day(s)).", nullptr, int(day.daysTo(item.date)))
                           .arg(dayText(item.date));
        out.push_back(item);
    }
}

void BaaDueList::addProvisionItem(const Agreement& agreement, std::vector<BaaDueItem>& out) const
{
    if (!isOpen(agreement.status))
        return;
    const ProvisionCompleteness completeness = ProvisionCompleteness::of(agreement);
    if (completeness.complete())
        return;
    BaaDueItem item = itemFor(agreement, BaaDueItem::Kind::MissingProvisions);
    item.overdue = agreement.status == AgreementStatus::Active && completeness.missing > 0;
    QStringList parts;
    if (completeness.missing > 0)
        parts << tr("%n required provision(s) missing", nullptr, completeness.missing);
    if (completeness.unchecked > 0)
        parts << tr("%n not yet checked", nullptr, completeness.unchecked);
    item.message = tr("%1 (%2).").arg(parts.join(tr(", ")), completeness.summary());
    out.push_back(item);
}

std::vector<const Agreement*> BaaDueList::upstreamsOf(const Agreement& agreement,
                                                      const QDate& day) const
{
    std::vector<const Agreement*> upstreams;
    for (const Agreement& candidate : m_agreements) {
        if (candidate.direction != AgreementDirection::Upstream)
            continue;
        const bool named = std::find(agreement.flowsDownFrom.begin(), agreement.flowsDownFrom.end(),
                                     candidate.id) != agreement.flowsDownFrom.end();
        // With no upstream named, the subcontractor must meet every upstream
        // agreement in effect.
        if (named || (agreement.flowsDownFrom.empty() && candidate.inEffectOn(day)))
            upstreams.push_back(&candidate);
    }
    return upstreams;
}

void BaaDueList::addNoticeItem(const Agreement& agreement, const QDate& day,
                               std::vector<BaaDueItem>& out) const
{
    if (agreement.direction != AgreementDirection::Downstream || !isOpen(agreement.status))
        return;
    const Agreement* strictestBreach = nullptr;
    const Agreement* strictestIncident = nullptr;
    for (const Agreement* upstream : upstreamsOf(agreement, day)) {
        if (!strictestBreach || upstream->breachNoticeDays < strictestBreach->breachNoticeDays)
            strictestBreach = upstream;
        if (!strictestIncident ||
            upstream->incidentReportDays < strictestIncident->incidentReportDays)
            strictestIncident = upstream;
    }
    QStringList problems;
    if (strictestBreach && agreement.breachNoticeDays > strictestBreach->breachNoticeDays)
        problems << tr("breach notice in %1 days, but %2 requires %3 of us")
                        .arg(agreement.breachNoticeDays)
                        .arg(agreementReference(strictestBreach->id))
                        .arg(strictestBreach->breachNoticeDays);
    if (strictestIncident && agreement.incidentReportDays > strictestIncident->incidentReportDays)
        problems << tr("incident report in %1 days, but %2 requires %3 of us")
                        .arg(agreement.incidentReportDays)
                        .arg(agreementReference(strictestIncident->id))
                        .arg(strictestIncident->incidentReportDays);
    if (problems.isEmpty())
        return;
    BaaDueItem item = itemFor(agreement, BaaDueItem::Kind::NoticeLongerThanUpstream);
    item.overdue = agreement.status == AgreementStatus::Active;
    item.message =
        tr("The subcontractor may report later than we must: %1.").arg(problems.join(tr("; ")));
    out.push_back(item);
}

} // namespace palisade
