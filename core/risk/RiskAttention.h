#pragma once

#include "core/risk/RemediationTask.h"
#include "core/risk/Risk.h"

#include <QDate>
#include <QStringList>
#include <span>

namespace palisade {

// What about a risk needs the officer's attention on a given day. A deadline
// passes at the end of its day, so something due today is not yet late.
struct RiskAttention
{
    bool pastDue = false;          // due date passed while the risk is still being worked
    bool acceptanceLapsed = false; // an accepted risk whose acceptance has expired
    bool reassessmentDue = false;  // the scheduled reassessment date has passed
    int openTasks = 0;             // open or in progress
    int overdueTasks = 0;          // open tasks whose due date has passed

    // Late in any way: the register's "overdue" mark and filter.
    bool isOverdue() const
    {
        return pastDue || acceptanceLapsed || reassessmentDue || overdueTasks > 0;
    }

    // One translated sentence per reason, for tooltips and the detail panel.
    QStringList reasons() const;

    // `tasks` may hold other risks' tasks; only this risk's are counted.
    static RiskAttention of(const Risk& risk, std::span<const RemediationTask> tasks,
                            const QDate& today);
    static bool isPastDue(const Risk& risk, const QDate& today);
    static bool isAcceptanceLapsed(const Risk& risk, const QDate& today);
    static bool isReassessmentDue(const Risk& risk, const QDate& today);
    static bool isTaskOverdue(const RemediationTask& task, const QDate& today);

    friend bool operator==(const RiskAttention&, const RiskAttention&) = default;
};

} // namespace palisade
