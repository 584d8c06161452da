#include "core/retention/RetentionRegister.h"

#include "core/audit/AuditTrail.h"
#include "core/audit/RedactionMarker.h"
#include "core/policies/PolicyRegister.h"
#include "core/retention/RecordTypes.h"
#include "core/training/AcknowledgmentRegister.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/CanonicalJson.h"
#include "core/util/Sha256.h"
#include "core/vendors/AgreementJson.h"
#include "core/vendors/AgreementStore.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/policies/PolicySamples.h"
#include "tests/core/retention/RetentionSamples.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>
#include <set>

using namespace palisade;
using namespace palisade::test;

namespace {

QDate retainUntil(Program& program, const QString& type, qint64 id)
{
    Result<RetentionRecord> record = program.retention().record(type, id);
    REQUIRE(record.ok());
    return record->retainUntil();
}

RetentionStatus statusOn(Program& program, const QString& type, qint64 id, const QDate& day)
{
    Result<RetentionRecord> record = program.retention().record(type, id);
    REQUIRE(record.ok());
    return record->status(day);
}

std::vector<AuditEvent> retentionEvents(Program& program, const QString& action)
{
    AuditQuery query;
    query.entity = QStringLiteral("retention");
    query.action = action;
    return program.auditTrail().events(query);
}

QJsonObject json(const QByteArray& canonical)
{
    return QJsonDocument::fromJson(canonical).object();
}

} // namespace

TEST_CASE("Every record type gets its retain-until date from its own dates",
          "[retention][register]")
{
    TemporaryProgram fixture;
    const History h = makeHistory(fixture);
    Program& program = fixture.program();
    namespace rt = recordtype;

    // A terminated BAA: six years after its termination; its document follows it.
    CHECK(retainUntil(program, rt::agreement(), h.terminated) == QDate(2027, 4, 30));
    CHECK(retainUntil(program, rt::agreementDocument(), h.signedCopy) == QDate(2027, 4, 30));
    // An expired BAA that ended on 29 February: kept through 1 March six years on.
    CHECK(retainUntil(program, rt::agreement(), h.expired) == QDate(2026, 3, 1));
    // The one register and the engine agree.
    CHECK(BaaRegister::retainUntil(*program.baas().agreement(h.terminated)) == QDate(2027, 4, 30));
    CHECK(BaaRegister::retainUntil(*program.baas().agreement(h.expired)) == QDate(2026, 3, 1));
    // A counterparty follows its latest signed agreement; one with none is no record.
    CHECK(retainUntil(program, rt::counterparty(), h.clinic) == QDate(2027, 4, 30));
    CHECK(statusOn(program, rt::counterparty(), h.vendor, QDate(2021, 6, 1)) ==
          RetentionStatus::Discardable);
    // Risks from their closing (a month end), the done task from its completion.
    CHECK(retainUntil(program, rt::risk(), h.riskOne) == QDate(2026, 8, 31));
    CHECK(retainUntil(program, rt::risk(), h.riskTwo) == QDate(2027, 2, 28));
    CHECK(program.risks().risk(h.riskTwo)->closedOn == QDate(2021, 2, 28));
    CHECK(retainUntil(program, rt::remediationTask(), h.doneTask) == QDate(2026, 6, 30));
    CHECK(statusOn(program, rt::remediationTask(), h.openTask, QDate(2021, 6, 1)) ==
          RetentionStatus::Discardable);
    // The asset follows the last of the risks that name it.
    CHECK(retainUntil(program, rt::asset(), h.asset) == QDate(2027, 2, 28));
    // A superseded revision from its end; the current one is kept while in effect.
    CHECK(retainUntil(program, rt::policyRevision(), h.supersededRevision) == QDate(2026, 6, 30));
    CHECK(statusOn(program, rt::policyRevision(), h.effectiveRevision, QDate(2040, 1, 1)) ==
          RetentionStatus::InEffect);
    CHECK_FALSE(retainUntil(program, rt::policyRevision(), h.effectiveRevision).isValid());
    CHECK(statusOn(program, rt::policyRevision(), h.draftRevision, QDate(2021, 6, 1)) ==
          RetentionStatus::Discardable);
    CHECK(statusOn(program, rt::policy(), h.policyInForce, QDate(2040, 1, 1)) ==
          RetentionStatus::InEffect);
    CHECK(retainUntil(program, rt::policy(), h.retiredPolicy) == QDate(2027, 12, 31));
    CHECK(retainUntil(program, rt::policyRevision(), h.retiredRevision) == QDate(2027, 12, 31));

    // Labels quote the references the rest of Palisade uses.
    CHECK(program.retention().record(rt::agreement(), h.terminated)->label ==
          agreementReference(h.terminated) + QStringLiteral(" Coding services BAA"));
    CHECK(program.retention().record(rt::risk(), h.riskOne)->label ==
          riskReference(h.riskOne) + QStringLiteral(" Claims sent by e-mail"));
    CHECK(program.retention().record(rt::agreementDocument(), h.signedCopy)->label ==
          QStringLiteral("signed.pdf (%1)").arg(agreementReference(h.terminated)));
    CHECK(program.retention().record(rt::policyRevision(), h.supersededRevision)->label ==
          QStringLiteral("SEC-001 Workstation use, revision 1"));

    // Everything is listed; audit events are in the rule table only.
    const std::vector<RetentionRecord> all = program.retention().records().value();
    CHECK(all.size() == 16);
    CHECK(std::none_of(all.begin(), all.end(), [](const RetentionRecord& r) {
        return r.recordType == QStringLiteral("audit_event");
    }));
}

