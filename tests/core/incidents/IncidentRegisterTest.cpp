#include "core/incidents/IncidentRegister.h"

#include "core/audit/AuditQuery.h"
#include "core/retention/RetentionRegister.h"
#include "core/risk/AssetRegister.h"
#include "core/storage/Database.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/incidents/IncidentSamples.h"
#include "tests/support/TestPdf.h"

#include <QFile>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

std::size_t eventCount(Program& program, const QString& entity, const QString& action)
{
    AuditQuery query;
    query.entity = entity;
    query.action = action;
    return program.auditTrail().events(query).size();
}

} // namespace

TEST_CASE_METHOD(IncidentFixture, "Incidents are added, changed, closed and reopened, each audited",
                 "[incidents][register]")
{
    QSignalSpy changed(&incidents, &IncidentRegister::incidentsChanged);
    Incident draft = misdirectedRemittance();
    draft.title = QStringLiteral("  Remittance   sent to the wrong clinic ");
    draft.affected = {{QStringLiteral("ga"), 40}, {QStringLiteral("FL"), 12}};
    Result<Incident> added = incidents.add(draft);
    REQUIRE(added.ok());
    CHECK(added->id > 0);
    CHECK(added->title == QStringLiteral("Remittance sent to the wrong clinic"));
    // Sorted and upper-cased.
    CHECK(added->affected.front().jurisdiction == QStringLiteral("FL"));
    CHECK(added->affected.back().jurisdiction == QStringLiteral("GA"));
    CHECK(added->totalAffected() == 52);
    CHECK(changed.count() == 1);
    CHECK(incidents.incident(added->id).value() == *added);
    CHECK(eventCount(program, QStringLiteral("incident"), QStringLiteral("created")) == 1);

    Incident edited = *added;
    edited.lessonsLearned = QStringLiteral("Check the recipient before sending.");
    edited.closedOn = QDate(2026, 3, 1); // ignored: close() sets it
    Result<Incident> updated = incidents.update(edited);
    REQUIRE(updated.ok());
    CHECK_FALSE(updated->isClosed());
    CHECK(incidents.incident(added->id)->lessonsLearned == edited.lessonsLearned);
    CHECK(eventCount(program, QStringLiteral("incident"), QStringLiteral("updated")) == 1);
    // Saving the same values again writes nothing.
    REQUIRE(incidents.update(*updated).ok());
    CHECK(eventCount(program, QStringLiteral("incident"), QStringLiteral("updated")) == 1);

    setIncidentToday(fixture, QDate(2026, 3, 20));
    Result<Incident> beforeDiscovery = incidents.close(added->id, QDate(2026, 2, 22));
    REQUIRE_FALSE(beforeDiscovery.ok());
    CHECK(beforeDiscovery.error().message.contains(QStringLiteral("before it was discovered")));
    Result<Incident> closed = incidents.close(added->id, QDate(2026, 3, 18));
    REQUIRE(closed.ok());
    CHECK(incidents.incident(added->id)->closedOn == QDate(2026, 3, 18));
    CHECK_FALSE(incidents.close(added->id, QDate(2026, 3, 19)).ok());
    REQUIRE(incidents.reopen(added->id).ok());
    CHECK_FALSE(incidents.incident(added->id)->isClosed());
    CHECK(eventCount(program, QStringLiteral("incident"), QStringLiteral("closed")) == 1);
    CHECK(eventCount(program, QStringLiteral("incident"), QStringLiteral("reopened")) == 1);
    CHECK(incidents.incidents()->size() == 1);
}

