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
