#pragma once

#include "core/retention/RetentionRegister.h"
#include "tests/core/retention/RetentionSamples.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace palisade::test {

// The six years of records RetentionSamples.h builds, seen from `today`.
// On 2026-09-15 the expired billing pilot BAA (kept until 2026-03-01), risk
// one (2026-08-31) with its done task (2026-06-30) and SEC-001 revision 1
// (2026-06-30) are past their retention period.
inline History historyAsOf(TemporaryProgram& fixture, const QDate& today)
{
    History history = makeHistory(fixture);
    setToday(fixture, today);
    return history;
}

inline QString cellText(const QAbstractItemModel& model, int row, int column,
                        int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

inline QStringList columnText(const QAbstractItemModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << cellText(model, row, column);
    return values;
}

} // namespace palisade::test