TEST_CASE_METHOD(IncidentFixture, "An incident is checked before it is saved",
                 "[incidents][register]")
{
    Incident bad = misdirectedRemittance();
    bad.title.clear();
    bad.discoveredOn = QDate(2026, 3, 5); // after today, 2026-03-01
    bad.occurredOn = QDate(2026, 3, 10);
    bad.phiSecured = true;
    bad.affected = {
        {QStringLiteral("Georgia"), 3}, {QStringLiteral("FL"), 1}, {QStringLiteral("fl"), 2}};
    bad.notifiesForCoveredEntity = true;
    bad.coveredEntityIds = {};
    Result<Incident> refused = incidents.add(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    const QString message = refused.error().message;
    CHECK(message.contains(QStringLiteral("Give the incident a title.")));
    CHECK(message.contains(QStringLiteral("2026-03-05, is in the future")));
    CHECK(message.contains(QStringLiteral("before it occurred")));
    CHECK(message.contains(QStringLiteral("Say why the PHI was secured")));
    CHECK(message.contains(QStringLiteral("\"GEORGIA\" is not a two-letter")));
    CHECK(message.contains(QStringLiteral("FL is listed twice")));
    CHECK(message.contains(QStringLiteral("name the covered entity")));

    Incident unknown = misdirectedRemittance();
    unknown.coveredEntityIds = {999};
    unknown.assetIds = {998};
    Result<Incident> missing = incidents.add(unknown);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("covered entity 999 no longer exists")));
    CHECK(missing.error().message.contains(QStringLiteral("asset 998 no longer exists")));
    CHECK(incidents.incidents()->empty());
    CHECK(eventCount(program, QStringLiteral("incident"), QStringLiteral("created")) == 0);
}

TEST_CASE_METHOD(IncidentFixture, "The breach assessment needs all four factors explained",
                 "[incidents][register][assessment]")
{
    const Incident incident = incidents.add(misdirectedRemittance()).value();
    BreachAssessment incomplete = assessment(false, QDate(2026, 3, 1));
    incomplete.answers[BreachAssessment::AcquiredOrViewed].narrative = QStringLiteral("  ");
    incomplete.conclusion.clear();
    incomplete.assessedBy.clear();
    Result<Incident> refused = incidents.recordAssessment(incident.id, incomplete);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("\"Acquired or viewed\"")));
    CHECK(refused.error().message.contains(QStringLiteral("State the conclusion")));
    CHECK(refused.error().message.contains(QStringLiteral("Name who made the assessment")));

    // Today is 1 March in the fixture.
    CHECK_FALSE(incidents.recordAssessment(incident.id, assessment(false, QDate(2026, 3, 2))).ok());
    setIncidentToday(fixture, QDate(2026, 3, 10));
    Result<Incident> early =
        incidents.recordAssessment(incident.id, assessment(false, QDate(2026, 2, 22)));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("before the incident was discovered")));

    Result<Incident> assessed =
        incidents.recordAssessment(incident.id, assessment(true, QDate(2026, 3, 4)));
    REQUIRE(assessed.ok());
    REQUIRE(assessed->assessment.has_value());
    CHECK(incidents.incident(incident.id)->assessment == assessed->assessment);
    CHECK(eventCount(program, QStringLiteral("breach_assessment"), QStringLiteral("created")) == 1);
    REQUIRE(incidents.recordAssessment(incident.id, assessment(false, QDate(2026, 3, 5))).ok());
    CHECK(eventCount(program, QStringLiteral("breach_assessment"), QStringLiteral("updated")) == 1);
    CHECK_FALSE(incidents.incident(incident.id)->assessment->lowProbability);

    // Cleared while no notice rests on it; refused once one does.
    REQUIRE(incidents.clearAssessment(incident.id).ok());
    CHECK_FALSE(incidents.incident(incident.id)->assessment.has_value());
    REQUIRE(incidents.recordAssessment(incident.id, assessment(false, QDate(2026, 3, 5))).ok());
    REQUIRE(notices
                .recordNotification(
                    notice(incident.id, NotificationRecipient::Individuals, QDate(2026, 3, 9)))
                .ok());
    Result<Incident> kept = incidents.clearAssessment(incident.id);
    REQUIRE_FALSE(kept.ok());
    CHECK(kept.error().message.contains(QStringLiteral("1 notice(s) on file")));
    CHECK(incidents.incident(incident.id)->assessment.has_value());
}

