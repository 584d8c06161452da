#pragma once

#include "core/program/Program.h"
#include "core/retention/RetentionRegister.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskRegister.h"
#include "core/storage/Database.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "tests/core/vendors/VendorSamples.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/support/TestPdf.h"

#include <QDateTime>
#include <catch2/catch_test_macros.hpp>

namespace palisade::test {

inline void setToday(TemporaryProgram& fixture, const QDate& day)
{
    fixture.clock().set(QDateTime(day, QTime(9, 0), Qt::UTC));
}

inline qint64 insertPolicy(Database& db, const QString& code, const QString& title,
                           const QString& createdAt)
{
    Statement stmt = db.prepare(QStringLiteral(
        "INSERT INTO policy (code, title, category, review_cycle_months, created_at, updated_at) "
        "VALUES (?1, ?2, 'security', 12, ?3, ?3)"));
    stmt.bind(1, code).bind(2, title).bind(3, createdAt).exec();
    return db.lastInsertRowId();
}

inline qint64 insertApproval(Database& db, qint64 revisionId)
{
    Statement stmt = db.prepare(QStringLiteral(
        "INSERT INTO policy_approval (revision_id, approver, role, approved_on, meaning, "
        "recorded_at, recorded_by) VALUES (?1, 'Dana Whitfield', 'Privacy Officer', "
        "'2019-01-10', 'Approved for adoption', '2019-01-10T09:00:00.000Z', 'Dana Whitfield')"));
    stmt.bind(1, revisionId).exec();
    return db.lastInsertRowId();
}

// A revision taken through the life the policy schema allows (draft, review
// with an approval, approved, effective, then superseded or retired) up to
// `state`; every date is `createdOn` except the end.
inline qint64 insertRevision(Database& db, qint64 policyId, int number, const QString& state,
                             const QString& createdOn, const QString& endedOn = {})
{
    Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO policy_revision (policy_id, number, state, author, content, created_at, "
        "updated_at) VALUES (?1, ?2, 'draft', 'Dana Whitfield', 'Workforce members lock their "
        "screens.', ?3 || 'T09:00:00.000Z', ?3 || 'T09:00:00.000Z')"));
    insert.bind(1, policyId).bind(2, number).bind(3, createdOn).exec();
    const qint64 id = db.lastInsertRowId();
    const auto step = [&](const QString& sql, const QString& value = {}) {
        Statement update = db.prepare(sql);
        update.bind(1, id);
        if (!value.isEmpty())
            update.bind(2, value);
        update.exec();
    };
    if (state == QStringLiteral("draft"))
        return id;
    step(QStringLiteral("UPDATE policy_revision SET state = 'in_review' WHERE id = ?1"));
    if (state == QStringLiteral("in_review"))
        return id;
    insertApproval(db, id);
    step(QStringLiteral(
             "UPDATE policy_revision SET state = 'approved', approved_on = ?2 WHERE id = ?1"),
         createdOn);
    if (state == QStringLiteral("approved"))
        return id;
    step(QStringLiteral(
             "UPDATE policy_revision SET state = 'effective', effective_on = ?2 WHERE id = ?1"),
         createdOn);
    if (state == QStringLiteral("effective"))
        return id;
    step(QStringLiteral("UPDATE policy_revision SET state = '%1', ended_on = ?2 WHERE id = ?1")
             .arg(state),
         endedOn);
    return id;
}

// Six years of a small program's records, made through the registers on the
// days they happened. Retain-until dates (the last day each is kept):
// agreement (terminated 2021-04-30) and its document 2027-04-30; expired
// agreement (2020-02-29) 2026-03-01; clinic 2027-04-30; risk one (closed
// 2020-08-31) 2026-08-31; risk two (closed 2021-02-28) 2027-02-28; the asset
// both name 2027-02-28; the done task (2020-06-30) 2026-06-30; policy SEC-001
// in effect (revision 1 superseded 2020-06-30: 2026-06-30); SEC-002 retired
// 2021-12-31: 2027-12-31.
struct History
{
    qint64 clinic = 0;
    qint64 vendor = 0; // no agreement: not a record
    qint64 terminated = 0;
    qint64 signedCopy = 0;
    qint64 expired = 0;
    qint64 asset = 0;
    qint64 riskOne = 0;
    qint64 riskTwo = 0;
    qint64 doneTask = 0;
    qint64 openTask = 0;
    qint64 policyInForce = 0;
    qint64 supersededRevision = 0;
    qint64 effectiveRevision = 0;
    qint64 draftRevision = 0;
    qint64 retiredPolicy = 0;
    qint64 retiredRevision = 0;
};

inline Risk historyRisk(const QString& title, const QDate& identified, qint64 asset)
{
    Risk risk;
    risk.title = title;
    risk.owner = QStringLiteral("Dana Whitfield");
    risk.inherent = RiskRating{RiskLevel::High, RiskLevel::High};
    risk.identifiedOn = identified;
    risk.assetIds = {asset};
    return risk;
}

