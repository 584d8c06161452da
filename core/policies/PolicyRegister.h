#pragma once

#include "core/audit/AuditEvent.h"
#include "core/files/StoredFileKeeper.h"
#include "core/policies/Policy.h"
#include "core/policies/PolicyApproval.h"
#include "core/policies/PolicyReviewItem.h"
#include "core/policies/PolicyRevision.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace palisade {

class AuditTrail;
class Program;

// The policy library: policies, their numbered revisions and approvals. A
// revision is written as a draft, submitted for review, approved by every role
// the policy names, then takes effect, superseding its predecessor; once
// approved it is a record that never changes. Every change is one transaction
// with its audit event.
class PolicyRegister : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maximumFileBytes = StoredFileKeeper::maximumBytes;

    explicit PolicyRegister(Program& program);

    // Policies
    Result<std::vector<Policy>> policies() const; // by code
    Result<Policy> policy(qint64 id) const;
    // Problems as the policy stands; empty when it can be saved.
    QStringList problems(const Policy& policy) const;
    // Stores the policy with draft revision 1 holding `initialContent`.
    Result<Policy> add(Policy policy, const QString& initialContent = {});
    // Changes the policy's details; its retirement date is set by retire() only.
    Result<Policy> update(Policy policy);
    // Only while none of its revisions was ever approved.
    Result<void> removePolicy(qint64 id);
    // Retires the revision in effect (and any approved one that never took
    // effect) with `on` as its last day, and marks the policy retired.
    Result<Policy> retire(qint64 policyId, const QDate& on, const QString& reason);

    // Revisions
    Result<std::vector<PolicyRevision>> revisions(qint64 policyId) const; // ascending number
    Result<PolicyRevision> revision(qint64 id) const;
    // The revision in effect on `asOf`; on a successor's effective date, the
    // successor.
    Result<std::optional<PolicyRevision>> currentRevision(qint64 policyId, const QDate& asOf) const;
    // A new draft numbered after the latest revision, starting from its words.
    // A policy has at most one draft or revision in review at a time.
    Result<PolicyRevision> addRevision(qint64 policyId);
    // Saves a draft's content and change summary; nothing else is taken.
    Result<PolicyRevision> updateDraft(PolicyRevision revision);
    // Deletes a draft that is not the policy's only revision.
    Result<void> discardDraft(qint64 revisionId);
    // Draft -> in review: needs content or a file, and a change summary from
    // revision 2 on.
    Result<PolicyRevision> submitForReview(qint64 revisionId);
    // In review -> draft, withdrawing the approvals recorded so far.
    Result<PolicyRevision> returnToDraft(qint64 revisionId, const QString& reason);
    // Approved -> effective on `on` (may lie ahead); the revision in effect
    // before it is superseded with `on` as its last day.
    Result<PolicyRevision> makeEffective(qint64 revisionId, const QDate& on);

    // The signed PDF of a revision, kept inside the encrypted file. Attaching
    // and removing are allowed on drafts only; attaching replaces any file.
    Result<PolicyRevision> attachFile(qint64 revisionId, const QString& fileName,
                                      const QByteArray& content);
    // The stored bytes, checked against their SHA-256.
    Result<QByteArray> fileContent(qint64 revisionId) const;
    // The one way a revision's file leaves the encrypted file decrypted; audited.
    Result<void> saveFileCopy(qint64 revisionId, const QString& path);
    Result<PolicyRevision> removeFile(qint64 revisionId);

    // Approvals
    Result<std::vector<PolicyApproval>> approvals(qint64 revisionId) const; // by date
    // Records a sign-off of a revision in review. When the approvals cover
    // every role the policy names (or, when it names none, on the first one)
    // the revision becomes approved in the same transaction.
    Result<PolicyApproval> recordApproval(qint64 revisionId, PolicyApproval approval);
    // The roles the policy names that no approval covers yet, in its order.
    static QStringList outstandingRoles(const Policy& policy,
                                        const std::vector<PolicyApproval>& approvals);
    static bool approvalsComplete(const Policy& policy,
                                  const std::vector<PolicyApproval>& approvals);

    // The policy, its revisions and their approvals, oldest first.
    Result<std::vector<AuditEvent>> history(qint64 policyId) const;
    // Every policy not retired against its review cycle; see PolicyReviewList.
    Result<std::vector<PolicyReviewItem>> reviewsDue(const QDate& asOf) const;

    // How users name a revision, e.g. "SEC-004 revision 3".
    static QString revisionName(const Policy& policy, const PolicyRevision& revision);

signals:
    void policiesChanged();

private:
    struct Loaded
    {
        Policy policy;
        PolicyRevision revision;
    };

    Result<Loaded> load(qint64 revisionId) const;
    QStringList codeProblems(const Policy& policy) const;
    Result<void> write(const QString& failureContext, const std::function<void(AuditTrail&)>& work);
    void record(AuditTrail& audit, const QString& action, const QString& entity, qint64 id,
                const QJsonObject& before, const QJsonObject& after) const;
    Error retiredRefusal(const Policy& policy) const;

    Program& m_program;
};

} // namespace palisade