TEST_CASE_METHOD(IncidentFixture, "Notices are checked against the incident",
                 "[incidents][register][notification]")
{
    const qint64 clinicId = clinicWithAgreement(10);
    const qint64 otherId = program.counterparties().add(clearinghouse()).value().id;
    Incident ours = misdirectedRemittance();
    ours.coveredEntityIds = {clinicId};
    const Incident incident = incidents.add(ours).value();
    setIncidentToday(fixture, QDate(2026, 3, 10));
    QSignalSpy sentSignal(&notices, &IncidentNotificationRegister::notificationsChanged);

    IncidentNotification wrong =
        notice(incident.id, NotificationRecipient::CoveredEntity, QDate(2026, 2, 22));
    wrong.counterpartyId = otherId;
    wrong.method = QStringLiteral("  ");
    Result<IncidentNotification> refused = notices.recordNotification(wrong);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("before the incident was discovered")));
    CHECK(refused.error().message.contains(QStringLiteral("Say how the notice was sent")));
    CHECK(refused.error().message.contains(QStringLiteral("not among the covered entities")));

    IncidentNotification future =
        notice(incident.id, NotificationRecipient::Media, QDate(2026, 3, 11));
    Result<IncidentNotification> futureRefused = notices.recordNotification(future);
    REQUIRE_FALSE(futureRefused.ok());
    CHECK(futureRefused.error().message.contains(QStringLiteral("in the future")));
    CHECK(futureRefused.error().message.contains(QStringLiteral("Name the State")));
    CHECK(sentSignal.count() == 0);

    IncidentNotification toClinic =
        notice(incident.id, NotificationRecipient::CoveredEntity, QDate(2026, 3, 5));
    toClinic.counterpartyId = clinicId;
    toClinic.method = QStringLiteral("email");
    const QByteArray letter = makeTestPdf({QStringLiteral("Notice of breach to the clinic")});
    Result<IncidentNotification> sent =
        notices.recordNotification(toClinic, QStringLiteral("notice.pdf"), letter);
    REQUIRE(sent.ok());
    REQUIRE(sent->file.has_value());
    CHECK(sent->file->pageCount == 1);
    CHECK(sent->key() == QStringLiteral("covered_entity:%1").arg(clinicId));
    CHECK(notices.notificationFileContent(sent->id).value() == letter);
    // A supplemental notice to the same recipient is another row.
    toClinic.sentOn = QDate(2026, 3, 9);
    toClinic.content = QStringLiteral("Supplemental notice: the count of records changed.");
    REQUIRE(notices.recordNotification(toClinic).ok());
    CHECK(notices.notifications(incident.id)->size() == 2);
    CHECK(sentSignal.count() == 2);
    CHECK(eventCount(program, QStringLiteral("incident_notification"), QStringLiteral("sent")) ==
          2);

    // The clinic was notified, so it stays among the incident's covered entities.
    Incident edited = incidents.incident(incident.id).value();
    edited.coveredEntityIds.clear();
    Result<Incident> dropped = incidents.update(edited);
    REQUIRE_FALSE(dropped.ok());
    CHECK(dropped.error().message.contains(QStringLiteral("was notified of this incident")));
    edited = incidents.incident(incident.id).value();
    edited.discoveredOn = QDate(2026, 3, 6);
    CHECK_FALSE(incidents.update(edited).ok());
}

TEST_CASE_METHOD(IncidentFixture, "Evidence keeps notes and any kind of file, encrypted",
                 "[incidents][register][evidence]")
{
    const Incident incident = incidents.add(misdirectedRemittance()).value();
    const QByteArray screenshot = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, 'x');
    Result<IncidentEvidence> image =
        evidence.addEvidence(incident.id, QStringLiteral("The email as sent."),
                             QStringLiteral("/tmp/sent-email.png"), screenshot);
    REQUIRE(image.ok());
    REQUIRE(image->file.has_value());
    CHECK(image->file->fileName == QStringLiteral("sent-email.png"));
    CHECK(image->file->pageCount == 0);
    CHECK(image->file->size == screenshot.size());
    CHECK(evidence.evidenceContent(image->id).value() == screenshot);

    Result<IncidentEvidence> report = evidence.addEvidence(
        incident.id, {}, QStringLiteral("forensics.pdf"),
        makeTestPdf({QStringLiteral("Forensic report"), QStringLiteral("Findings")}));
    REQUIRE(report.ok());
    CHECK(report->file->pageCount == 2);
    Result<IncidentEvidence> note =
        evidence.addEvidence(incident.id, QStringLiteral("Called the clinic at 10:05."));
    REQUIRE(note.ok());
    CHECK_FALSE(note->file.has_value());
    CHECK_FALSE(evidence.evidenceContent(note->id).ok());
    Result<IncidentEvidence> nothing = evidence.addEvidence(incident.id, QStringLiteral("  "));
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error().message.contains(QStringLiteral("give at least one")));
    CHECK(evidence.evidence(incident.id)->size() == 3);
    CHECK(eventCount(program, QStringLiteral("incident_evidence"), QStringLiteral("added")) == 3);

    const QString copy = fixture.dir() + QStringLiteral("/copy.png");
    REQUIRE(evidence.saveEvidenceCopy(image->id, copy).ok());
    QFile written(copy);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll() == screenshot);
    CHECK(eventCount(program, QStringLiteral("incident_evidence"), QStringLiteral("copied")) == 1);
    // Never changed once added.
    CHECK_FALSE(
        program.database().tryExec(QStringLiteral("UPDATE incident_evidence SET note = 'x'")).ok());
}

