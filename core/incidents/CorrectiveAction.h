#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace palisade {

// A corrective action an incident called for: who does what by when, and
// when it was done.
struct CorrectiveAction
{
    qint64 id = 0; // 0 until stored
    qint64 incidentId = 0;
    QString title;
    QString owner;
    QDate dueOn;
    QDate doneOn; // invalid while open
    QString notes;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    bool isDone() const { return doneOn.isValid(); }

    friend bool operator==(const CorrectiveAction&, const CorrectiveAction&) = default;
};

} // namespace palisade
