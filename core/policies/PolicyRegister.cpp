#include "core/policies/PolicyRegister.h"

#include "core/audit/AuditTrail.h"
#include "core/files/StoredFileJson.h"
#include "core/files/StoredFileStore.h"
#include "core/policies/PolicyApprovalStore.h"
#include "core/policies/PolicyEntities.h"
#include "core/policies/PolicyJson.h"
#include "core/policies/PolicyReviewList.h"
#include "core/policies/PolicyRevisionStore.h"
#include "core/policies/PolicyStore.h"
#include "core/policies/PolicyValidator.h"
#include "core/program/Program.h"
#include "core/retention/RecordTypes.h"
#include "core/retention/RetentionRegister.h"
#include "core/storage/StorageGuard.h"
#include "core/util/BatchProblems.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"

#include <algorithm>

namespace palisade {
namespace {

Error refusal(const QString& message)
{
    return Error{ErrorKind::Invalid, message, {}};
}

QString shown(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

bool sameRole(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

PolicyRegister::PolicyRegister(Program& program)
    : m_program(program)
{
}

QString PolicyRegister::revisionName(const Policy& policy, const PolicyRevision& revision)
{
    return tr("%1 revision %2").arg(policy.code).arg(revision.number);
}

Result<void> PolicyRegister::write(const QString& failureContext,
                                   const std::function<void(AuditTrail&)>& work)
{
    Result<void> written = m_program.transact(failureContext, work);
    if (written)
        emit policiesChanged();
    return written;
}

void PolicyRegister::record(AuditTrail& audit, const QString& action, const QString& entity,
                            qint64 id, const QJsonObject& before, const QJsonObject& after) const
{
    audit.record(m_program.actor(), action, entity, QString::number(id), before, after);
}

Error PolicyRegister::retiredRefusal(const Policy& policy) const
{
    return refusal(tr("%1 was retired on %2 and is kept as it was.")
                       .arg(policy.code, shown(policy.retiredOn)));
}

// Policies

Result<std::vector<Policy>> PolicyRegister::policies() const
{
    return guardStorage(tr("Reading the policies failed"),
                        [&] { return PolicyStore(m_program.database()).all(); });
}

Result<Policy> PolicyRegister::policy(qint64 id) const
{
    Result<std::optional<Policy>> found = guardStorage(tr("Reading the policy failed"), [&] {
        return PolicyStore(m_program.database()).find(id);
    });
    if (!found)
        return found.error();
    if (!found->has_value())
        return refusal(tr("The policy no longer exists."));
    return **found;
}

QStringList PolicyRegister::codeProblems(const Policy& policy) const
{
    if (policy.code.isEmpty())
        return {};
    Result<std::optional<qint64>> owner = guardStorage(tr("Reading the policies failed"), [&] {
        return PolicyStore(m_program.database()).idForCode(policy.code);
    });
    if (!owner)
        return {owner.error().message};
    if (owner->has_value() && **owner != policy.id)
        return {tr("Another policy already has the code %1.").arg(policy.code)};
    return {};
}

QStringList PolicyRegister::problems(const Policy& policy) const
{
    Policy candidate = policy;
    PolicyValidator::normalize(candidate);
    return PolicyValidator(m_program.catalog()).problems(candidate) + codeProblems(candidate);
}

Result<Policy> PolicyRegister::add(Policy policy, const QString& initialContent)
{
    policy.id = 0;
    PolicyValidator::normalize(policy);
    policy.retiredOn = {};
    if (QStringList found = problems(policy); !found.isEmpty())
        return BatchProblems::refusal(found);
    const QDateTime now = m_program.clock().nowUtc();
    policy.createdAt = policy.updatedAt = now;
    PolicyRevision first;
    first.number = 1;
    first.state = RevisionState::Draft;
    first.author = m_program.actor();
    first.content = initialContent;
    first.createdAt = first.updatedAt = now;
    Result<void> written = write(tr("Saving the policy failed"), [&](AuditTrail& audit) {
        PolicyStore(m_program.database()).insert(policy);
        record(audit, QStringLiteral("created"), policyentity::policy(), policy.id, {},
               PolicyJson::toJson(policy));
        first.policyId = policy.id;
        PolicyRevisionStore(m_program.database()).insert(first);
        record(audit, QStringLiteral("created"), policyentity::revision(), first.id, {},
               PolicyJson::toJson(first));
    });
    if (!written)
        return written.error();
    return policy;
}

Result<Policy> PolicyRegister::update(Policy policy)
{
    Result<Policy> stored = this->policy(policy.id);
    if (!stored)
        return stored.error();
    PolicyValidator::normalize(policy);
    policy.retiredOn = stored->retiredOn;
    policy.createdAt = stored->createdAt;
    policy.updatedAt = stored->updatedAt;
    if (policy == *stored)
        return policy;
    if (stored->isRetired())
        return retiredRefusal(*stored);
    if (QStringList found = problems(policy); !found.isEmpty())
        return BatchProblems::refusal(found);
    policy.updatedAt = m_program.clock().nowUtc();
    Result<void> written = write(tr("Saving %1 failed").arg(policy.code), [&](AuditTrail& audit) {
        PolicyStore(m_program.database()).update(policy);
        record(audit, QStringLiteral("updated"), policyentity::policy(), policy.id,
               PolicyJson::toJson(*stored), PolicyJson::toJson(policy));
    });
    if (!written)
        return written.error();
    return policy;
}

Result<void> PolicyRegister::removePolicy(qint64 id)
{
    Result<Policy> stored = policy(id);
    if (!stored)
        return stored.error();
    Result<std::vector<PolicyRevision>> all = revisions(id);
    if (!all)
        return all.error();
    for (const PolicyRevision& revision : *all) {
        if (!revision.isOpen())
            return refusal(tr("%1 was approved and is kept as a record; retire the policy "
                              "instead.")
                               .arg(revisionName(*stored, revision)));
    }
    // A legal hold keeps even drafts; the retention register says so and audits it.
    if (Result<DeletionPath> allowed =
            m_program.retention().checkDeletion(recordtype::policy(), id);
        !allowed)
        return allowed.error();
    return write(tr("Deleting %1 failed").arg(stored->code), [&](AuditTrail& audit) {
        Database& db = m_program.database();
        PolicyApprovalStore approvals(db);
        PolicyRevisionStore revisionStore(db);
        for (const PolicyRevision& revision : *all) {
            for (const PolicyApproval& approval : approvals.forRevision(revision.id)) {
                approvals.remove(approval.id);
                record(audit, QStringLiteral("deleted"), policyentity::approval(), approval.id,
                       PolicyJson::toJson(approval, id), {});
            }
            revisionStore.removeWithFile(revision);
            record(audit, QStringLiteral("deleted"), policyentity::revision(), revision.id,
                   PolicyJson::toJson(revision), {});
        }
        PolicyStore(db).remove(id);
        record(audit, QStringLiteral("deleted"), policyentity::policy(), id,
               PolicyJson::toJson(*stored), {});
    });
}

Result<Policy> PolicyRegister::retire(qint64 policyId, const QDate& on, const QString& reason)
{
    Result<Policy> stored = policy(policyId);
    if (!stored)
        return stored.error();
    if (stored->isRetired())
        return refusal(
            tr("%1 was already retired on %2.").arg(stored->code, shown(stored->retiredOn)));
    if (!on.isValid())
        return refusal(tr("Enter the date %1 is retired.").arg(stored->code));
    if (reason.trimmed().isEmpty())
        return refusal(tr("Say why %1 is retired.").arg(stored->code));
    Result<std::vector<PolicyRevision>> all = revisions(policyId);
    if (!all)
        return all.error();
    std::vector<PolicyRevision> ending;
    for (const PolicyRevision& revision : *all) {
        const QString name = revisionName(*stored, revision);
        if (revision.isOpen())
            return refusal(tr("%1 is still %2; discard it or finish its review before retiring "
                              "the policy.")
                               .arg(name, revisionStateLabel(revision.state)));
        if (revision.state == RevisionState::Effective && on < revision.effectiveOn)
            return refusal(tr("%1 takes effect on %2; the policy cannot be retired before that.")
                               .arg(name, shown(revision.effectiveOn)));
        if (revision.state == RevisionState::Approved && on < revision.approvedOn)
            return refusal(tr("%1 was approved on %2; the policy cannot be retired before that.")
                               .arg(name, shown(revision.approvedOn)));
        if (revision.state == RevisionState::Effective || revision.state == RevisionState::Approved)
            ending.push_back(revision);
    }
    if (ending.empty())
        return refusal(tr("%1 has no approved revision to retire; delete the policy instead.")
                           .arg(stored->code));

    const QDateTime now = m_program.clock().nowUtc();
    Policy retired = *stored;
    retired.retiredOn = on;
    retired.updatedAt = now;
    Result<void> written =
        write(tr("Retiring %1 failed").arg(stored->code), [&](AuditTrail& audit) {
            PolicyRevisionStore revisionStore(m_program.database());
            for (const PolicyRevision& before : ending) {
                PolicyRevision after = before;
                after.state = RevisionState::Retired;
                after.endedOn = on;
                after.updatedAt = now;
                revisionStore.update(after);
                record(audit, QStringLiteral("retired"), policyentity::revision(), after.id,
                       PolicyJson::toJson(before), PolicyJson::toJson(after));
            }
            PolicyStore(m_program.database()).update(retired);
            QJsonObject after = PolicyJson::toJson(retired);
            after.insert(QStringLiteral("reason"), reason.trimmed());
            record(audit, QStringLiteral("retired"), policyentity::policy(), policyId,
                   PolicyJson::toJson(*stored), after);
        });
    if (!written)
        return written.error();
    return retired;
}

// Revisions

Result<std::vector<PolicyRevision>> PolicyRegister::revisions(qint64 policyId) const
{
    return guardStorage(tr("Reading the policy's revisions failed"), [&] {
        return PolicyRevisionStore(m_program.database()).forPolicy(policyId);
    });
}

Result<PolicyRevision> PolicyRegister::revision(qint64 id) const
{
    Result<std::optional<PolicyRevision>> found =
        guardStorage(tr("Reading the policy revision failed"),
                     [&] { return PolicyRevisionStore(m_program.database()).find(id); });
    if (!found)
        return found.error();
    if (!found->has_value())
        return refusal(tr("The policy revision no longer exists."));
    return **found;
}

Result<PolicyRegister::Loaded> PolicyRegister::load(qint64 revisionId) const
{
    Result<PolicyRevision> found = revision(revisionId);
    if (!found)
        return found.error();
    Result<Policy> owner = policy(found->policyId);
    if (!owner)
        return owner.error();
    return Loaded{*owner, *found};
}

Result<std::optional<PolicyRevision>> PolicyRegister::currentRevision(qint64 policyId,
                                                                      const QDate& asOf) const
{
    Result<std::vector<PolicyRevision>> all = revisions(policyId);
    if (!all)
        return all.error();
    if (const PolicyRevision* found = revisionInEffect(*all, asOf))
        return std::optional<PolicyRevision>(*found);
    return std::optional<PolicyRevision>();
}

Result<PolicyRevision> PolicyRegister::addRevision(qint64 policyId)
{
    Result<Policy> owner = policy(policyId);
    if (!owner)
        return owner.error();
    if (owner->isRetired())
        return retiredRefusal(*owner);
    Result<std::vector<PolicyRevision>> all = revisions(policyId);
    if (!all)
        return all.error();
    for (const PolicyRevision& existing : *all) {
        if (existing.isOpen())
            return refusal(
                tr("%1 is still %2; finish or discard it before starting another "
                   "revision.")
                    .arg(revisionName(*owner, existing), revisionStateLabel(existing.state)));
    }
    PolicyRevision next;
    next.policyId = policyId;
    next.number = all->empty() ? 1 : all->back().number + 1;
    next.state = RevisionState::Draft;
    next.author = m_program.actor();
    next.content = all->empty() ? QString() : all->back().content;
    next.createdAt = next.updatedAt = m_program.clock().nowUtc();
    Result<void> written =
        write(tr("Saving %1 failed").arg(revisionName(*owner, next)), [&](AuditTrail& audit) {
            PolicyRevisionStore(m_program.database()).insert(next);
            record(audit, QStringLiteral("created"), policyentity::revision(), next.id, {},
                   PolicyJson::toJson(next));
        });
    if (!written)
        return written.error();
    return next;
}

Result<PolicyRevision> PolicyRegister::updateDraft(PolicyRevision incoming)
{
    Result<Loaded> loaded = load(incoming.id);
    if (!loaded)
        return loaded.error();
    const PolicyRevision& stored = loaded->revision;
    const QString name = revisionName(loaded->policy, stored);
    if (stored.state != RevisionState::Draft)
        return refusal(tr("%1 is %2; only a draft can be edited.")
                           .arg(name, revisionStateLabel(stored.state)));
    if (loaded->policy.isRetired())
        return retiredRefusal(loaded->policy);
    PolicyRevision updated = stored;
    updated.content = incoming.content;
    updated.changeSummary = incoming.changeSummary.trimmed();
    if (updated == stored)
        return updated;
    updated.updatedAt = m_program.clock().nowUtc();
    Result<void> written = write(tr("Saving %1 failed").arg(name), [&](AuditTrail& audit) {
        PolicyRevisionStore(m_program.database()).update(updated);
        record(audit, QStringLiteral("updated"), policyentity::revision(), updated.id,
               PolicyJson::toJson(stored), PolicyJson::toJson(updated));
    });
    if (!written)
        return written.error();
    return updated;
}

Result<void> PolicyRegister::discardDraft(qint64 revisionId)
{
    Result<Loaded> loaded = load(revisionId);
    if (!loaded)
        return loaded.error();
    const PolicyRevision& stored = loaded->revision;
    const QString name = revisionName(loaded->policy, stored);
    if (stored.state != RevisionState::Draft)
        return refusal(tr("%1 is %2; only a draft can be discarded.")
                           .arg(name, revisionStateLabel(stored.state)));
    Result<std::vector<PolicyRevision>> all = revisions(stored.policyId);
    if (!all)
        return all.error();
    if (all->size() == 1)
        return refusal(
            tr("%1 is the policy's only revision; delete the policy instead.").arg(name));
    if (Result<DeletionPath> allowed =
            m_program.retention().checkDeletion(recordtype::policyRevision(), revisionId);
        !allowed)
        return allowed.error();
    return write(tr("Discarding %1 failed").arg(name), [&](AuditTrail& audit) {
        PolicyRevisionStore(m_program.database()).removeWithFile(stored);
        record(audit, QStringLiteral("deleted"), policyentity::revision(), stored.id,
               PolicyJson::toJson(stored), {});
    });
}

Result<PolicyRevision> PolicyRegister::submitForReview(qint64 revisionId)
{
    Result<Loaded> loaded = load(revisionId);
    if (!loaded)
        return loaded.error();
    const PolicyRevision& stored = loaded->revision;
    const QString name = revisionName(loaded->policy, stored);
    if (stored.state != RevisionState::Draft)
        return refusal(tr("%1 is %2; only a draft can be submitted for review.")
                           .arg(name, revisionStateLabel(stored.state)));
    if (loaded->policy.isRetired())
        return retiredRefusal(loaded->policy);
    QStringList missing;
    if (stored.content.trimmed().isEmpty() && !stored.file)
        missing
            << tr("%1 has neither text nor a file; write the policy or attach its PDF.").arg(name);
    if (stored.number >= 2 && stored.changeSummary.trimmed().isEmpty())
        missing << tr("%1 needs a summary of what changed since revision %2.")
                       .arg(name)
                       .arg(stored.number - 1);
    if (!missing.isEmpty())
        return BatchProblems::refusal(missing);
    PolicyRevision submitted = stored;
    submitted.state = RevisionState::InReview;
    submitted.updatedAt = m_program.clock().nowUtc();
    Result<void> written = write(tr("Submitting %1 failed").arg(name), [&](AuditTrail& audit) {
        PolicyRevisionStore(m_program.database()).update(submitted);
        record(audit, QStringLiteral("submitted"), policyentity::revision(), submitted.id,
               PolicyJson::toJson(stored), PolicyJson::toJson(submitted));
    });
    if (!written)
        return written.error();
    return submitted;
}

Result<PolicyRevision> PolicyRegister::returnToDraft(qint64 revisionId, const QString& reason)
{
    Result<Loaded> loaded = load(revisionId);
    if (!loaded)
        return loaded.error();
    const PolicyRevision& stored = loaded->revision;
    const QString name = revisionName(loaded->policy, stored);
    if (stored.state != RevisionState::InReview)
        return refusal(tr("%1 is %2; only a revision in review can be returned to draft.")
                           .arg(name, revisionStateLabel(stored.state)));
    if (reason.trimmed().isEmpty())
        return refusal(tr("Say why %1 goes back to draft.").arg(name));
    Result<std::vector<PolicyApproval>> given = approvals(revisionId);
    if (!given)
        return given.error();
    PolicyRevision returned = stored;
    returned.state = RevisionState::Draft;
    returned.updatedAt = m_program.clock().nowUtc();
    Result<void> written =
        write(tr("Returning %1 to draft failed").arg(name), [&](AuditTrail& audit) {
            PolicyApprovalStore approvalStore(m_program.database());
            for (const PolicyApproval& approval : *given) {
                approvalStore.remove(approval.id);
                record(audit, QStringLiteral("withdrawn"), policyentity::approval(), approval.id,
                       PolicyJson::toJson(approval, stored.policyId), {});
            }
            PolicyRevisionStore(m_program.database()).update(returned);
            QJsonObject after = PolicyJson::toJson(returned);
            after.insert(QStringLiteral("reason"), reason.trimmed());
            record(audit, QStringLiteral("returned"), policyentity::revision(), returned.id,
                   PolicyJson::toJson(stored), after);
        });
    if (!written)
        return written.error();
    return returned;
}

Result<PolicyRevision> PolicyRegister::makeEffective(qint64 revisionId, const QDate& on)
{
    Result<Loaded> loaded = load(revisionId);
    if (!loaded)
        return loaded.error();
    const Policy& owner = loaded->policy;
    const PolicyRevision& stored = loaded->revision;
    const QString name = revisionName(owner, stored);
    if (stored.state != RevisionState::Approved)
        return refusal(tr("%1 is %2; only an approved revision can take effect.")
                           .arg(name, revisionStateLabel(stored.state)));
    if (owner.isRetired())
        return retiredRefusal(owner);
    if (!on.isValid())
        return refusal(tr("Enter the date %1 takes effect.").arg(name));
    if (on < stored.approvedOn)
        return refusal(tr("%1 was approved on %2 and cannot take effect before that.")
                           .arg(name, shown(stored.approvedOn)));
    Result<std::vector<PolicyRevision>> all = revisions(owner.id);
    if (!all)
        return all.error();
    std::optional<PolicyRevision> predecessor;
    const QDate today = m_program.clock().today();
    for (const PolicyRevision& other : *all) {
        if (other.id == stored.id)
            continue;
        if (other.number > stored.number && other.effectiveOn.isValid())
            return refusal(tr("%1 is newer and took effect on %2; %3 can no longer take effect.")
                               .arg(revisionName(owner, other), shown(other.effectiveOn), name));
        if (other.state != RevisionState::Effective)
            continue;
        if (on <= other.effectiveOn)
            return refusal(
                other.effectiveOn > today
                    ? tr("%1 is already scheduled to take effect on %2; %3 must take effect "
                         "after that.")
                          .arg(revisionName(owner, other), shown(other.effectiveOn), name)
                    : tr("%1 took effect on %2; %3 must take effect after that.")
                          .arg(revisionName(owner, other), shown(other.effectiveOn), name));
        predecessor = other;
    }
    const QDateTime now = m_program.clock().nowUtc();
    PolicyRevision effective = stored;
    effective.state = RevisionState::Effective;
    effective.effectiveOn = on;
    effective.updatedAt = now;
    Result<void> written =
        write(tr("Making %1 effective failed").arg(name), [&](AuditTrail& audit) {
            PolicyRevisionStore revisionStore(m_program.database());
            if (predecessor) {
                PolicyRevision superseded = *predecessor;
                superseded.state = RevisionState::Superseded;
                superseded.endedOn = on;
                superseded.updatedAt = now;
                revisionStore.update(superseded);
                record(audit, QStringLiteral("superseded"), policyentity::revision(), superseded.id,
                       PolicyJson::toJson(*predecessor), PolicyJson::toJson(superseded));
            }
            revisionStore.update(effective);
            record(audit, QStringLiteral("made_effective"), policyentity::revision(), effective.id,
                   PolicyJson::toJson(stored), PolicyJson::toJson(effective));
        });
    if (!written)
        return written.error();
    return effective;
}

// Files

Result<PolicyRevision> PolicyRegister::attachFile(qint64 revisionId, const QString& fileName,
                                                  const QByteArray& content)
{
    Result<Loaded> loaded = load(revisionId);
    if (!loaded)
        return loaded.error();
    const PolicyRevision& stored = loaded->revision;
    const QString name = revisionName(loaded->policy, stored);
    if (stored.state != RevisionState::Draft)
        return refusal(tr("%1 is %2; a file can be attached to a draft only.")
                           .arg(name, revisionStateLabel(stored.state)));
    if (loaded->policy.isRetired())
        return retiredRefusal(loaded->policy);
    Result<PendingFile> pending =
        StoredFileKeeper::prepare(fileName, content, m_program.clock().nowUtc(), m_program.actor());
    if (!pending)
        return pending.error();
    PolicyRevision attached = stored;
    attached.updatedAt = m_program.clock().nowUtc();
    Result<void> written =
        write(tr("Storing the file of %1 failed").arg(name), [&](AuditTrail& audit) {
            Database& db = m_program.database();
            attached.file = StoredFileKeeper(db).store(*pending);
            PolicyRevisionStore(db).update(attached);
            if (stored.file)
                StoredFileStore(db).remove(stored.file->id);
            record(audit, QStringLiteral("file_attached"), policyentity::revision(), attached.id,
                   PolicyJson::toJson(stored), PolicyJson::toJson(attached));
        });
    if (!written)
        return written.error();
    return attached;
}

Result<QByteArray> PolicyRegister::fileContent(qint64 revisionId) const
{
    Result<Loaded> loaded = load(revisionId);
    if (!loaded)
        return loaded.error();
    if (!loaded->revision.file)
        return refusal(
            tr("%1 has no file attached.").arg(revisionName(loaded->policy, loaded->revision)));
    return StoredFileKeeper(m_program.database()).content(loaded->revision.file->id);
}

Result<void> PolicyRegister::saveFileCopy(qint64 revisionId, const QString& path)
{
    Result<Loaded> loaded = load(revisionId);
    if (!loaded)
        return loaded.error();
    Result<QByteArray> content = fileContent(revisionId);
    if (!content)
        return content.error();
    if (Result<void> saved = StoredFileKeeper::saveCopy(*content, path); !saved)
        return saved;
    const PolicyRevision& stored = loaded->revision;
    const QJsonObject copied{
        {QStringLiteral("id"), QString::number(stored.id)},
        {QStringLiteral("policy_id"), QString::number(stored.policyId)},
        {QStringLiteral("number"), stored.number},
        {QStringLiteral("file"), StoredFileJson::toJson(*stored.file)},
        {QStringLiteral("copied_to"), path},
    };
    // The copy is already written; only the record of it can fail here.
    return m_program.transact(tr("Recording the copy failed"), [&](AuditTrail& audit) {
        record(audit, QStringLiteral("copied"), policyentity::revision(), stored.id, {}, copied);
    });
}

Result<PolicyRevision> PolicyRegister::removeFile(qint64 revisionId)
{
    Result<Loaded> loaded = load(revisionId);
    if (!loaded)
        return loaded.error();
    const PolicyRevision& stored = loaded->revision;
    const QString name = revisionName(loaded->policy, stored);
    if (stored.state != RevisionState::Draft)
        return refusal(
            tr("%1 is %2; its file is kept with it.").arg(name, revisionStateLabel(stored.state)));
    if (!stored.file)
        return refusal(tr("%1 has no file attached.").arg(name));
    PolicyRevision cleared = stored;
    cleared.file.reset();
    cleared.updatedAt = m_program.clock().nowUtc();
    Result<void> written =
        write(tr("Removing the file of %1 failed").arg(name), [&](AuditTrail& audit) {
            Database& db = m_program.database();
            PolicyRevisionStore(db).update(cleared);
            StoredFileStore(db).remove(stored.file->id);
            record(audit, QStringLiteral("file_removed"), policyentity::revision(), cleared.id,
                   PolicyJson::toJson(stored), PolicyJson::toJson(cleared));
        });
    if (!written)
        return written.error();
    return cleared;
}

// Approvals

Result<std::vector<PolicyApproval>> PolicyRegister::approvals(qint64 revisionId) const
{
    return guardStorage(tr("Reading the approvals failed"), [&] {
        return PolicyApprovalStore(m_program.database()).forRevision(revisionId);
    });
}

QStringList PolicyRegister::outstandingRoles(const Policy& policy,
                                             const std::vector<PolicyApproval>& approvals)
{
    QStringList outstanding;
    for (const QString& role : policy.requiredApprovalRoles) {
        const bool covered =
            std::any_of(approvals.begin(), approvals.end(), [&](const PolicyApproval& approval) {
                return sameRole(approval.role, role);
            });
        if (!covered)
            outstanding << role;
    }
    return outstanding;
}

bool PolicyRegister::approvalsComplete(const Policy& policy,
                                       const std::vector<PolicyApproval>& approvals)
{
    if (approvals.empty())
        return false;
    return outstandingRoles(policy, approvals).isEmpty();
}

Result<PolicyApproval> PolicyRegister::recordApproval(qint64 revisionId, PolicyApproval approval)
{
    Result<Loaded> loaded = load(revisionId);
    if (!loaded)
        return loaded.error();
    const Policy& owner = loaded->policy;
    const PolicyRevision& stored = loaded->revision;
    const QString name = revisionName(owner, stored);
    if (stored.state != RevisionState::InReview)
        return refusal(tr("%1 is %2; approvals are recorded only while it is in review.")
                           .arg(name, revisionStateLabel(stored.state)));
    if (owner.isRetired())
        return retiredRefusal(owner);
    Result<std::vector<PolicyApproval>> given = approvals(revisionId);
    if (!given)
        return given.error();

    approval.id = 0;
    approval.revisionId = revisionId;
    approval.approver = approval.approver.simplified();
    approval.role = approval.role.simplified();
    approval.meaning = approval.meaning.trimmed();
    QStringList problems;
    if (approval.approver.isEmpty())
        problems << tr("Name who approved %1.").arg(name);
    if (approval.role.isEmpty())
        problems << tr("Give the role in which %1 was approved.").arg(name);
    if (approval.meaning.isEmpty())
        problems << tr("Say what the approval of %1 means, e.g. \"Executive approval\".").arg(name);
    const QDate today = m_program.clock().today();
    const QDate created = stored.createdAt.toLocalTime().date();
    if (!approval.approvedOn.isValid())
        problems << tr("Enter the date %1 was approved.").arg(name);
    else if (approval.approvedOn > today)
        problems << tr("The approval date %1 is in the future.").arg(shown(approval.approvedOn));
    else if (approval.approvedOn < created)
        problems << tr("The approval date %1 is before %2 was written (%3).")
                        .arg(shown(approval.approvedOn), name, shown(created));
    if (!approval.role.isEmpty() && !owner.requiredApprovalRoles.isEmpty()) {
        const auto named =
            std::find_if(owner.requiredApprovalRoles.begin(), owner.requiredApprovalRoles.end(),
                         [&](const QString& role) { return sameRole(role, approval.role); });
        if (named == owner.requiredApprovalRoles.end())
            problems << tr("%1 needs approval as %2; \"%3\" is not one of them.")
                            .arg(owner.code, owner.requiredApprovalRoles.join(QStringLiteral(", ")),
                                 approval.role);
        else
            approval.role = *named;
    }
    for (const PolicyApproval& earlier : *given) {
        if (sameRole(earlier.approver, approval.approver) && sameRole(earlier.role, approval.role))
            problems
                << tr("%1 already approved %2 as %3.").arg(earlier.approver, name, earlier.role);
    }
    if (!problems.isEmpty())
        return BatchProblems::refusal(problems);

    const QDateTime now = m_program.clock().nowUtc();
    approval.recordedAt = now;
    approval.recordedBy = m_program.actor();
    std::vector<PolicyApproval> all = *given;
    all.push_back(approval);
    std::optional<PolicyRevision> approved;
    if (approvalsComplete(owner, all)) {
        approved = stored;
        approved->state = RevisionState::Approved;
        approved->approvedOn = approval.approvedOn;
        for (const PolicyApproval& each : all)
            approved->approvedOn = std::max(approved->approvedOn, each.approvedOn);
        approved->updatedAt = now;
    }
    Result<void> written =
        write(tr("Recording the approval of %1 failed").arg(name), [&](AuditTrail& audit) {
            PolicyApprovalStore(m_program.database()).insert(approval);
            record(audit, QStringLiteral("recorded"), policyentity::approval(), approval.id, {},
                   PolicyJson::toJson(approval, owner.id));
            if (approved) {
                PolicyRevisionStore(m_program.database()).update(*approved);
                record(audit, QStringLiteral("approved"), policyentity::revision(), approved->id,
                       PolicyJson::toJson(stored), PolicyJson::toJson(*approved));
            }
        });
    if (!written)
        return written.error();
    return approval;
}

// Reports

Result<std::vector<AuditEvent>> PolicyRegister::history(qint64 policyId) const
{
    return guardStorage(tr("Reading the policy's history failed"), [&] {
        AuditQuery own;
        own.entity = policyentity::policy();
        own.recordId = QString::number(policyId);
        std::vector<AuditEvent> events = m_program.auditTrail().events(own);
        AuditQuery related;
        related.entities = {policyentity::revision(), policyentity::approval()};
        related.relatedField = QStringLiteral("policy_id");
        related.relatedValue = QString::number(policyId);
        for (AuditEvent& event : m_program.auditTrail().events(related))
            events.push_back(std::move(event));
        std::sort(events.begin(), events.end(),
                  [](const AuditEvent& a, const AuditEvent& b) { return a.seq < b.seq; });
        return events;
    });
}

Result<std::vector<PolicyReviewItem>> PolicyRegister::reviewsDue(const QDate& asOf) const
{
    return guardStorage(tr("Reading the policies failed"), [&] {
        Database& db = m_program.database();
        return PolicyReviewList(PolicyStore(db).all(), PolicyRevisionStore(db).all()).asOf(asOf);
    });
}

} // namespace palisade
