#pragma once

#include "core/risk/TaskStatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace palisade {

// A piece of work that reduces a risk.
struct RemediationTask
{
    qint64 id = 0; // 0 until stored
    qint64 riskId = 0;
    QString title;
    QString owner;
    QDate dueOn; // invalid when there is no due date
    TaskStatus status = TaskStatus::Open;
    QDate completedOn; // set when done
    QString evidenceNote;
    QStringList citations; // ascending
    QDateTime createdAt;   // UTC
    QDateTime updatedAt;   // UTC

    friend bool operator==(const RemediationTask&, const RemediationTask&) = default;
};

} // namespace palisade