TEST_CASE_METHOD(IncidentFixture, "Corrective actions are added, changed and completed",
                 "[incidents][register][actions]")
{
    const Incident incident = incidents.add(misdirectedRemittance()).value();
    CorrectiveAction action;
    action.incidentId = incident.id;
    action.title = QStringLiteral("Turn on recipient confirmation for outgoing 835 files");
    action.owner = QStringLiteral("Sam Ortiz");
    action.dueOn = QDate(2026, 3, 31);
    action.doneOn = QDate(2026, 3, 1); // ignored: completeAction() sets it
    Result<CorrectiveAction> added = actions.addAction(action);
    REQUIRE(added.ok());
    CHECK_FALSE(added->isDone());
    CorrectiveAction untitled = action;
    untitled.title.clear();
    CHECK_FALSE(actions.addAction(untitled).ok());

    CorrectiveAction edited = *added;
    edited.owner = QStringLiteral("Dana Whitfield");
    REQUIRE(actions.updateAction(edited).ok());
    CHECK(actions.actions(incident.id)->front().owner == QStringLiteral("Dana Whitfield"));
    CHECK_FALSE(actions.completeAction(added->id, QDate(2026, 3, 2)).ok()); // future
    REQUIRE(actions.completeAction(added->id, QDate(2026, 3, 1)).ok());
    CHECK(actions.actions(incident.id)->front().doneOn == QDate(2026, 3, 1));
    CHECK_FALSE(actions.completeAction(added->id, QDate(2026, 3, 1)).ok());
    CHECK(eventCount(program, QStringLiteral("incident_action"), QStringLiteral("created")) == 1);
    CHECK(eventCount(program, QStringLiteral("incident_action"), QStringLiteral("updated")) == 1);
    CHECK(eventCount(program, QStringLiteral("incident_action"), QStringLiteral("completed")) == 1);
}

TEST_CASE_METHOD(IncidentFixture, "State notice rules are data the officer edits",
                 "[incidents][register][state]")
{
    const std::vector<StateNotificationRule> seeded = stateRules.stateRules().value();
    REQUIRE(seeded.size() == 1);
    CHECK(seeded[0].jurisdiction == QStringLiteral("FL"));
    CHECK(seeded[0].authority == QStringLiteral("Florida Department of Legal Affairs"));
    CHECK(seeded[0].minimumResidents == 500);
    CHECK(seeded[0].days == 30);

    StateNotificationRule texas;
    texas.jurisdiction = QStringLiteral(" tx ");
    texas.authority = QStringLiteral("Texas Attorney General");
    texas.minimumResidents = 250;
    texas.days = 30;
    texas.citation = QStringLiteral("Tex. Bus. & Com. Code § 521.053");
    Result<StateNotificationRule> added = stateRules.addStateRule(texas);
    REQUIRE(added.ok());
    CHECK(added->jurisdiction == QStringLiteral("TX"));

    StateNotificationRule duplicate = texas;
    duplicate.days = 0;
    Result<StateNotificationRule> refused = stateRules.addStateRule(duplicate);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("TX already has a notice rule")));
    CHECK(refused.error().message.contains(QStringLiteral("between 1 and 365")));

    StateNotificationRule changed = *added;
    changed.days = 60;
    REQUIRE(stateRules.updateStateRule(changed).ok());
    REQUIRE(stateRules.removeStateRule(seeded[0].id).ok());
    const std::vector<StateNotificationRule> now = stateRules.stateRules().value();
    REQUIRE(now.size() == 1);
    CHECK(now[0].days == 60);
    CHECK(eventCount(program, QStringLiteral("state_notification_rule"),
                     QStringLiteral("created")) == 1);
    CHECK(eventCount(program, QStringLiteral("state_notification_rule"),
                     QStringLiteral("updated")) == 1);
    CHECK(eventCount(program, QStringLiteral("state_notification_rule"),
                     QStringLiteral("deleted")) == 1);
}

