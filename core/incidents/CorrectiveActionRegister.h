#pragma once

#include "core/incidents/CorrectiveAction.h"
#include "core/incidents/IncidentWriter.h"
#include "core/util/Result.h"

#include <QDate>
#include <QObject>
#include <vector>

namespace palisade {

class Program;

// The corrective actions an incident calls for: tasks with an owner and a
// due date, done on a day recorded once.
class CorrectiveActionRegister : public QObject
{
    Q_OBJECT

public:
    explicit CorrectiveActionRegister(Program& program);

    Result<std::vector<CorrectiveAction>> actions(qint64 incidentId) const;
    Result<CorrectiveAction> addAction(CorrectiveAction action);
    // Changes an action; its done date is set by completeAction() only.
    Result<CorrectiveAction> updateAction(CorrectiveAction action);
    Result<CorrectiveAction> completeAction(qint64 actionId, const QDate& on);

signals:
    void actionsChanged();

private:
    Result<CorrectiveAction> action(qint64 id) const;
    Result<CorrectiveAction> save(const CorrectiveAction& before, CorrectiveAction after,
                                  const QString& auditAction);

    IncidentWriter m_writer;
};

} // namespace palisade