TEST_CASE("An asset is in effect while a risk naming it is open", "[retention][register]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    Asset laptops;
    laptops.name = QStringLiteral("Coder laptops");
    laptops.kind = AssetKind::WorkstationFleet;
    laptops.owner = QStringLiteral("IT");
    const qint64 asset = program.assets().add(laptops)->id;
    CHECK(program.retention().record(recordtype::asset(), asset)->status(QDate(2026, 3, 1)) ==
          RetentionStatus::Discardable);
    const qint64 risk =
        program.risks()
            .add(historyRisk(QStringLiteral("Laptops unencrypted"), QDate(2026, 2, 1), asset))
            ->id;

    Result<void> refused = program.assets().remove(asset);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().message ==
          QStringLiteral("Coder laptops is kept while a risk that names it is open, and for six "
                         "years after (164.316(b)(2)(i))."));

    setToday(fixture, QDate(2026, 4, 15));
    closeRisk(program, risk);
    Result<void> retained = program.assets().remove(asset);
    REQUIRE_FALSE(retained.ok());
    CHECK(retained.error().message.contains(QStringLiteral("must be kept until 2032-04-15")));
    CHECK(program.assets().asset(asset).ok());
}

TEST_CASE("Deleting a kept record is refused everywhere with its date, and audited",
          "[retention][register]")
{
    TemporaryProgram fixture;
    const History h = makeHistory(fixture);
    Program& program = fixture.program();
    setToday(fixture, QDate(2026, 3, 1));
    const qint64 eventsBefore = program.auditTrail().count();

    Result<void> agreement = program.baas().remove(h.terminated);
    REQUIRE_FALSE(agreement.ok());
    CHECK(agreement.error().kind == ErrorKind::Invalid);
    CHECK(agreement.error().message ==
          QStringLiteral("%1 Coding services BAA must be kept until 2027-04-30: six years after "
                         "it was last in effect on 2021-04-30 (164.316(b)(2)(i); 164.530(j)(2)).")
              .arg(agreementReference(h.terminated)));

    Result<void> document = program.baas().removeDocument(h.signedCopy);
    REQUIRE_FALSE(document.ok());
    CHECK(document.error().message.contains(QStringLiteral("must be kept until 2027-04-30")));

    Result<void> counterparty = program.counterparties().remove(h.clinic);
    REQUIRE_FALSE(counterparty.ok());
    CHECK(counterparty.error().message.startsWith(
        QStringLiteral("Lakeside Family Clinic must be kept until 2027-04-30")));

    Result<void> asset = program.assets().remove(h.asset);
    REQUIRE_FALSE(asset.ok());
    CHECK(asset.error().message.startsWith(
        QStringLiteral("Claims SFTP must be kept until 2027-02-28")));

    Result<void> task = program.risks().removeTask(h.doneTask);
    REQUIRE_FALSE(task.ok());
    CHECK(task.error().message.contains(QStringLiteral("must be kept until 2026-06-30")));

    // The expired agreement is kept through its retain-until day.
    CHECK(program.baas().remove(h.expired).error().message.contains(
        QStringLiteral("must be kept until 2026-03-01")));

    // Nothing went; each refusal is an audit event of its own.
    CHECK(program.baas().agreement(h.terminated).ok());
    CHECK(program.baas().documents(h.terminated)->size() == 1);
    CHECK(program.counterparties().counterparty(h.clinic).ok());
    CHECK(program.risks().tasks(h.riskOne)->size() == 1);
    const std::vector<AuditEvent> refusals =
        retentionEvents(program, QStringLiteral("deletion_refused"));
    REQUIRE(refusals.size() == 6);
    CHECK(program.auditTrail().count() == eventsBefore + 6);
    const AuditEvent& first = refusals.front();
    CHECK(first.actor == program.actor());
    CHECK(first.recordId == QStringLiteral("agreement:%1").arg(h.terminated));
    const QJsonObject after = json(first.after);
    CHECK(after.value(QStringLiteral("record_type")).toString() == QStringLiteral("agreement"));
    CHECK(after.value(QStringLiteral("record_id")).toString() == QString::number(h.terminated));
    CHECK(after.value(QStringLiteral("retain_until")).toString() == QStringLiteral("2027-04-30"));
    CHECK(after.value(QStringLiteral("reason")).toString() == agreement.error().message);
    CHECK(program.auditTrail().verify().intact);

    // A draft is no record: the register deletes it the ordinary way.
    CHECK(program.retention().checkDeletion(recordtype::counterparty(), h.vendor).value() ==
          DeletionPath::Delete);
    CHECK(program.retention().checkDeletion(recordtype::remediationTask(), h.openTask).value() ==
          DeletionPath::Delete);
    REQUIRE(program.risks().removeTask(h.openTask).ok());
    REQUIRE(program.counterparties().remove(h.vendor).ok());
    CHECK(retentionEvents(program, QStringLiteral("disposed")).empty());
}

