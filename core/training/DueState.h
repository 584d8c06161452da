#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// Where one person stands with one course on a day (TrainingDueRules).
enum class DueState
{
    Complete, // a valid completion covers the day; next due more than 30 days away
    DueSoon,
    Overdue,
    NotYetDue, // never completed; due more than 30 days away
    NotRequired,
    EndedByTermination,
};

QString dueStateKey(DueState value); // stored form, e.g. "ended_by_termination"
std::optional<DueState> dueStateFromKey(const QString& key);
QString dueStateLabel(DueState value); // translated
std::array<DueState, 6> allDueStates();

} // namespace palisade
