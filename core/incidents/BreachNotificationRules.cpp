#include "core/incidents/BreachNotificationRules.h"

#include <QCoreApplication>
#include <algorithm>

namespace palisade {
namespace {

QString text(const char* source)
{
    return QCoreApplication::translate("palisade::BreachNotificationRules", source);
}

} // namespace

BreachStatus BreachNotificationRules::status(const Incident& incident)
{
    if (incident.phiSecured)
        return BreachStatus::SecuredPhi;
    if (!incident.assessment)
        return BreachStatus::PresumedBreach;
    return incident.assessment->lowProbability ? BreachStatus::LowProbability
                                               : BreachStatus::Breach;
}

bool BreachNotificationRules::isReportable(BreachStatus status)
{
    return status == BreachStatus::Breach || status == BreachStatus::PresumedBreach;
}

QDate BreachNotificationRules::annualLogDue(int year)
{
    return QDate(year, 12, 31).addDays(noticeDays);
}

std::vector<RequiredNotification>
BreachNotificationRules::required(const Incident& incident,
                                  const std::vector<CoveredEntityTerms>& coveredEntities,
                                  const std::vector<StateNotificationRule>& stateRules)
{
    std::vector<RequiredNotification> out;
    const QDate discovered = incident.discoveredOn;
    if (!discovered.isValid() || !isReportable(status(incident)))
        return out;

    for (const qint64 id : incident.coveredEntityIds) {
        RequiredNotification notice;
        notice.recipient = NotificationRecipient::CoveredEntity;
        notice.counterpartyId = id;
        const auto terms =
            std::find_if(coveredEntities.begin(), coveredEntities.end(),
                         [&](const CoveredEntityTerms& t) { return t.counterpartyId == id; });
        int days = noticeDays;
        if (terms != coveredEntities.end()) {
            notice.recipientName = terms->name;
            if (terms->breachNoticeDays && *terms->breachNoticeDays < noticeDays) {
                days = *terms->breachNoticeDays;
                notice.basis = QCoreApplication::translate(
                                   "palisade::BreachNotificationRules",
                                   "%1 requires notice within %n day(s) of discovery (shorter "
                                   "than the 60 days of 164.410).",
                                   nullptr, days)
                                   .arg(terms->agreement);
            }
        }
        if (notice.basis.isEmpty())
            notice.basis = text("A business associate notifies the covered entity within 60 "
                                "days of discovery (164.410).");
        notice.dueOn = discovered.addDays(days);
        out.push_back(notice);
    }

    if (incident.coveredEntityIds.empty() || incident.notifiesForCoveredEntity) {
        RequiredNotification individuals;
        individuals.recipient = NotificationRecipient::Individuals;
        individuals.dueOn = discovered.addDays(noticeDays);
        individuals.basis = text("Each affected individual, without unreasonable delay and "
                                 "within 60 days of discovery (164.404).");
        out.push_back(individuals);

        for (const JurisdictionCount& count : incident.affected) {
            if (count.individuals <= mediaThreshold)
                continue;
            RequiredNotification media;
            media.recipient = NotificationRecipient::Media;
            media.jurisdiction = count.jurisdiction;
            media.dueOn = discovered.addDays(noticeDays);
            media.basis = QCoreApplication::translate(
                              "palisade::BreachNotificationRules",
                              "More than 500 residents of %1 affected (%n): prominent media "
                              "outlets serving it, within 60 days (164.406).",
                              nullptr, count.individuals)
                              .arg(count.jurisdiction);
            out.push_back(media);
        }

        RequiredNotification hhs;
        hhs.recipient = NotificationRecipient::Hhs;
        const int total = incident.totalAffected();
        if (total >= hhsThreshold) {
            hhs.dueOn = discovered.addDays(noticeDays);
            hhs.basis = QCoreApplication::translate(
                "palisade::BreachNotificationRules",
                "%n individual(s) affected, 500 or more: HHS at the same time as the "
                "individuals, within 60 days (164.408(b)).",
                nullptr, total);
        } else {
            hhs.annualLog = true;
            hhs.dueOn = annualLogDue(discovered.year());
            hhs.basis = QCoreApplication::translate(
                            "palisade::BreachNotificationRules",
                            "%n individual(s) affected, fewer than 500: the annual log of "
                            "breaches discovered in %1, due 60 days after the year ends "
                            "(164.408(c)).",
                            nullptr, total)
                            .arg(discovered.year());
        }
        out.push_back(hhs);

        for (const StateNotificationRule& rule : stateRules) {
            const int residents = incident.affectedIn(rule.jurisdiction);
            if (residents <= 0 || residents < rule.minimumResidents)
                continue;
            RequiredNotification state;
            state.recipient = NotificationRecipient::StateAuthority;
            state.jurisdiction = rule.jurisdiction;
            state.recipientName = rule.authority;
            state.dueOn = discovered.addDays(rule.days);
            state.basis = QCoreApplication::translate(
                              "palisade::BreachNotificationRules",
                              "%1 residents affected: %2 within %n day(s) of discovery (%3).",
                              nullptr, rule.days)
                              .arg(QString::number(residents), rule.authority,
                                   rule.citation.isEmpty() ? rule.jurisdiction : rule.citation);
            out.push_back(state);
        }
    }

    std::stable_sort(out.begin(), out.end(),
                     [](const RequiredNotification& a, const RequiredNotification& b) {
                         if (a.dueOn != b.dueOn)
                             return a.dueOn < b.dueOn;
                         return int(a.recipient) < int(b.recipient);
                     });
    return out;
}

} // namespace palisade