TEST_CASE("Past its retention a record is disposed of with a log row and a tombstone",
          "[retention][register][disposal]")
{
    TemporaryProgram fixture;
    const History h = makeHistory(fixture);
    Program& program = fixture.program();
    setToday(fixture, QDate(2027, 5, 1));
    QSignalSpy disposed(&program.retention(), &RetentionRegister::disposed);
    QSignalSpy agreementsChanged(&program.baas(), &BaaRegister::agreementsChanged);

    const std::vector<RetentionRecord> eligible =
        program.retention().eligible(QDate(2027, 5, 1)).value();
    // Both agreements, the document, the clinic, both risks, the done task, the
    // asset and the superseded policy revision; not the cancelled task (never a
    // record) and not the retired policy, kept until the end of 2027.
    CHECK(eligible.size() == 9);
    CHECK(std::count_if(eligible.begin(), eligible.end(), [](const RetentionRecord& r) {
              return r.recordType.startsWith(QStringLiteral("policy"));
          }) == 1);

    const QJsonObject agreementContent =
        AgreementJson::toJson(*AgreementStore(program.database()).find(h.terminated));
    REQUIRE(program.baas().remove(h.terminated).ok());
    CHECK_FALSE(program.baas().agreement(h.terminated).ok());
    CHECK(program.baas().documents(h.terminated)->empty());
    CHECK(disposed.count() == 1);
    CHECK(agreementsChanged.count() == 1);

    // The document went first, then the agreement: one log row and one tombstone each.
    std::vector<Disposal> log = program.retention().disposals().value();
    REQUIRE(log.size() == 2);
    CHECK(log[0].recordType == QStringLiteral("agreement_document"));
    CHECK(log[0].recordId == h.signedCopy);
    CHECK(log[1].recordType == QStringLiteral("agreement"));
    CHECK(log[1].recordId == h.terminated);
    CHECK(log[1].retainUntil == QDate(2027, 4, 30));
    CHECK(log[1].contentSha256 == sha256Hex(canonicalJson(agreementContent)));
    CHECK(log[1].disposedBy == program.actor());
    CHECK(log[1].label.startsWith(agreementReference(h.terminated)));
    const std::vector<AuditEvent> tombstones = retentionEvents(program, QStringLiteral("disposed"));
    REQUIRE(tombstones.size() == 2);
    const QJsonObject tombstone = json(tombstones[1].after);
    CHECK(tombstones[1].recordId == QStringLiteral("agreement:%1").arg(h.terminated));
    CHECK(tombstones[1].before == QByteArray("{}"));
    CHECK(tombstone.value(QStringLiteral("record_type")).toString() == QStringLiteral("agreement"));
    CHECK(tombstone.value(QStringLiteral("record_id")).toString() == QString::number(h.terminated));
    CHECK(tombstone.value(QStringLiteral("label")).toString() == log[1].label);
    CHECK(tombstone.value(QStringLiteral("retain_until")).toString() ==
          QStringLiteral("2027-04-30"));
    CHECK(tombstone.value(QStringLiteral("content_sha256")).toString() == log[1].contentSha256);
    CHECK(tombstone.value(QStringLiteral("disposed_by")).toString() == program.actor());
    CHECK(program.auditTrail().verify().intact);

    // The clinic is disposed of only once nothing refers to it any more.
    Result<void> clinicRefused = program.counterparties().remove(h.clinic);
    REQUIRE_FALSE(clinicRefused.ok());
    CHECK(clinicRefused.error().message ==
          QStringLiteral("Lakeside Family Clinic cannot be disposed of while these still refer to "
                         "it: %1 Billing pilot BAA.")
              .arg(agreementReference(h.expired)));
    REQUIRE(program.retention().dispose(recordtype::agreement(), h.expired).ok());
    // With its agreements gone the clinic is no longer kept: an ordinary delete.
    CHECK(program.retention().checkDeletion(recordtype::counterparty(), h.clinic).value() ==
          DeletionPath::Delete);
    REQUIRE(program.counterparties().remove(h.clinic).ok());
    CHECK_FALSE(program.counterparties().counterparty(h.clinic).ok());
    CHECK(program.counterparties().history(h.clinic)->back().action == QStringLiteral("deleted"));

    // The asset waits for its risks; a risk goes with its tasks.
    Result<void> assetRefused = program.assets().remove(h.asset);
    REQUIRE_FALSE(assetRefused.ok());
    CHECK(assetRefused.error().message.contains(riskReference(h.riskOne)));
    CHECK(assetRefused.error().message.contains(riskReference(h.riskTwo)));
    const std::vector<DisposalOutcome> outcomes = program.retention().dispose(
        {RecordRef{recordtype::risk(), h.riskOne}, RecordRef{recordtype::risk(), h.riskTwo},
         RecordRef{recordtype::policyRevision(), h.supersededRevision}});
    REQUIRE(outcomes.size() == 3);
    CHECK(outcomes[0].disposed());
    CHECK(outcomes[1].disposed());
    CHECK(outcomes[2].disposed());
    // The revision went with its approvals; the policy keeps its revision in effect.
    CHECK_FALSE(program.policies().revision(h.supersededRevision).ok());
    CHECK(program.policies().approvals(h.supersededRevision)->empty());
    CHECK(program.policies().revision(h.effectiveRevision).ok());
    CHECK(program.risks().risks()->empty());
    CHECK(program.risks().allTasks()->empty());
    REQUIRE(program.assets().remove(h.asset).ok());
    CHECK(program.assets().assets()->empty());

    log = program.retention().disposals().value();
    QStringList types;
    for (const Disposal& each : log)
        types << each.recordType;
    CHECK(types == QStringList{QStringLiteral("agreement_document"), QStringLiteral("agreement"),
                               QStringLiteral("agreement"), QStringLiteral("remediation_task"),
                               QStringLiteral("risk"), QStringLiteral("remediation_task"),
                               QStringLiteral("risk"), QStringLiteral("policy_revision")});
    // The later risk first; each after its tasks. The cancelled task was
    // never a record: logged without a retain-until date.
    CHECK_FALSE(log[3].retainUntil.isValid());
    CHECK(log[4].recordId == h.riskTwo);
    CHECK(log[4].retainUntil == QDate(2027, 2, 28));
    CHECK(log[5].recordId == h.doneTask);
    CHECK(log[5].retainUntil == QDate(2026, 6, 30));
    CHECK(log[6].recordId == h.riskOne);
    CHECK(log[6].retainUntil == QDate(2026, 8, 31));
    CHECK(retentionEvents(program, QStringLiteral("disposed")).size() == log.size());
    CHECK(program.retention().eligible(QDate(2027, 5, 1))->empty());
    const ChainVerification chain = program.auditTrail().verify();
    CHECK(chain.intact);
    CHECK(chain.eventsChecked == program.auditTrail().count());

    // Reopening the file finds the same log.
    fixture.close();
    Program& reopened = fixture.reopen();
    CHECK(reopened.retention().disposals()->size() == log.size());
    CHECK(reopened.auditTrail().verify().intact);
}