inline void closeRisk(Program& program, qint64 id)
{
    Risk risk = *program.risks().risk(id);
    risk.status = RiskStatus::Closed;
    risk.treatment = RiskTreatment::Mitigate;
    risk.treatmentPlan = QStringLiteral("Move the transfers to SFTP with keys");
    risk.residual = RiskRating{RiskLevel::Low, RiskLevel::Low};
    REQUIRE(program.risks().update(risk).ok());
}

inline History makeHistory(TemporaryProgram& fixture)
{
    Program& program = fixture.program();
    History h;
    setToday(fixture, QDate(2020, 1, 15));
    h.clinic = program.counterparties().add(clinic())->id;
    h.vendor = program.counterparties().add(clearinghouse())->id;

    Agreement coding = activeAgreement(h.clinic, AgreementDirection::Upstream, QDate(2020, 1, 1));
    coding.signedOn = QDate(2019, 12, 1);
    coding.expiresOn = QDate(2023, 1, 1);
    h.terminated = program.baas().add(coding)->id;
    h.signedCopy = program.baas()
                       .attach(h.terminated, QStringLiteral("signed.pdf"),
                               makeTestPdf({QStringLiteral("Coding services agreement, signed")}),
                               DocumentKind::SignedAgreement)
                       ->id;

    Agreement billing = activeAgreement(h.clinic, AgreementDirection::Upstream, QDate(2019, 3, 1));
    billing.title = QStringLiteral("Billing pilot BAA");
    billing.signedOn = QDate(2019, 2, 27);
    billing.expiresOn = QDate(2020, 2, 29);
    h.expired = program.baas().add(billing)->id;

    Asset sftp;
    sftp.name = QStringLiteral("Claims SFTP");
    sftp.kind = AssetKind::Application;
    sftp.owner = QStringLiteral("IT");
    h.asset = program.assets().add(sftp)->id;
    h.riskOne =
        program.risks()
            .add(historyRisk(QStringLiteral("Claims sent by e-mail"), QDate(2020, 1, 10), h.asset))
            ->id;
    h.riskTwo =
        program.risks()
            .add(historyRisk(QStringLiteral("Shared SFTP password"), QDate(2020, 1, 12), h.asset))
            ->id;
    RemediationTask task;
    task.riskId = h.riskOne;
    task.title = QStringLiteral("Turn off e-mail export");
    task.owner = QStringLiteral("IT");
    h.doneTask = program.risks().addTask(task)->id;

    setToday(fixture, QDate(2020, 3, 10));
    Agreement lapsed = *program.baas().agreement(h.expired);
    lapsed.status = AgreementStatus::Expired;
    REQUIRE(program.baas().update(lapsed).ok());

    setToday(fixture, QDate(2020, 6, 30));
    RemediationTask done = program.risks().tasks(h.riskOne)->front();
    done.status = TaskStatus::Done;
    done.completedOn = QDate(2020, 6, 30);
    done.evidenceNote = QStringLiteral("Mail gateway rule 14");
    REQUIRE(program.risks().updateTask(done).ok());

    setToday(fixture, QDate(2020, 8, 31));
    closeRisk(program, h.riskOne);
    RemediationTask open;
    open.riskId = h.riskTwo;
    open.title = QStringLiteral("Document the key rotation");
    open.owner = QStringLiteral("IT");
    h.openTask = program.risks().addTask(open)->id;
    RemediationTask cancelled = program.risks().tasks(h.riskTwo)->front();
    cancelled.status = TaskStatus::Cancelled;
    REQUIRE(program.risks().updateTask(cancelled).ok());

    setToday(fixture, QDate(2021, 2, 28));
    closeRisk(program, h.riskTwo);

    setToday(fixture, QDate(2021, 5, 10));
    Agreement ended = *program.baas().agreement(h.terminated);
    ended.status = AgreementStatus::Terminated;
    ended.terminatedOn = QDate(2021, 4, 30);
    REQUIRE(program.baas().update(ended).ok());

    Database& db = program.database();
    h.policyInForce = insertPolicy(db, QStringLiteral("SEC-001"), QStringLiteral("Workstation use"),
                                   QStringLiteral("2019-01-10T09:00:00.000Z"));
    h.supersededRevision =
        insertRevision(db, h.policyInForce, 1, QStringLiteral("superseded"),
                       QStringLiteral("2019-01-10"), QStringLiteral("2020-06-30"));
    h.effectiveRevision = insertRevision(db, h.policyInForce, 2, QStringLiteral("effective"),
                                         QStringLiteral("2020-06-01"));
    h.draftRevision = insertRevision(db, h.policyInForce, 3, QStringLiteral("draft"),
                                     QStringLiteral("2021-05-01"));
    h.retiredPolicy = insertPolicy(db, QStringLiteral("SEC-002"), QStringLiteral("Fax handling"),
                                   QStringLiteral("2019-05-01T09:00:00.000Z"));
    h.retiredRevision = insertRevision(db, h.retiredPolicy, 1, QStringLiteral("retired"),
                                       QStringLiteral("2019-05-01"), QStringLiteral("2021-12-31"));
    return h;
}

} // namespace palisade::test
