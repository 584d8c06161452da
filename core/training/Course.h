#pragma once

#include "core/training/Cadence.h"
#include "core/training/CourseKind.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace palisade {

// A training course and when it falls due (see TrainingDueRules).
struct Course
{
    qint64 id = 0; // 0 until stored
    QString title; // unique regardless of case
    CourseKind kind = CourseKind::AnnualRefresher;
    Cadence cadence = Cadence::EveryMonths;
    int cadenceMonths = 12;            // meaningful for Cadence::EveryMonths only; stored only then
    std::optional<int> passingScore;   // 0-100; a completion must reach it to count
    std::optional<int> validityMonths; // a completion counts this long, then expires
    QString description;
    QStringList roles;       // WorkforceRole keys, ascending; empty: applies to everyone
    QList<qint64> policyIds; // for OnPolicyChange, ascending; empty: any policy
    QDate retiredOn;         // invalid while in use; not required from that day on
    QDateTime createdAt;     // UTC
    QDateTime updatedAt;     // UTC

    bool isRetired() const { return retiredOn.isValid(); }
    bool appliesToEveryone() const { return roles.isEmpty(); }

    friend bool operator==(const Course&, const Course&) = default;
};

} // namespace palisade