TEST_CASE("Disposing of a record before its time, or one never kept, is refused",
          "[retention][register][disposal]")
{
    TemporaryProgram fixture;
    const History h = makeHistory(fixture);
    Program& program = fixture.program();
    setToday(fixture, QDate(2026, 3, 1));

    Result<Disposal> early = program.retention().dispose(recordtype::risk(), h.riskTwo);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("must be kept until 2027-02-28")));
    // A risk goes with its tasks, so a task still kept keeps the risk.
    setToday(fixture, QDate(2026, 9, 1));
    Result<DeletionPath> withTask =
        program.retention().checkDeletion(recordtype::risk(), h.riskOne);
    REQUIRE(withTask.ok());
    CHECK(*withTask == DeletionPath::Dispose);

    Result<Disposal> draft = program.retention().dispose(recordtype::counterparty(), h.vendor);
    REQUIRE_FALSE(draft.ok());
    CHECK(draft.error().message.contains(QStringLiteral("not a record under retention")));
    Result<Disposal> gone = program.retention().dispose(recordtype::risk(), 999);
    REQUIRE_FALSE(gone.ok());
    CHECK(program.retention().disposals()->empty());
    CHECK(retentionEvents(program, QStringLiteral("disposed")).empty());
}

TEST_CASE("A legal hold blocks disposal after retain-until until it is released",
          "[retention][register][hold]")
{
    TemporaryProgram fixture;
    const History h = makeHistory(fixture);
    Program& program = fixture.program();
    setToday(fixture, QDate(2027, 5, 1));
    QSignalSpy holdsChanged(&program.retention(), &RetentionRegister::holdsChanged);

    Result<LegalHold> hold =
        program.retention().placeHold(recordtype::agreement(), h.terminated,
                                      QStringLiteral("  Whitfield v. Lakeside, 27-CV-118 "));
    REQUIRE(hold.ok());
    CHECK(hold->reason == QStringLiteral("Whitfield v. Lakeside, 27-CV-118"));
    CHECK(hold->placedBy == program.actor());
    CHECK(hold->isActive());
    CHECK(holdsChanged.count() == 1);

    CHECK(statusOn(program, recordtype::agreement(), h.terminated, QDate(2040, 1, 1)) ==
          RetentionStatus::OnHold);
    // The hold covers the agreement's document too.
    CHECK(statusOn(program, recordtype::agreementDocument(), h.signedCopy, QDate(2040, 1, 1)) ==
          RetentionStatus::OnHold);
    Result<void> refused = program.baas().remove(h.terminated);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          QStringLiteral("%1 Coding services BAA is under a legal hold: Whitfield v. Lakeside, "
                         "27-CV-118.")
              .arg(agreementReference(h.terminated)));
    CHECK(program.baas()
              .removeDocument(h.signedCopy)
              .error()
              .message.contains(QStringLiteral("legal hold")));
    CHECK_FALSE(program.retention().dispose(recordtype::agreement(), h.terminated).ok());
    const std::vector<RetentionRecord> eligible =
        program.retention().eligible(QDate(2027, 5, 1)).value();
    CHECK(std::none_of(eligible.begin(), eligible.end(), [&](const RetentionRecord& r) {
        return r.recordId == h.terminated && r.recordType == recordtype::agreement();
    }));
    CHECK(program.baas().agreement(h.terminated).ok());

    // A hold on every risk keeps drafts and records alike.
    Result<LegalHold> allRisks = program.retention().placeHold(
        recordtype::risk(), std::nullopt, QStringLiteral("OCR compliance review 2027"));
    REQUIRE(allRisks.ok());
    CHECK(allRisks->coversEveryRecord());
    CHECK_FALSE(program.retention().dispose(recordtype::risk(), h.riskOne).ok());
    CHECK(program.retention().holds()->size() == 2);

    CHECK_FALSE(program.retention().releaseHold(hold->id, QStringLiteral("  ")).ok());
    Result<LegalHold> released =
        program.retention().releaseHold(hold->id, QStringLiteral("Case settled"));
    REQUIRE(released.ok());
    CHECK_FALSE(released->isActive());
    CHECK(released->releasedBy == program.actor());
    CHECK(released->releaseReason == QStringLiteral("Case settled"));
    CHECK_FALSE(program.retention().releaseHold(hold->id, QStringLiteral("Again")).ok());
    CHECK(program.retention().holds()->size() == 1);
    CHECK(program.retention().holds(true)->size() == 2);

    REQUIRE(program.baas().remove(h.terminated).ok());
    CHECK_FALSE(program.baas().agreement(h.terminated).ok());

    // Holds are audited; they need a reason and a record that exists.
    AuditQuery query;
    query.entity = QStringLiteral("legal_hold");
    const std::vector<AuditEvent> events = program.auditTrail().events(query);
    REQUIRE(events.size() == 3);
    CHECK(events[0].action == QStringLiteral("placed"));
    CHECK(events[2].action == QStringLiteral("released"));
    CHECK(json(events[2].after).value(QStringLiteral("release_reason")).toString() ==
          QStringLiteral("Case settled"));
    CHECK_FALSE(program.retention().placeHold(recordtype::risk(), h.riskOne, QString()).ok());
    CHECK_FALSE(
        program.retention().placeHold(recordtype::risk(), 999, QStringLiteral("Subpoena")).ok());
    CHECK_FALSE(program.retention()
                    .placeHold(recordtype::auditEvent(), std::nullopt, QStringLiteral("Subpoena"))
                    .ok());
    CHECK(program.auditTrail().verify().intact);
}