TEST_CASE_METHOD(IncidentFixture,
                 "An incident is kept while open and six years after it closes, then disposed of",
                 "[incidents][register][retention]")
{
    const Incident incident = incidents.add(misdirectedRemittance()).value();
    setIncidentToday(fixture, QDate(2026, 4, 1));
    REQUIRE(evidence
                .addEvidence(incident.id, QStringLiteral("A note."), QStringLiteral("log.txt"),
                             QByteArray("10:01 sent\n"))
                .ok());
    REQUIRE(incidents.recordAssessment(incident.id, assessment(false, QDate(2026, 3, 5))).ok());
    REQUIRE(notices
                .recordNotification(
                    notice(incident.id, NotificationRecipient::Individuals, QDate(2026, 3, 20)))
                .ok());

    Result<void> open = incidents.remove(incident.id);
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().kind == ErrorKind::Invalid);
    CHECK(open.error().message.contains(QStringLiteral("is kept while it is open")));
    CHECK(program.database().tryExec(QStringLiteral("DELETE FROM incident")).ok() == false);

    REQUIRE(incidents.close(incident.id, QDate(2026, 3, 31)).ok());
    Result<void> recent = incidents.remove(incident.id);
    REQUIRE_FALSE(recent.ok());
    CHECK(recent.error().message.contains(QStringLiteral("must be kept until 2032-03-31")));
    AuditQuery refusals;
    refusals.action = QStringLiteral("deletion_refused");
    CHECK(program.auditTrail().events(refusals).size() == 2);
    CHECK(incidents.incident(incident.id).ok());

    setIncidentToday(fixture, QDate(2032, 4, 1));
    REQUIRE(incidents.remove(incident.id).ok());
    CHECK_FALSE(incidents.incident(incident.id).ok());
    Database& db = program.database();
    CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM incident_notification")) == 0);
    CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM incident_evidence")) == 0);
    CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM breach_assessment")) == 0);
    CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM stored_file")) == 0);
    AuditQuery tombstones;
    tombstones.action = QStringLiteral("disposed");
    CHECK(program.auditTrail().events(tombstones).size() == 2); // the incident and its notice
    CHECK(program.retention().disposals()->size() == 2);
    CHECK(program.auditTrail().verify().intact);
}

TEST_CASE_METHOD(IncidentFixture,
                 "An asset or covered entity an incident names is not deleted from under it",
                 "[incidents][register]")
{
    Asset laptop;
    laptop.name = QStringLiteral("Coder laptop fleet");
    laptop.kind = AssetKind::WorkstationFleet;
    laptop.owner = QStringLiteral("Dana Whitfield");
    const qint64 assetId = program.assets().add(laptop).value().id;
    const qint64 clinicId = program.counterparties().add(clinic()).value().id;

    Incident stolen = misdirectedRemittance();
    stolen.assetIds = {assetId};
    stolen.coveredEntityIds = {clinicId};
    const Incident stored = incidents.add(stolen).value();

    Result<void> asset = program.assets().remove(assetId);
    REQUIRE_FALSE(asset.ok());
    CHECK(asset.error().kind == ErrorKind::Invalid);
    CHECK(asset.error().message.contains(incidentReference(stored.id)));
    CHECK(program.assets().asset(assetId).ok());

    Result<void> entity = program.counterparties().remove(clinicId);
    REQUIRE_FALSE(entity.ok());
    CHECK(entity.error().kind == ErrorKind::Invalid);
    CHECK(entity.error().message.contains(QStringLiteral("is named by 1 incident")));
    CHECK(program.counterparties().counterparty(clinicId).ok());

    // Once the incident no longer names them, they go as before.
    Incident unlinked = stored;
    unlinked.assetIds.clear();
    REQUIRE(incidents.update(unlinked).ok());
    CHECK(program.assets().remove(assetId).ok());
}
