#include "core/policies/PolicyRegister.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/policies/PolicySamples.h"
#include "tests/support/TemporaryProgram.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

// Runs `sql` and returns the database's refusal, or an empty string when it ran.
QString refusalOf(Database& db, const QString& sql)
{
    Result<void> ran = db.tryExec(sql);
    return ran.ok() ? QString() : ran.error().text();
}

} // namespace

TEST_CASE("The triggers keep an approved revision and its approvals as they were",
          "[policies][storage]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    PolicyRegister& policies = program.policies();
    const qint64 id = policies.add(accessControlPolicy(), QStringLiteral("Approved words"))->id;
    const qint64 revisionId = policies.revisions(id)->front().id;
    approveRevision(policies, revisionId, fixture.clock().today());
    const qint64 approvalId = policies.approvals(revisionId)->front().id;
    Database& db = program.database();
    const QString where = QStringLiteral(" WHERE id = %1").arg(revisionId);

    for (const QString& change :
         {QStringLiteral("content = 'Other words'"), QStringLiteral("author = 'Mallory'"),
          QStringLiteral("number = 9"), QStringLiteral("change_summary = 'x'"),
          QStringLiteral("approved_on = '2026-01-01'"), QStringLiteral("state = 'draft'"),
          QStringLiteral("state = 'superseded'"), QStringLiteral("file_id = NULL, content = ''")}) {
        INFO(change.toStdString());
        CHECK(refusalOf(db, QStringLiteral("UPDATE policy_revision SET ") + change + where)
                  .contains(QStringLiteral("approved policy revisions are immutable")));
    }
    CHECK(refusalOf(db, QStringLiteral("DELETE FROM policy_revision") + where)
              .contains(QStringLiteral("kept for six years")));
    CHECK(refusalOf(db, QStringLiteral("UPDATE policy_approval SET approver = 'Mallory' WHERE "
                                       "id = %1")
                            .arg(approvalId))
              .contains(QStringLiteral("policy approvals are immutable")));
    CHECK(refusalOf(db, QStringLiteral("DELETE FROM policy_approval WHERE id = %1").arg(approvalId))
              .contains(QStringLiteral("kept for six years")));
    CHECK(policies.revision(revisionId)->content == QStringLiteral("Approved words"));
    CHECK(policies.approvals(revisionId)->size() == 2);

    // Its life moves on one way, each date written once.
    REQUIRE(policies.makeEffective(revisionId, fixture.clock().today()).ok());
    CHECK(refusalOf(db, QStringLiteral("UPDATE policy_revision SET effective_on = '2026-05-01'") +
                            where)
              .contains(QStringLiteral("immutable")));
    CHECK(refusalOf(db, QStringLiteral("UPDATE policy_revision SET state = 'approved'") + where)
              .contains(QStringLiteral("immutable")));
    CHECK(refusalOf(db, QStringLiteral("UPDATE policy_revision SET state = 'superseded', "
                                       "ended_on = '2026-12-31'") +
                            where)
              .isEmpty());
    CHECK(
        refusalOf(db, QStringLiteral("UPDATE policy_revision SET ended_on = '2027-01-01'") + where)
            .contains(QStringLiteral("immutable")));
}

TEST_CASE("Drafts and their approvals stay changeable in the database", "[policies][storage]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    PolicyRegister& policies = program.policies();
    const qint64 id = policies.add(accessControlPolicy(), QStringLiteral("Words"))->id;
    const qint64 revisionId = policies.revisions(id)->front().id;
    REQUIRE(policies.submitForReview(revisionId).ok());
    REQUIRE(policies
                .recordApproval(revisionId,
                                approvalBy(QStringLiteral("Ann"), QStringLiteral("Privacy Officer"),
                                           fixture.clock().today()))
                .ok());
    Database& db = program.database();
    CHECK(
        refusalOf(db, QStringLiteral("UPDATE policy_revision SET content = 'Edited' WHERE id = %1")
                          .arg(revisionId))
            .isEmpty());
    CHECK(refusalOf(
              db,
              QStringLiteral("DELETE FROM policy_approval WHERE revision_id = %1").arg(revisionId))
              .isEmpty());
    CHECK(policies.approvals(revisionId)->empty());
}

TEST_CASE("The database lets a revision be approved only through review with a sign-off",
          "[policies][storage]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    PolicyRegister& policies = program.policies();
    const qint64 id = policies.add(accessControlPolicy(), QStringLiteral("Words"))->id;
    const qint64 revisionId = policies.revisions(id)->front().id;
    Database& db = program.database();
    const QString where = QStringLiteral(" WHERE id = %1").arg(revisionId);
    const QString approvalInsert =
        QStringLiteral("INSERT INTO policy_approval (revision_id, approver, role, approved_on, "
                       "meaning, recorded_at, recorded_by) VALUES (%1, 'Mallory', 'Owner', "
                       "'2026-03-01', 'Approved', '2026-03-01T09:00:00.000Z', 'Mallory')")
            .arg(revisionId);

    // Straight from draft to approved or effective, or a sign-off on a draft: refused.
    CHECK(refusalOf(db, QStringLiteral("UPDATE policy_revision SET state = 'approved', "
                                       "approved_on = '2026-03-01'") +
                            where)
              .contains(QStringLiteral("only with its approvals")));
    CHECK(refusalOf(db, QStringLiteral("UPDATE policy_revision SET state = 'effective'") + where)
              .contains(QStringLiteral("only with its approvals")));
    CHECK(refusalOf(db, approvalInsert).contains(QStringLiteral("while a revision is in review")));
    // In review without a sign-off: still not approvable.
    REQUIRE(policies.submitForReview(revisionId).ok());
    CHECK(refusalOf(db, QStringLiteral("UPDATE policy_revision SET state = 'approved', "
                                       "approved_on = '2026-03-01'") +
                            where)
              .contains(QStringLiteral("only with its approvals")));
    CHECK(refusalOf(db, QStringLiteral("UPDATE policy_revision SET effective_on = '2026-03-01'") +
                            where)
              .contains(QStringLiteral("only with its approvals")));

    // Once approved, no sign-off is added afterwards.
    const Policy stored = policies.policy(id).value();
    for (const QString& role : stored.requiredApprovalRoles)
        REQUIRE(policies
                    .recordApproval(revisionId, approvalBy(QStringLiteral("Approver of ") + role,
                                                           role, fixture.clock().today()))
                    .ok());
    REQUIRE(policies.revision(revisionId)->state == RevisionState::Approved);
    CHECK(refusalOf(db, approvalInsert).contains(QStringLiteral("while a revision is in review")));
    // A new revision cannot be written as approved.
    CHECK(refusalOf(db, QStringLiteral("INSERT INTO policy_revision (policy_id, number, state, "
                                       "author, created_at, updated_at) VALUES (%1, 7, "
                                       "'approved', 'Mallory', 'x', 'x')")
                            .arg(id))
              .contains(QStringLiteral("starts as a draft")));
    CHECK(refusalOf(db, QStringLiteral("UPDATE policy_revision SET state = 'bogus'") + where)
              .contains(QStringLiteral("immutable")));
}