TEST_CASE("Disposal leaves no trace of the content in its tables or its earlier audit events",
          "[retention][register][disposal]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    Database& db = program.database();
    CHECK(db.scalarInt(QStringLiteral("PRAGMA secure_delete")) == 1);

    setToday(fixture, QDate(2019, 1, 10));
    const qint64 client = program.counterparties().add(clinic())->id;
    Agreement agreement = activeAgreement(client, AgreementDirection::Upstream, QDate(2019, 1, 7));
    agreement.title = QStringLiteral("Zephyrquill Obsidian BAA");
    agreement.notes = QStringLiteral("Negotiated by Ottoline Brackwater");
    agreement.expiresOn = QDate(2020, 1, 7);
    const qint64 id = program.baas().add(agreement)->id;
    const QString secret = QStringLiteral("Marmalade quokka remittance ledger");
    REQUIRE(program.baas()
                .attach(id, QStringLiteral("obsidian.pdf"), makeTestPdf({secret}),
                        DocumentKind::SignedAgreement)
                .ok());
    setToday(fixture, QDate(2020, 2, 1));
    Agreement lapsed = *program.baas().agreement(id);
    lapsed.status = AgreementStatus::Expired;
    REQUIRE(program.baas().update(lapsed).ok());

    const auto rowsWith = [&](const QString& table, const QString& column, const QString& text) {
        Statement stmt = db.prepare(
            QStringLiteral("SELECT count(*) FROM %1 WHERE instr(lower(%2), lower(?1)) > 0")
                .arg(table, column));
        stmt.bind(1, text);
        stmt.step();
        return stmt.int64(0);
    };
    CHECK(rowsWith(QStringLiteral("agreement"), QStringLiteral("title"),
                   QStringLiteral("Zephyrquill")) == 1);
    CHECK(rowsWith(QStringLiteral("agreement_document"), QStringLiteral("text"),
                   QStringLiteral("quokka")) == 1);
    CHECK(program.baas().agreementsWithText(QStringLiteral("quokka"))->size() == 1);

    setToday(fixture, QDate(2026, 1, 8));
    CHECK(QFileInfo(fixture.path() + QStringLiteral("-wal")).size() > 0);
    REQUIRE(program.baas().remove(id).ok());

    CHECK(rowsWith(QStringLiteral("agreement"), QStringLiteral("title"),
                   QStringLiteral("Zephyrquill")) == 0);
    CHECK(rowsWith(QStringLiteral("agreement_document"), QStringLiteral("text"),
                   QStringLiteral("quokka")) == 0);
    CHECK(rowsWith(QStringLiteral("agreement_document"), QStringLiteral("content"),
                   QStringLiteral("quokka")) == 0);
    CHECK(rowsWith(QStringLiteral("agreement_provision"), QStringLiteral("agreement_id"),
                   QString::number(id)) == 0);
    CHECK(program.baas().agreementsWithText(QStringLiteral("quokka"))->empty());
    CHECK(rowsWith(QStringLiteral("retention_record"), QStringLiteral("label"),
                   QStringLiteral("Zephyrquill")) == 0);

    // secure_delete overwrote the freed cells and pages; the write-ahead log,
    // which held earlier versions of those pages, was emptied.
    CHECK(QFileInfo(fixture.path() + QStringLiteral("-wal")).size() == 0);

    // The events written while it was kept (created, attached, updated) now
    // hold redaction markers naming the disposal's event, which lists them;
    // only the disposal log and the tombstones keep its label.
    CHECK(rowsWith(QStringLiteral("audit_event"), QStringLiteral("before_json || after_json"),
                   QStringLiteral("Brackwater")) == 0);
    AuditQuery earlier;
    earlier.entities = {QStringLiteral("agreement"), QStringLiteral("agreement_document")};
    const std::vector<AuditEvent> redacted = program.auditTrail().events(earlier);
    REQUIRE(redacted.size() == 3);
    const std::vector<AuditEvent> tombstones = retentionEvents(program, QStringLiteral("disposed"));
    REQUIRE(tombstones.size() == 2);
    std::set<qint64> listed;
    for (const AuditEvent& tombstone : tombstones) {
        for (const QJsonValue& seq :
             json(tombstone.after).value(QStringLiteral("redacted_events")).toArray())
            listed.insert(seq.toInteger());
    }
    for (const AuditEvent& event : redacted) {
        INFO(event.seq);
        CHECK(event.format == 2);
        CHECK(listed.contains(event.seq));
        const std::optional<RedactionMarker> marker = RedactionMarker::parse(event.after);
        REQUIRE(marker.has_value());
        CHECK((marker->byEvent == tombstones[0].seq || marker->byEvent == tombstones[1].seq));
    }
    const ChainVerification chain = program.auditTrail().verify();
    CHECK(chain.intact);
    CHECK(chain.redactedEvents == 3);
    CHECK(chain.describe().contains(QStringLiteral("3 of them with content removed")));

    // Redacted in place, never rewritten: the file reopens with the same chain.
    fixture.close();
    CHECK(fixture.reopen().auditTrail().verify().intact);
    CHECK(fixture.program().auditTrail().events(earlier).size() == 3);
    AuditQuery upToDisposal;
    upToDisposal.limit = int(tombstones[1].seq);
    CHECK(fixture.program().auditTrail().events(upToDisposal).back().hash == tombstones[1].hash);
}

