#include "core/incidents/IncidentRegister.h"

#include "core/audit/AuditTrail.h"
#include "core/incidents/IncidentEntities.h"
#include "core/incidents/IncidentJson.h"
#include "core/incidents/IncidentStore.h"
#include "core/incidents/IncidentValidator.h"
#include "core/incidents/NotificationStore.h"
#include "core/program/Program.h"
#include "core/retention/RecordTypes.h"
#include "core/retention/RetentionRegister.h"
#include "core/risk/AssetRegister.h"
#include "core/storage/StorageGuard.h"
#include "core/util/BatchProblems.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "core/vendors/CounterpartyRegister.h"

#include <algorithm>

namespace palisade {

IncidentRegister::IncidentRegister(Program& program)
    : m_writer(program)
{
}

Result<std::vector<Incident>> IncidentRegister::incidents() const
{
    return guardStorage(tr("Reading the incidents failed"),
                        [&] { return IncidentStore(m_writer.database()).all(); });
}

Result<Incident> IncidentRegister::incident(qint64 id) const
{
    return IncidentWriter::required(
        guardStorage(tr("Reading the incident failed"),
                     [&] { return IncidentStore(m_writer.database()).find(id); }),
        tr("The incident no longer exists."));
}

QStringList IncidentRegister::problems(const Incident& incident) const
{
    Program& program = m_writer.program();
    QStringList found = IncidentValidator::problems(incident, program.clock().today());
    for (const qint64 id : incident.assetIds) {
        if (!program.assets().asset(id))
            found << tr("The asset %1 no longer exists.").arg(id);
    }
    for (const qint64 id : incident.coveredEntityIds) {
        if (!program.counterparties().counterparty(id))
            found << tr("The covered entity %1 no longer exists.").arg(id);
    }
    return found;
}

Result<Incident> IncidentRegister::add(Incident incident)
{
    incident.id = 0;
    incident.closedOn = {};
    incident.assessment.reset();
    IncidentValidator::normalize(incident);
    if (QStringList found = problems(incident); !found.isEmpty())
        return BatchProblems::refusal(found);
    incident.createdAt = incident.updatedAt = m_writer.clock().nowUtc();
    Result<void> written = m_writer.write(tr("Saving the incident failed"), [&](AuditTrail& audit) {
        IncidentStore(m_writer.database()).insert(incident);
        m_writer.record(audit, QStringLiteral("created"), incidententity::incident(), incident.id,
                        {}, IncidentJson::toJson(incident));
    });
    if (!written)
        return written.error();
    emit incidentsChanged();
    return incident;
}

Result<Incident> IncidentRegister::saveChanged(const Incident& before, Incident after,
                                               const QString& action)
{
    after.updatedAt = m_writer.clock().nowUtc();
    Result<void> written = m_writer.write(tr("Saving the incident failed"), [&](AuditTrail& audit) {
        IncidentStore(m_writer.database()).update(after);
        m_writer.record(audit, action, incidententity::incident(), after.id,
                        IncidentJson::toJson(before), IncidentJson::toJson(after));
    });
    if (!written)
        return written.error();
    emit incidentsChanged();
    return after;
}

Result<QStringList> IncidentRegister::conflictsWithRecords(const Incident& incident) const
{
    Result<std::vector<IncidentNotification>> sent =
        guardStorage(tr("Reading the notifications failed"), [&] {
            return NotificationStore(m_writer.database()).forIncident(incident.id);
        });
    if (!sent)
        return sent.error();
    QStringList found;
    const bool discovered = incident.discoveredOn.isValid();
    const auto sentEarlier = [&](const IncidentNotification& notice) {
        return discovered && notice.sentOn < incident.discoveredOn;
    };
    if (auto early = std::find_if(sent->begin(), sent->end(), sentEarlier); early != sent->end())
        found << tr("A notice was sent on %1, before the new discovery date %2.")
                     .arg(isoDate(early->sentOn), isoDate(incident.discoveredOn));
    const auto droppedEntity = [&](const IncidentNotification& notice) {
        return notice.recipient == NotificationRecipient::CoveredEntity &&
               std::find(incident.coveredEntityIds.begin(), incident.coveredEntityIds.end(),
                         notice.counterpartyId) == incident.coveredEntityIds.end();
    };
    if (auto dropped = std::find_if(sent->begin(), sent->end(), droppedEntity);
        dropped != sent->end())
        found << tr("The covered entity %1 was notified of this incident; it stays among "
                    "its covered entities.")
                     .arg(dropped->counterpartyId);
    if (incident.assessment && discovered &&
        incident.assessment->assessedOn < incident.discoveredOn)
        found << tr("The breach assessment (%1) would come before the new discovery date %2.")
                     .arg(isoDate(incident.assessment->assessedOn), isoDate(incident.discoveredOn));
    if (incident.closedOn.isValid() && discovered && incident.closedOn < incident.discoveredOn)
        found << tr("The incident was closed on %1, before the new discovery date %2.")
                     .arg(isoDate(incident.closedOn), isoDate(incident.discoveredOn));
    return found;
}

Result<Incident> IncidentRegister::update(Incident incident)
{
    Result<Incident> stored = this->incident(incident.id);
    if (!stored)
        return stored.error();
    IncidentValidator::normalize(incident);
    incident.closedOn = stored->closedOn;
    incident.assessment = stored->assessment;
    incident.createdAt = stored->createdAt;
    incident.updatedAt = stored->updatedAt;
    if (incident == *stored)
        return incident;
    QStringList found = problems(incident);
    Result<QStringList> conflicts = conflictsWithRecords(incident);
    if (!conflicts)
        return conflicts.error();
    found << *conflicts;
    if (!found.isEmpty())
        return BatchProblems::refusal(found);
    return saveChanged(*stored, incident, QStringLiteral("updated"));
}

Result<Incident> IncidentRegister::close(qint64 id, const QDate& closedOn)
{
    Result<Incident> stored = incident(id);
    if (!stored)
        return stored.error();
    if (stored->isClosed())
        return IncidentWriter::refusal(tr("%1 was already closed on %2.")
                                           .arg(incidentReference(id), isoDate(stored->closedOn)));
    if (!closedOn.isValid())
        return IncidentWriter::refusal(tr("Enter the day the incident was closed."));
    Incident closed = *stored;
    closed.closedOn = closedOn;
    if (QStringList found = IncidentValidator::problems(closed, m_writer.clock().today());
        !found.isEmpty())
        return BatchProblems::refusal(found);
    return saveChanged(*stored, closed, QStringLiteral("closed"));
}

Result<Incident> IncidentRegister::reopen(qint64 id)
{
    Result<Incident> stored = incident(id);
    if (!stored)
        return stored.error();
    if (!stored->isClosed())
        return IncidentWriter::refusal(tr("%1 is open.").arg(incidentReference(id)));
    Incident reopened = *stored;
    reopened.closedOn = {};
    return saveChanged(*stored, reopened, QStringLiteral("reopened"));
}

Result<void> IncidentRegister::remove(qint64 id)
{
    Result<Incident> stored = incident(id);
    if (!stored)
        return stored.error();
    RetentionRegister& retention = m_writer.program().retention();
    Result<DeletionPath> path = retention.checkDeletion(recordtype::incident(), id);
    if (!path)
        return path.error();
    if (*path == DeletionPath::Dispose) {
        Result<Disposal> disposed = retention.dispose(recordtype::incident(), id);
        if (!disposed)
            return disposed.error();
    } else {
        // Every incident is a record, so retention never says Delete today;
        // should it, the schema's trigger still guards the row.
        Result<void> written =
            m_writer.write(tr("Deleting the incident failed"), [&](AuditTrail& audit) {
                IncidentStore(m_writer.database()).remove(id);
                m_writer.record(audit, QStringLiteral("deleted"), incidententity::incident(), id,
                                IncidentJson::toJson(*stored), {});
            });
        if (!written)
            return written.error();
    }
    emit incidentsChanged();
    return {};
}

Result<void> IncidentRegister::checkNotNamed(Named what, qint64 id, const QString& name) const
{
    Result<std::vector<qint64>> naming = guardStorage(tr("Reading the incidents failed"), [&] {
        IncidentStore store(m_writer.database());
        return what == Named::Asset ? store.namingAsset(id) : store.namingCounterparty(id);
    });
    if (!naming)
        return naming.error();
    if (naming->empty())
        return {};
    QStringList references;
    for (const qint64 incident : *naming)
        references << incidentReference(incident);
    return IncidentWriter::refusal(
        tr("\"%1\" is named by %n incident(s) (%2); the incident records keep it.", nullptr,
           int(naming->size()))
            .arg(name, references.join(QStringLiteral(", "))));
}

Result<Incident> IncidentRegister::recordAssessment(qint64 incidentId, BreachAssessment assessment)
{
    Result<Incident> stored = incident(incidentId);
    if (!stored)
        return stored.error();
    IncidentValidator::normalize(assessment);
    if (QStringList found =
            IncidentValidator::problems(assessment, stored->discoveredOn, m_writer.clock().today());
        !found.isEmpty())
        return BatchProblems::refusal(found);
    if (stored->assessment == assessment)
        return *stored;
    Incident assessed = *stored;
    assessed.assessment = assessment;
    const QJsonObject before =
        stored->assessment ? IncidentJson::toJson(*stored->assessment, incidentId) : QJsonObject();
    Result<void> written =
        m_writer.write(tr("Saving the breach assessment failed"), [&](AuditTrail& audit) {
            IncidentStore(m_writer.database())
                .saveAssessment(incidentId, assessment, m_writer.clock().nowUtc());
            m_writer.record(
                audit, stored->assessment ? QStringLiteral("updated") : QStringLiteral("created"),
                incidententity::assessment(), incidentId, before,
                IncidentJson::toJson(assessment, incidentId));
        });
    if (!written)
        return written.error();
    emit incidentsChanged();
    return assessed;
}

Result<Incident> IncidentRegister::clearAssessment(qint64 incidentId)
{
    Result<Incident> stored = incident(incidentId);
    if (!stored)
        return stored.error();
    if (!stored->assessment)
        return *stored;
    Result<int> sent = guardStorage(tr("Reading the notifications failed"), [&] {
        return NotificationStore(m_writer.database()).countFor(incidentId);
    });
    if (!sent)
        return sent.error();
    if (*sent > 0)
        return IncidentWriter::refusal(
            tr("%1 has %n notice(s) on file that rest on its breach assessment; the "
               "assessment is kept with them. Record a new assessment instead.",
               nullptr, *sent)
                .arg(incidentReference(incidentId)));
    Incident cleared = *stored;
    cleared.assessment.reset();
    Result<void> written =
        m_writer.write(tr("Removing the breach assessment failed"), [&](AuditTrail& audit) {
            IncidentStore(m_writer.database()).clearAssessment(incidentId);
            m_writer.record(audit, QStringLiteral("deleted"), incidententity::assessment(),
                            incidentId, IncidentJson::toJson(*stored->assessment, incidentId), {});
        });
    if (!written)
        return written.error();
    emit incidentsChanged();
    return cleared;
}

} // namespace palisade
