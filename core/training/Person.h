#pragma once

#include "core/training/PersonStatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace palisade {

// A member of the workforce whose training is tracked.
struct Person
{
    qint64 id = 0;      // 0 until stored
    QString employeeId; // unique regardless of case, e.g. "E-1042"
    QString name;
    QString email;
    QString department;
    QStringList roles; // WorkforceRole keys, ascending
    PersonStatus status = PersonStatus::Active;
    QDate hiredOn;
    QDate phiAccessOn;  // invalid when access to PHI was never granted (or not recorded)
    QDate terminatedOn; // valid exactly when status is Terminated
    std::optional<qint64> importBatchId; // the import that created the person, if any
    QDateTime createdAt;                 // UTC
    QDateTime updatedAt;                 // UTC

    // The day training due at hire falls due: the PHI access start date, or
    // the hire date when none is recorded.
    QDate startOn() const { return phiAccessOn.isValid() ? phiAccessOn : hiredOn; }
    bool isTerminated() const { return status == PersonStatus::Terminated; }

    friend bool operator==(const Person&, const Person&) = default;
};

} // namespace palisade