TEST_CASE("The registers' ordinary delete disposes of a record past its retention",
          "[retention][register][disposal]")
{
    TemporaryProgram fixture;
    const History h = makeHistory(fixture);
    Program& program = fixture.program();
    setToday(fixture, QDate(2026, 7, 1));
    QSignalSpy risksChanged(&program.risks(), &RiskRegister::risksChanged);

    REQUIRE(program.risks().removeTask(h.doneTask).ok());
    CHECK(program.risks().tasks(h.riskOne)->empty());
    CHECK(risksChanged.count() == 1);
    std::vector<Disposal> log = program.retention().disposals().value();
    REQUIRE(log.size() == 1);
    CHECK(log[0].record() == RecordRef{recordtype::remediationTask(), h.doneTask});
    CHECK(log[0].retainUntil == QDate(2026, 6, 30));
    AuditQuery deleted;
    deleted.entity = QStringLiteral("remediation_task");
    deleted.action = QStringLiteral("deleted");
    CHECK(program.auditTrail().events(deleted).empty());
    CHECK(retentionEvents(program, QStringLiteral("disposed")).size() == 1);

    setToday(fixture, QDate(2027, 5, 1));
    QSignalSpy documentsChanged(&program.baas(), &BaaRegister::documentsChanged);
    REQUIRE(program.baas().removeDocument(h.signedCopy).ok());
    CHECK(program.baas().documents(h.terminated)->empty());
    CHECK(program.baas().agreement(h.terminated).ok());
    CHECK(documentsChanged.count() == 1);
    log = program.retention().disposals().value();
    REQUIRE(log.size() == 2);
    CHECK(log[1].record() == RecordRef{recordtype::agreementDocument(), h.signedCopy});
    CHECK(program.auditTrail().verify().intact);
}

