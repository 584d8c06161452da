#pragma once

#include <QCoreApplication>
#include <QString>
#include <array>

namespace palisade {

// How many of each thing a demonstration holds, for the summary at the end.
class DemoTally
{
    Q_DECLARE_TR_FUNCTIONS(palisade::DemoTally)

public:
    enum Item
    {
        Assets,
        Risks,
        RemediationTasks,
        AcceptedRisks,
        Counterparties,
        Agreements,
        ExpiredAgreements,
        AgreementsDueForReview,
        People,
        Courses,
        Completions,
        OverdueTraining,
        PhishingCampaigns,
        Policies,
        PolicyRevisions,
        PolicyApprovals,
        PoliciesDueForReview,
        Acknowledgments,
        Incidents,
        OpenIncidents,
        Notifications,
        OverdueNotices,
        CorrectiveActions,
        LegalHolds,
        RecordsPastRetention,
        AuditEvents,
    };
    static constexpr int itemCount = AuditEvents + 1;

    void add(Item item, qint64 count = 1) { m_counts[std::size_t(item)] += count; }
    void set(Item item, qint64 count) { m_counts[std::size_t(item)] = count; }
    qint64 count(Item item) const { return m_counts[std::size_t(item)]; }
    static QString label(Item item); // translated
    static QString key(Item item);   // for JSON output, e.g. "remediation_tasks"

private:
    std::array<qint64, itemCount> m_counts{};
};

} // namespace palisade
