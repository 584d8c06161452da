#pragma once

#include "core/training/DueState.h"

#include <QDate>
#include <optional>

namespace palisade {

// Where one person stands with one course on a day; see TrainingDueRules.
struct DueItem
{
    qint64 personId = 0;
    qint64 courseId = 0;
    std::optional<QDate> lastCompletion; // latest counting completion on or before the day
    std::optional<QDate> nextDue;
    DueState state = DueState::NotRequired;
    // A valid completion covers the day: it counts, has not expired, and the
    // next due date has not passed.
    bool covered = false;
    // PHI access began before the first passing completion of an at-hire course.
    bool accessBeforeTraining = false;
    int daysOverdue = 0; // days past nextDue when Overdue, else 0

    friend bool operator==(const DueItem&, const DueItem&) = default;
};

} // namespace palisade
