#include "core/risk/RiskRegisterReplay.h"

#include "core/audit/AuditTrail.h"
#include "core/audit/RedactionMarker.h"
#include "core/risk/AssetJson.h"
#include "core/risk/RiskEntities.h"
#include "core/risk/RiskJson.h"
#include "core/risk/RiskRegister.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <map>
#include <utility>

namespace palisade {
namespace {

Result<QJsonObject> parsed(const AuditEvent& event)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(event.after, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error{ErrorKind::Integrity,
                     QCoreApplication::translate("palisade::RiskRegisterReplay",
                                                 "Audit event %1 cannot be read back.")
                         .arg(event.seq),
                     error.errorString()};
    }
    return doc.object();
}

} // namespace

RiskRegisterReplay::RiskRegisterReplay(const AuditTrail& trail) : m_trail(trail) {}

Result<RiskRegisterSnapshot> RiskRegisterReplay::asOf(const QDate& day) const
{
    Result<RiskRegisterSnapshot> snapshot =
        at(QDateTime(day.addDays(1), QTime(0, 0), Qt::LocalTime).toUTC());
    if (snapshot)
        snapshot->asOf = day;
    return snapshot;
}

Result<RiskRegisterSnapshot> RiskRegisterReplay::at(const QDateTime& cutoffUtc) const
{
    AuditQuery query;
    query.entities = {riskentity::risk(), riskentity::task(), riskentity::asset(),
                      riskentity::matrix()};
    query.before = cutoffUtc;

    std::vector<AuditEvent> events;
    try {
        events = m_trail.events(query);
    } catch (const StorageError& e) {
        return e.toError(QCoreApplication::translate("palisade::RiskRegisterReplay",
                                                     "Reading the audit trail failed"));
    }

    // Last event per (entity, record); std::map keeps ids ascending.
    std::map<std::pair<QString, qint64>, const AuditEvent*> latest;
    std::map<std::pair<QString, qint64>, QDateTime> firstSeen;
    const AuditEvent* matrixEvent = nullptr;
    for (const AuditEvent& event : events) {
        if (event.entity == riskentity::matrix())
            matrixEvent = &event;
        else {
            const std::pair<QString, qint64> key{event.entity, event.recordId.toLongLong()};
            latest[key] = &event;
            firstSeen.try_emplace(key, event.at);
        }
    }

    RiskRegisterSnapshot snapshot;
    snapshot.cutoff = cutoffUtc;
    snapshot.eventsReplayed = qint64(events.size());
    if (matrixEvent) {
        Result<QJsonObject> json = parsed(*matrixEvent);
        if (!json)
            return json.error();
        Result<RiskMatrix> matrix = RiskMatrix::fromJson(*json);
        if (!matrix)
            return matrix.error();
        snapshot.matrix = *matrix;
    }
    for (const auto& [key, event] : latest) {
        if (event->after.isEmpty() || event->after == "{}")
            continue; // deleted by then
        if (RedactionMarker::parse(event->after)) {
            ++snapshot.disposedRecords;
            continue;
        }
        Result<QJsonObject> json = parsed(*event);
        if (!json)
            return json.error();
        if (key.first == riskentity::risk()) {
            Result<Risk> risk = RiskJson::riskFromJson(*json);
            if (!risk)
                return risk.error();
            RiskRegister::rate(*risk, snapshot.matrix);
            risk->createdAt = firstSeen[key];
            risk->updatedAt = event->at;
            snapshot.risks.push_back(std::move(*risk));
        } else if (key.first == riskentity::task()) {
            Result<RemediationTask> task = RiskJson::taskFromJson(*json);
            if (!task)
                return task.error();
            task->createdAt = firstSeen[key];
            task->updatedAt = event->at;
            snapshot.tasks.push_back(std::move(*task));
        } else {
            Result<Asset> asset = AssetJson::fromJson(*json);
            if (!asset)
                return asset.error();
            asset->createdAt = firstSeen[key];
            asset->updatedAt = event->at;
            snapshot.assets.push_back(std::move(*asset));
        }
    }
    return snapshot;
}

} // namespace palisade
