#include "core/incidents/CorrectiveActionRegister.h"

#include "core/audit/AuditTrail.h"
#include "core/incidents/CorrectiveActionStore.h"
#include "core/incidents/IncidentEntities.h"
#include "core/incidents/IncidentJson.h"
#include "core/incidents/IncidentRegister.h"
#include "core/incidents/IncidentValidator.h"
#include "core/program/Program.h"
#include "core/storage/StorageGuard.h"
#include "core/util/BatchProblems.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"

namespace palisade {

CorrectiveActionRegister::CorrectiveActionRegister(Program& program)
    : m_writer(program)
{
}

Result<std::vector<CorrectiveAction>> CorrectiveActionRegister::actions(qint64 incidentId) const
{
    return guardStorage(tr("Reading the corrective actions failed"), [&] {
        return CorrectiveActionStore(m_writer.database()).forIncident(incidentId);
    });
}

Result<CorrectiveAction> CorrectiveActionRegister::action(qint64 id) const
{
    return IncidentWriter::required(
        guardStorage(tr("Reading the corrective action failed"),
                     [&] { return CorrectiveActionStore(m_writer.database()).find(id); }),
        tr("The corrective action no longer exists."));
}

Result<CorrectiveAction> CorrectiveActionRegister::addAction(CorrectiveAction action)
{
    Result<Incident> stored = m_writer.program().incidents().incident(action.incidentId);
    if (!stored)
        return stored.error();
    action.id = 0;
    action.doneOn = {};
    IncidentValidator::normalize(action);
    if (QStringList found = IncidentValidator::problems(action); !found.isEmpty())
        return BatchProblems::refusal(found);
    action.createdAt = action.updatedAt = m_writer.clock().nowUtc();
    Result<void> written =
        m_writer.write(tr("Saving the corrective action failed"), [&](AuditTrail& audit) {
            CorrectiveActionStore(m_writer.database()).insert(action);
            m_writer.record(audit, QStringLiteral("created"), incidententity::action(), action.id,
                            {}, IncidentJson::toJson(action));
        });
    if (!written)
        return written.error();
    emit actionsChanged();
    return action;
}

Result<CorrectiveAction> CorrectiveActionRegister::save(const CorrectiveAction& before,
                                                        CorrectiveAction after,
                                                        const QString& auditAction)
{
    after.updatedAt = m_writer.clock().nowUtc();
    Result<void> written =
        m_writer.write(tr("Saving the corrective action failed"), [&](AuditTrail& audit) {
            CorrectiveActionStore(m_writer.database()).update(after);
            m_writer.record(audit, auditAction, incidententity::action(), after.id,
                            IncidentJson::toJson(before), IncidentJson::toJson(after));
        });
    if (!written)
        return written.error();
    emit actionsChanged();
    return after;
}

Result<CorrectiveAction> CorrectiveActionRegister::updateAction(CorrectiveAction action)
{
    Result<CorrectiveAction> stored = this->action(action.id);
    if (!stored)
        return stored.error();
    IncidentValidator::normalize(action);
    action.incidentId = stored->incidentId;
    action.doneOn = stored->doneOn;
    action.createdAt = stored->createdAt;
    action.updatedAt = stored->updatedAt;
    if (action == *stored)
        return action;
    if (QStringList found = IncidentValidator::problems(action); !found.isEmpty())
        return BatchProblems::refusal(found);
    return save(*stored, action, QStringLiteral("updated"));
}

Result<CorrectiveAction> CorrectiveActionRegister::completeAction(qint64 actionId, const QDate& on)
{
    Result<CorrectiveAction> stored = action(actionId);
    if (!stored)
        return stored.error();
    if (stored->isDone())
        return IncidentWriter::refusal(
            tr("The corrective action was already done on %1.").arg(isoDate(stored->doneOn)));
    if (!on.isValid())
        return IncidentWriter::refusal(tr("Enter the day the corrective action was done."));
    if (on > m_writer.clock().today())
        return IncidentWriter::refusal(tr("The date %1 is in the future.").arg(isoDate(on)));
    CorrectiveAction done = *stored;
    done.doneOn = on;
    return save(*stored, done, QStringLiteral("completed"));
}

} // namespace palisade
