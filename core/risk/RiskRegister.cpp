#include "core/risk/RiskRegister.h"

#include "core/audit/AuditTrail.h"
#include "core/catalog/SecurityRuleCatalog.h"
#include "core/program/Program.h"
#include "core/program/ProgramSettingsStore.h"
#include "core/retention/RecordTypes.h"
#include "core/retention/RetentionRegister.h"
#include "core/risk/AssetStore.h"
#include "core/risk/RemediationTaskStore.h"
#include "core/risk/RiskEntities.h"
#include "core/risk/RiskJson.h"
#include "core/risk/RiskRegisterReplay.h"
#include "core/risk/RiskStore.h"
#include "core/risk/RiskValidator.h"
#include "core/storage/StorageGuard.h"
#include "core/util/BatchProblems.h"
#include "core/util/CanonicalJson.h"
#include "core/util/Clock.h"

#include <QJsonDocument>
#include <algorithm>
#include <set>

namespace palisade {
namespace {

const QString matrixKey = QStringLiteral("risk.matrix");

template <typename T> void sortUnique(T& values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

void trim(Risk& risk)
{
    for (QString* field : {&risk.title, &risk.owner, &risk.threatSource, &risk.threatEvent,
                           &risk.acceptance.approver})
        *field = field->trimmed();
    for (QString& citation : risk.citations)
        citation = citation.trimmed();
}

bool ratingsDiffer(const Risk& a, const Risk& b)
{
    return a.inherent != b.inherent || a.residual != b.residual;
}

} // namespace

RiskRegister::RiskRegister(Program& program, const SecurityRuleCatalog& catalog)
    : m_program(program)
    , m_catalog(catalog)
{
}

void RiskRegister::rate(Risk& risk, const RiskMatrix& matrix)
{
    risk.inherentLevel = matrix.level(risk.inherent.likelihood, risk.inherent.impact);
    if (risk.residual)
        risk.residualLevel = matrix.level(risk.residual->likelihood, risk.residual->impact);
    else
        risk.residualLevel.reset();
}

Result<RiskMatrix> RiskRegister::matrix() const
{
    if (m_matrix)
        return *m_matrix;
    Result<std::optional<QString>> stored = guardStorage(tr("Reading the risk matrix failed"), [&] {
        return ProgramSettingsStore(m_program.database()).value(matrixKey);
    });
    if (!stored)
        return stored.error();
    if (!stored->has_value()) {
        m_matrix = RiskMatrix::defaultMatrix();
        return *m_matrix;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(stored->value().toUtf8());
    Result<RiskMatrix> parsed = RiskMatrix::fromJson(doc.object());
    if (!parsed)
        return Error{ErrorKind::Integrity, tr("The stored risk matrix is damaged."),
                     parsed.error().message};
    m_matrix = *parsed;
    return *m_matrix;
}

Result<void> RiskRegister::setMatrix(const RiskMatrix& next)
{
    if (Result<void> valid = next.validate(); !valid)
        return valid;
    Result<RiskMatrix> current = matrix();
    if (!current)
        return current.error();
    if (*current == next)
        return {};
    Result<void> written =
        m_program.transact(tr("Saving the risk matrix failed"), [&](AuditTrail& audit) {
            ProgramSettingsStore(m_program.database())
                .setValue(matrixKey, QString::fromUtf8(canonicalJson(next.toJson())));
            audit.record(m_program.actor(), QStringLiteral("updated"), riskentity::matrix(),
                         QStringLiteral("1"), current->toJson(), next.toJson());
        });
    if (!written)
        return written;
    m_matrix = next;
    emit matrixChanged();
    emit risksChanged();
    return {};
}

Result<std::vector<Risk>> RiskRegister::risks() const
{
    Result<RiskMatrix> levels = matrix();
    if (!levels)
        return levels.error();
    Result<std::vector<Risk>> all = guardStorage(tr("Reading the risk register failed"), [&] {
        return RiskStore(m_program.database()).all();
    });
    if (all) {
        for (Risk& risk : *all)
            rate(risk, *levels);
    }
    return all;
}

Result<Risk> RiskRegister::risk(qint64 id) const
{
    Result<RiskMatrix> levels = matrix();
    if (!levels)
        return levels.error();
    Result<std::optional<Risk>> found = guardStorage(
        tr("Reading the risk failed"), [&] { return RiskStore(m_program.database()).find(id); });
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{ErrorKind::Invalid, tr("There is no risk %1.").arg(riskReference(id)), {}};
    Risk risk = **found;
    rate(risk, *levels);
    return risk;
}

Result<std::vector<RemediationTask>> RiskRegister::tasks(qint64 riskId) const
{
    return guardStorage(tr("Reading the remediation tasks failed"),
                        [&] { return RemediationTaskStore(m_program.database()).forRisk(riskId); });
}

Result<std::vector<RemediationTask>> RiskRegister::allTasks() const
{
    return guardStorage(tr("Reading the remediation tasks failed"),
                        [&] { return RemediationTaskStore(m_program.database()).all(); });
}

QStringList RiskRegister::problems(const Risk& risk) const
{
    Risk candidate = risk;
    trim(candidate);
    std::vector<RemediationTask> existing;
    if (candidate.id != 0) {
        if (Result<std::vector<RemediationTask>> found = tasks(candidate.id))
            existing = std::move(*found);
    }
    QStringList out =
        RiskValidator(m_catalog, m_program.clock().today()).problems(candidate, existing);
    Result<std::set<qint64>> known = knownAssetIds();
    if (!known)
        return out << known.error().message;
    return out << assetProblems(candidate, *known);
}

QStringList RiskRegister::problems(const RemediationTask& task) const
{
    Result<Risk> owner = risk(task.riskId);
    if (!owner)
        return {owner.error().message};
    return RiskValidator(m_catalog, m_program.clock().today()).problems(task, *owner);
}

Result<std::set<qint64>> RiskRegister::knownAssetIds() const
{
    return guardStorage(tr("Reading the assets failed"),
                        [&] { return AssetStore(m_program.database()).ids(); });
}

QStringList RiskRegister::assetProblems(const Risk& risk, const std::set<qint64>& known) const
{
    for (const qint64 id : risk.assetIds) {
        if (!known.contains(id))
            return {tr("The risk names an asset that does not exist.")};
    }
    return {};
}

void RiskRegister::normalize(Risk& risk, const Risk* stored, const QDate& today,
                             const QDateTime& now)
{
    trim(risk);
    sortUnique(risk.assetIds);
    sortUnique(risk.citations);
    if (!stored) {
        if (!risk.lastAssessedOn.isValid())
            risk.lastAssessedOn = risk.identifiedOn.isValid() ? risk.identifiedOn : today;
    } else if (ratingsDiffer(risk, *stored) && risk.lastAssessedOn == stored->lastAssessedOn) {
        // A changed rating is a reassessment.
        risk.lastAssessedOn = today;
        if (risk.nextReassessmentOn == stored->nextReassessmentOn)
            risk.nextReassessmentOn = QDate();
    }
    if (!risk.nextReassessmentOn.isValid() && risk.lastAssessedOn.isValid())
        risk.nextReassessmentOn = risk.lastAssessedOn.addYears(1);
    // The closing date starts the retention period, so only the register sets
    // it: the day the risk is closed (an imported closed risk may bring its
    // own past date), kept while it stays closed, cleared when reopened.
    if (risk.status != RiskStatus::Closed)
        risk.closedOn = QDate();
    else if (stored && stored->status == RiskStatus::Closed)
        risk.closedOn = stored->closedOn.isValid() ? stored->closedOn : today;
    else if (stored || !risk.closedOn.isValid() || risk.closedOn > today)
        risk.closedOn = today;
    risk.createdAt = stored ? stored->createdAt : now;
    risk.updatedAt = now;
}

Result<Risk> RiskRegister::add(Risk risk)
{
    Result<std::vector<Risk>> added = addAll({std::move(risk)});
    if (!added)
        return added.error();
    return added->front();
}

Result<std::vector<Risk>> RiskRegister::addAll(std::vector<Risk> incoming)
{
    Result<RiskMatrix> levels = matrix();
    if (!levels)
        return levels.error();
    Result<std::set<qint64>> known = knownAssetIds();
    if (!known)
        return known.error();
    const QDate today = m_program.clock().today();
    const QDateTime now = m_program.clock().nowUtc();
    const RiskValidator validator(m_catalog, today);
    BatchProblems refusals(incoming.size(), tr("Risk %1: %2"));
    for (std::size_t i = 0; i < incoming.size(); ++i) {
        Risk& risk = incoming[i];
        risk.id = 0;
        normalize(risk, nullptr, today, now);
        QStringList found = validator.problems(risk, {}) + assetProblems(risk, *known);
        refusals.add(i, found);
    }
    if (!refusals.isEmpty())
        return refusals.refusal();

    const QString action =
        incoming.size() == 1 ? QStringLiteral("created") : QStringLiteral("imported");
    Result<void> written = m_program.transact(tr("Saving the risk failed"), [&](AuditTrail& audit) {
        RiskStore store(m_program.database());
        for (Risk& risk : incoming) {
            store.insert(risk);
            rate(risk, *levels);
            audit.record(m_program.actor(), action, riskentity::risk(), QString::number(risk.id),
                         {}, RiskJson::toJsonText(risk));
        }
    });
    if (!written) {
        for (Risk& risk : incoming)
            risk.id = 0;
        return written.error();
    }
    emit risksChanged();
    return incoming;
}

Result<Risk> RiskRegister::update(Risk risk)
{
    Result<Risk> stored = this->risk(risk.id);
    if (!stored)
        return stored.error();
    Result<RiskMatrix> levels = matrix();
    if (!levels)
        return levels.error();
    normalize(risk, &*stored, m_program.clock().today(), m_program.clock().nowUtc());
    rate(risk, *levels);
    Risk comparable = risk;
    comparable.updatedAt = stored->updatedAt;
    if (comparable == *stored)
        return *stored;

    Result<std::vector<RemediationTask>> existing = tasks(risk.id);
    if (!existing)
        return existing.error();
    Result<std::set<qint64>> known = knownAssetIds();
    if (!known)
        return known.error();
    QStringList found =
        RiskValidator(m_catalog, m_program.clock().today()).problems(risk, *existing) +
        assetProblems(risk, *known);
    if (!found.isEmpty())
        return BatchProblems::refusal(found);

    Result<void> written = m_program.transact(tr("Saving the risk failed"), [&](AuditTrail& audit) {
        RiskStore(m_program.database()).update(risk);
        audit.record(m_program.actor(), QStringLiteral("updated"), riskentity::risk(),
                     QString::number(risk.id), RiskJson::toJsonText(*stored),
                     RiskJson::toJsonText(risk));
    });
    if (!written)
        return written.error();
    emit risksChanged();
    return risk;
}

Result<RemediationTask> RiskRegister::addTask(RemediationTask task)
{
    task.id = 0;
    task.title = task.title.trimmed();
    task.owner = task.owner.trimmed();
    sortUnique(task.citations);
    if (QStringList found = problems(task); !found.isEmpty())
        return BatchProblems::refusal(found);
    task.createdAt = task.updatedAt = m_program.clock().nowUtc();
    Result<void> written = m_program.transact(tr("Saving the task failed"), [&](AuditTrail& audit) {
        RemediationTaskStore(m_program.database()).insert(task);
        audit.record(m_program.actor(), QStringLiteral("created"), riskentity::task(),
                     QString::number(task.id), {}, RiskJson::toJson(task));
    });
    if (!written)
        return written.error();
    emit risksChanged();
    return task;
}

Result<RemediationTask> RiskRegister::updateTask(RemediationTask task)
{
    Result<std::optional<RemediationTask>> stored =
        guardStorage(tr("Reading the task failed"),
                     [&] { return RemediationTaskStore(m_program.database()).find(task.id); });
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error{ErrorKind::Invalid, tr("The task no longer exists."), {}};
    const RemediationTask& before = **stored;
    task.riskId = before.riskId;
    task.title = task.title.trimmed();
    task.owner = task.owner.trimmed();
    sortUnique(task.citations);
    task.createdAt = before.createdAt;
    task.updatedAt = before.updatedAt;
    if (task == before)
        return task;
    if (QStringList found = problems(task); !found.isEmpty())
        return BatchProblems::refusal(found);
    task.updatedAt = m_program.clock().nowUtc();
    Result<void> written = m_program.transact(tr("Saving the task failed"), [&](AuditTrail& audit) {
        RemediationTaskStore(m_program.database()).update(task);
        audit.record(m_program.actor(), QStringLiteral("updated"), riskentity::task(),
                     QString::number(task.id), RiskJson::toJson(before), RiskJson::toJson(task));
    });
    if (!written)
        return written.error();
    emit risksChanged();
    return task;
}

Result<void> RiskRegister::removeTask(qint64 taskId)
{
    Result<std::optional<RemediationTask>> stored =
        guardStorage(tr("Reading the task failed"),
                     [&] { return RemediationTaskStore(m_program.database()).find(taskId); });
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error{ErrorKind::Invalid, tr("The task no longer exists."), {}};
    const RemediationTask& before = **stored;
    // A done task is evidence of remediation: retention keeps it six years.
    Result<DeletionPath> path =
        m_program.retention().checkDeletion(recordtype::remediationTask(), taskId);
    if (!path)
        return path.error();
    if (*path == DeletionPath::Dispose) {
        Result<Disposal> disposed =
            m_program.retention().dispose(recordtype::remediationTask(), taskId);
        if (!disposed)
            return disposed.error();
        emit risksChanged();
        return {};
    }
    Result<void> written =
        m_program.transact(tr("Deleting the task failed"), [&](AuditTrail& audit) {
            RemediationTaskStore(m_program.database()).remove(taskId);
            audit.record(m_program.actor(), QStringLiteral("deleted"), riskentity::task(),
                         QString::number(taskId), RiskJson::toJson(before), {});
        });
    if (!written)
        return written;
    emit risksChanged();
    return {};
}

Result<std::vector<AuditEvent>> RiskRegister::history(qint64 riskId) const
{
    return guardStorage(tr("Reading the risk's history failed"), [&] {
        AuditQuery own;
        own.entity = riskentity::risk();
        own.recordId = QString::number(riskId);
        std::vector<AuditEvent> events = m_program.auditTrail().events(own);
        AuditQuery ofTasks;
        ofTasks.entity = riskentity::task();
        ofTasks.relatedField = QStringLiteral("risk_id");
        ofTasks.relatedValue = QString::number(riskId);
        std::vector<AuditEvent> taskEvents = m_program.auditTrail().events(ofTasks);
        events.insert(events.end(), taskEvents.begin(), taskEvents.end());
        std::sort(events.begin(), events.end(),
                  [](const AuditEvent& a, const AuditEvent& b) { return a.seq < b.seq; });
        return events;
    });
}

Result<RiskRegisterSnapshot> RiskRegister::asOf(const QDate& day) const
{
    const Result<qint64> lastSeq = guardStorage(tr("Reading the audit trail failed"),
                                                [&] { return m_program.auditTrail().lastSeq(); });
    if (!lastSeq)
        return lastSeq.error();
    if (m_replayed && m_replayed->day == day && m_replayed->lastSeq == *lastSeq)
        return m_replayed->snapshot;
    Result<RiskRegisterSnapshot> snapshot = RiskRegisterReplay(m_program.auditTrail()).asOf(day);
    if (snapshot)
        m_replayed = Replayed{day, *lastSeq, *snapshot};
    return snapshot;
}

} // namespace palisade
