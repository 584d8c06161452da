#include "core/risk/RiskAttention.h"

#include <QCoreApplication>

namespace palisade {

bool RiskAttention::isPastDue(const Risk& risk, const QDate& today)
{
    // Accepted and closed risks are no longer being remediated, so their
    // remediation deadline no longer applies.
    if (risk.status == RiskStatus::Accepted || risk.status == RiskStatus::Closed)
        return false;
    return risk.dueOn.isValid() && risk.dueOn < today;
}

bool RiskAttention::isAcceptanceLapsed(const Risk& risk, const QDate& today)
{
    // The acceptance lapses on its expiry day itself.
    return risk.status == RiskStatus::Accepted && risk.acceptance.expiresOn.isValid() &&
           risk.acceptance.expiresOn <= today;
}

bool RiskAttention::isReassessmentDue(const Risk& risk, const QDate& today)
{
    return risk.status != RiskStatus::Closed && risk.nextReassessmentOn.isValid() &&
           risk.nextReassessmentOn < today;
}

bool RiskAttention::isTaskOverdue(const RemediationTask& task, const QDate& today)
{
    return isOpenTaskStatus(task.status) && task.dueOn.isValid() && task.dueOn < today;
}

RiskAttention RiskAttention::of(const Risk& risk, std::span<const RemediationTask> tasks,
                                const QDate& today)
{
    RiskAttention attention;
    attention.pastDue = isPastDue(risk, today);
    attention.acceptanceLapsed = isAcceptanceLapsed(risk, today);
    attention.reassessmentDue = isReassessmentDue(risk, today);
    for (const RemediationTask& task : tasks) {
        if (task.riskId != risk.id || !isOpenTaskStatus(task.status))
            continue;
        ++attention.openTasks;
        if (isTaskOverdue(task, today))
            ++attention.overdueTasks;
    }
    return attention;
}

QStringList RiskAttention::reasons() const
{
    QStringList out;
    if (pastDue)
        out << QCoreApplication::translate("palisade::RiskAttention", "The due date has passed.");
    if (acceptanceLapsed)
        out << QCoreApplication::translate("palisade::RiskAttention",
                                           "The risk acceptance has expired.");
    if (reassessmentDue)
        out << QCoreApplication::translate("palisade::RiskAttention",
                                           "The scheduled reassessment is overdue.");
    if (overdueTasks > 0)
        out << QCoreApplication::translate(
            "palisade::RiskAttention", "%n remediation task(s) overdue.", nullptr, overdueTasks);
    return out;
}

} // namespace palisade