TEST_CASE("A legal hold keeps even a draft policy and its drafts", "[retention][register][hold]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    Policy draftOnly;
    draftOnly.code = QStringLiteral("PRV-009");
    draftOnly.title = QStringLiteral("Patient access requests");
    draftOnly.category = PolicyCategory::Privacy;
    const qint64 id = program.policies().add(draftOnly, QStringLiteral("Words"))->id;

    REQUIRE(program.retention()
                .placeHold(recordtype::policy(), std::nullopt, QStringLiteral("OCR inquiry 24-117"))
                .ok());
    Result<void> refused = program.policies().removePolicy(id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("OCR inquiry 24-117")));
    CHECK(program.policies().policy(id).ok());
    CHECK(retentionEvents(program, QStringLiteral("deletion_refused")).size() == 1);

    const qint64 holdId = program.retention().holds()->front().id;
    REQUIRE(program.retention().releaseHold(holdId, QStringLiteral("Inquiry closed")).ok());
    REQUIRE(program.policies().removePolicy(id).ok());
    CHECK_FALSE(program.policies().policy(id).ok());
}

TEST_CASE("A policy revision goes with the acknowledgments of it, each logged",
          "[retention][register][disposal][training]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    PolicyRegister& policies = program.policies();
    setToday(fixture, QDate(2018, 3, 1));
    Policy policy = accessControlPolicy();
    policy.requiredApprovalRoles.clear();
    const Policy added = policies.add(policy, QStringLiteral("First words.")).value();
    const qint64 first = policies.revisions(added.id)->front().id;
    approveRevision(policies, first, QDate(2018, 3, 1));
    REQUIRE(policies.makeEffective(first, QDate(2018, 3, 1)).ok());
    Person person;
    person.employeeId = QStringLiteral("E-7");
    person.name = QStringLiteral("Imogen Fairweather");
    person.roles = {QStringLiteral("coder")};
    person.hiredOn = QDate(2018, 2, 1);
    const qint64 personId = program.workforce().addPerson(person)->id;
    PolicyAcknowledgment acknowledgment;
    acknowledgment.personId = personId;
    acknowledgment.revisionId = first;
    acknowledgment.acknowledgedOn = QDate(2018, 3, 5);
    setToday(fixture, QDate(2018, 3, 5));
    const qint64 acknowledged = program.acknowledgments().addAcknowledgment(acknowledgment)->id;

    setToday(fixture, QDate(2019, 5, 1));
    const qint64 second = policies.addRevision(added.id)->id;
    PolicyRevision draft = policies.revision(second).value();
    draft.changeSummary = QStringLiteral("Yearly review");
    REQUIRE(policies.updateDraft(draft).ok());
    approveRevision(policies, second, QDate(2019, 5, 1));
    REQUIRE(policies.makeEffective(second, QDate(2019, 5, 1)).ok());

    // The revision is kept through 1 May 2025; the acknowledgment through 5 March 2024.
    setToday(fixture, QDate(2025, 5, 2));
    REQUIRE(program.retention().dispose(recordtype::policyRevision(), first).ok());
    CHECK(program.acknowledgments().acknowledgmentsFor(first)->empty());
    const std::vector<Disposal> log = program.retention().disposals().value();
    REQUIRE(log.size() == 2);
    CHECK(log[0].record() == RecordRef{recordtype::policyAcknowledgment(), acknowledged});
    CHECK(log[0].retainUntil == QDate(2024, 3, 5));
    CHECK(log[1].record() == RecordRef{recordtype::policyRevision(), first});
    CHECK(program.workforce().person(personId).ok());
    CHECK(program.auditTrail().verify().intact);
}
