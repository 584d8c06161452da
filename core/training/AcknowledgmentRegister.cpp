#include "core/training/AcknowledgmentRegister.h"

#include "core/audit/AuditTrail.h"
#include "core/program/Program.h"
#include "core/retention/RecordTypes.h"
#include "core/storage/StorageGuard.h"
#include "core/training/PolicyAcknowledgmentStore.h"
#include "core/training/TrainingEntities.h"
#include "core/training/TrainingJson.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/BatchProblems.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"

#include <QHash>
#include <QSet>

namespace palisade {

AcknowledgmentRegister::AcknowledgmentRegister(Program& program)
    : m_program(program)
    , m_writer(program)
{
}

Result<std::vector<PolicyAcknowledgment>>
AcknowledgmentRegister::acknowledgmentsFor(qint64 revisionId) const
{
    return guardStorage(tr("Reading the acknowledgments failed"), [&] {
        return PolicyAcknowledgmentStore(m_program.database()).forRevision(revisionId);
    });
}

Result<std::vector<PolicyAcknowledgment>>
AcknowledgmentRegister::acknowledgmentsOf(qint64 personId) const
{
    return guardStorage(tr("Reading the acknowledgments failed"), [&] {
        return PolicyAcknowledgmentStore(m_program.database()).forPerson(personId);
    });
}

Result<std::vector<PolicyAcknowledgment>>
AcknowledgmentRegister::acknowledgmentsForPolicy(qint64 policyId) const
{
    return guardStorage(tr("Reading the acknowledgments failed"), [&] {
        return PolicyAcknowledgmentStore(m_program.database()).forPolicy(policyId);
    });
}

Result<PolicyAcknowledgment>
AcknowledgmentRegister::addAcknowledgment(PolicyAcknowledgment acknowledgment)
{
    acknowledgment.id = 0;
    Result<Person> who = m_program.workforce().person(acknowledgment.personId);
    if (!who)
        return who.error();
    Result<std::pair<QString, bool>> found =
        guardStorage(tr("Reading the acknowledgments failed"), [&] {
            PolicyAcknowledgmentStore store(m_program.database());
            return std::pair{
                store.revisionState(acknowledgment.revisionId),
                store.find(acknowledgment.personId, acknowledgment.revisionId).has_value()};
        });
    if (!found)
        return found.error();
    QStringList problems;
    if (found->first.isEmpty())
        problems << tr("The policy revision no longer exists.");
    else if (found->first == QLatin1String("draft") || found->first == QLatin1String("in_review"))
        problems << tr("Only an approved policy revision can be acknowledged.");
    if (found->second)
        problems << tr("%1 already acknowledged this policy revision.").arg(who->name);
    if (!acknowledgment.acknowledgedOn.isValid())
        problems << tr("Enter the date of the acknowledgment.");
    else if (acknowledgment.acknowledgedOn > m_program.clock().today())
        problems << tr("The acknowledgment date %1 is in the future.")
                        .arg(isoDate(acknowledgment.acknowledgedOn));
    if (!problems.isEmpty())
        return BatchProblems::refusal(problems);
    acknowledgment.recordedAt = m_program.clock().nowUtc();
    acknowledgment.recordedBy = m_program.actor();
    Result<void> written =
        m_writer.write(tr("Saving the acknowledgment failed"), [&](AuditTrail& audit) {
            PolicyAcknowledgmentStore(m_program.database()).insert(acknowledgment);
            m_writer.record(audit, QStringLiteral("created"), trainingentity::acknowledgment(),
                            TrainingWriter::idText(acknowledgment.id), {},
                            TrainingJson::toJson(acknowledgment));
        });
    if (!written)
        return written.error();
    emit acknowledgmentsChanged();
    return acknowledgment;
}

Result<std::vector<PolicyAcknowledgment>>
AcknowledgmentRegister::addAcknowledgments(std::vector<PolicyAcknowledgment> rows)
{
    if (rows.empty())
        return rows;
    struct Known
    {
        QHash<qint64, QString> people; // names by id
        QHash<qint64, QString> states; // by revision
        std::vector<bool> stored;
    };
    Result<Known> known = guardStorage(tr("Reading the acknowledgments failed"), [&] {
        Known out;
        Database& db = m_program.database();
        PolicyAcknowledgmentStore store(db);
        for (const PolicyAcknowledgment& row : rows) {
            if (!out.people.contains(row.personId)) {
                const QString name = store.personName(row.personId);
                if (!name.isEmpty())
                    out.people.insert(row.personId, name);
            }
            if (!out.states.contains(row.revisionId))
                out.states.insert(row.revisionId, store.revisionState(row.revisionId));
            out.stored.push_back(store.find(row.personId, row.revisionId).has_value());
        }
        return out;
    });
    if (!known)
        return known.error();
    const QDate today = m_program.clock().today();
    BatchProblems refusals(rows.size(), tr("Acknowledgment %1: %2"));
    QSet<QPair<qint64, qint64>> seen;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        PolicyAcknowledgment& row = rows[i];
        row.id = 0;
        QStringList problems;
        const auto person = known->people.constFind(row.personId);
        const QString state = known->states.value(row.revisionId);
        if (person == known->people.constEnd())
            problems << tr("The person no longer exists.");
        if (state.isEmpty())
            problems << tr("The policy revision no longer exists.");
        else if (state == QLatin1String("draft") || state == QLatin1String("in_review"))
            problems << tr("Only an approved policy revision can be acknowledged.");
        if (person != known->people.constEnd() &&
            (known->stored[i] || seen.contains({row.personId, row.revisionId})))
            problems << tr("%1 already acknowledged this policy revision.").arg(*person);
        seen.insert({row.personId, row.revisionId});
        if (!row.acknowledgedOn.isValid())
            problems << tr("Enter the date of the acknowledgment.");
        else if (row.acknowledgedOn > today)
            problems << tr("The acknowledgment date %1 is in the future.")
                            .arg(isoDate(row.acknowledgedOn));
        refusals.add(i, problems);
    }
    if (!refusals.isEmpty())
        return refusals.refusal();
    const QDateTime now = m_program.clock().nowUtc();
    Result<void> written =
        m_writer.write(tr("Saving the acknowledgment failed"), [&](AuditTrail& audit) {
            PolicyAcknowledgmentStore store(m_program.database());
            for (PolicyAcknowledgment& row : rows) {
                row.recordedAt = now;
                row.recordedBy = m_program.actor();
                store.insert(row);
                m_writer.record(audit, QStringLiteral("created"), trainingentity::acknowledgment(),
                                TrainingWriter::idText(row.id), {}, TrainingJson::toJson(row));
            }
        });
    if (!written) {
        for (PolicyAcknowledgment& row : rows)
            row.id = 0;
        return written.error();
    }
    emit acknowledgmentsChanged();
    return rows;
}

Result<void> AcknowledgmentRegister::removeAcknowledgment(qint64 id)
{
    Result<PolicyAcknowledgment> stored = TrainingWriter::required(
        guardStorage(tr("Reading the acknowledgments failed"),
                     [&] { return PolicyAcknowledgmentStore(m_program.database()).find(id); }),
        tr("The acknowledgment no longer exists."));
    if (!stored)
        return stored.error();
    Result<bool> disposed = m_writer.removeRecord(
        recordtype::policyAcknowledgment(), trainingentity::acknowledgment(), id,
        TrainingJson::toJson(*stored), tr("Deleting the acknowledgment failed"),
        [&] { PolicyAcknowledgmentStore(m_program.database()).remove(id); });
    if (!disposed)
        return disposed.error();
    emit acknowledgmentsChanged();
    return {};
}

} // namespace palisade
