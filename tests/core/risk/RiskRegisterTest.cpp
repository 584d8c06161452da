#include "core/risk/RiskRegister.h"

#include "core/audit/AuditTrail.h"
#include "core/risk/AssetRegister.h"
#include "core/util/SecretBuffer.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/risk/CatchRiskLevel.h"
#include "tests/support/TemporaryProgram.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using palisade::test::TemporaryProgram;

namespace {

Risk sampleRisk(const QString& title = QStringLiteral("Coder laptops hold unencrypted claim exports"))
{
    Risk risk;
    risk.title = title;
    risk.owner = QStringLiteral("Dana Whitfield");
    risk.threatSource = QStringLiteral("Theft or loss");
    risk.threatEvent = QStringLiteral("A laptop is stolen from a coder's car");
    risk.vulnerability = QStringLiteral("Exports saved to the desktop, no full-disk encryption");
    risk.inherent = RiskRating{RiskLevel::High, RiskLevel::VeryHigh};
    risk.identifiedOn = QDate(2026, 2, 10);
    risk.dueOn = QDate(2026, 4, 30);
    risk.citations = {QStringLiteral("164.312(a)(2)(iv)"), QStringLiteral("164.308(a)(1)(ii)(A)")};
    return risk;
}

qint64 eventCount(Program& program, const QString& entity)
{
    AuditQuery query;
    query.entity = entity;
    return qint64(program.auditTrail().events(query).size());
}

} // namespace

TEST_CASE("A risk is stored with its levels looked up in the matrix and an audit event", "[risk]")
{
    TemporaryProgram fixture;
    RiskRegister& register_ = fixture.program().risks();
    QSignalSpy changed(&register_, &RiskRegister::risksChanged);

    Result<Risk> added = register_.add(sampleRisk());
    REQUIRE(added.ok());
    CHECK(added->id > 0);
    CHECK(added->inherentLevel == RiskLevel::VeryHigh);
    CHECK_FALSE(added->residualLevel.has_value());
    CHECK(added->lastAssessedOn == QDate(2026, 2, 10));
    CHECK(added->nextReassessmentOn == QDate(2027, 2, 10));
    CHECK(added->citations ==
          QStringList{QStringLiteral("164.308(a)(1)(ii)(A)"), QStringLiteral("164.312(a)(2)(iv)")});
    CHECK(changed.count() == 1);

    Result<std::vector<Risk>> all = register_.risks();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->front() == *added);

    AuditQuery query;
    query.entity = QStringLiteral("risk");
    const std::vector<AuditEvent> events = fixture.program().auditTrail().events(query);
    REQUIRE(events.size() == 1);
    CHECK(events[0].action == QStringLiteral("created"));
    CHECK(events[0].recordId == QString::number(added->id));
    CHECK(events[0].before == QByteArray("{}"));
    const QJsonObject after = QJsonDocument::fromJson(events[0].after).object();
    CHECK(after.value(QStringLiteral("title")).toString() == sampleRisk().title);
    CHECK(after.value(QStringLiteral("inherent_level")).toString() == QStringLiteral("very_high"));
}

TEST_CASE("Updating a risk records before and after; an unchanged save records nothing", "[risk]")
{
    TemporaryProgram fixture;
    RiskRegister& register_ = fixture.program().risks();
    Risk risk = register_.add(sampleRisk()).value();

    CHECK(register_.update(risk).ok());
    CHECK(eventCount(fixture.program(), QStringLiteral("risk")) == 1);

    fixture.clock().advanceDays(3);
    risk.status = RiskStatus::InRemediation;
    risk.treatment = RiskTreatment::Mitigate;
    risk.treatmentPlan = QStringLiteral("Enable BitLocker on every coder laptop");
    Result<Risk> updated = register_.update(risk);
    REQUIRE(updated.ok());
    CHECK(updated->status == RiskStatus::InRemediation);

    AuditQuery query;
    query.entity = QStringLiteral("risk");
    query.action = QStringLiteral("updated");
    const std::vector<AuditEvent> events = fixture.program().auditTrail().events(query);
    REQUIRE(events.size() == 1);
    const QJsonObject before = QJsonDocument::fromJson(events[0].before).object();
    const QJsonObject after = QJsonDocument::fromJson(events[0].after).object();
    CHECK(before.value(QStringLiteral("status")).toString() == QStringLiteral("identified"));
    CHECK(after.value(QStringLiteral("status")).toString() == QStringLiteral("in_remediation"));
}

TEST_CASE("A changed rating counts as a reassessment and moves the next one a year on", "[risk]")
{
    TemporaryProgram fixture;
    RiskRegister& register_ = fixture.program().risks();
    Risk risk = register_.add(sampleRisk()).value();
    fixture.clock().set(QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC));

    risk.inherent.likelihood = RiskLevel::Moderate;
    Result<Risk> updated = register_.update(risk);
    REQUIRE(updated.ok());
    CHECK(updated->lastAssessedOn == QDate(2026, 6, 15));
    CHECK(updated->nextReassessmentOn == QDate(2027, 6, 15));
    CHECK(updated->inherentLevel == RiskLevel::High);
}

TEST_CASE("The register refuses invalid risks with messages a user can act on", "[risk]")
{
    TemporaryProgram fixture;
    RiskRegister& register_ = fixture.program().risks();

    SECTION("due date before identification")
    {
        Risk risk = sampleRisk();
        risk.dueOn = QDate(2026, 1, 1);
        Result<Risk> refused = register_.add(risk);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Invalid);
        CHECK(refused.error().message.contains(QStringLiteral("2026-01-01")));
        CHECK(refused.error().message.contains(QStringLiteral("before the date the risk was identified")));
    }
    SECTION("acceptance without approver, rationale or expiry")
    {
        Risk risk = sampleRisk();
        risk.status = RiskStatus::Accepted;
        risk.treatment = RiskTreatment::Accept;
        risk.residual = RiskRating{RiskLevel::Low, RiskLevel::High};
        risk.acceptance.acceptedOn = QDate(2026, 2, 20);
        const QStringList problems = register_.problems(risk);
        CHECK(problems.size() == 3);
        CHECK(problems.join(QLatin1Char(' ')).contains(QStringLiteral("approved the acceptance")));
        CHECK(problems.join(QLatin1Char(' ')).contains(QStringLiteral("rationale")));
        CHECK(problems.join(QLatin1Char(' ')).contains(QStringLiteral("expiry date")));
        CHECK_FALSE(register_.add(risk).ok());
    }
    SECTION("identification in the future, missing title and owner")
    {
        Risk risk = sampleRisk(QStringLiteral("   "));
        risk.owner.clear();
        risk.identifiedOn = QDate(2026, 3, 2);
        risk.dueOn = {};
        const QStringList problems = register_.problems(risk);
        CHECK(problems.size() == 3);
    }
    SECTION("an unknown Security Rule citation")
    {
        Risk risk = sampleRisk();
        risk.citations << QStringLiteral("164.999(z)");
        Result<Risk> refused = register_.add(risk);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("164.999(z)")));
    }
    SECTION("a link to an asset that does not exist")
    {
        Risk risk = sampleRisk();
        risk.assetIds = {4242};
        CHECK_FALSE(register_.add(risk).ok());
    }
    CHECK(register_.risks()->empty());
    CHECK(eventCount(fixture.program(), QStringLiteral("risk")) == 0);
}

TEST_CASE("A risk cannot be closed while its tasks are open", "[risk]")
{
    TemporaryProgram fixture;
    RiskRegister& register_ = fixture.program().risks();
    Risk risk = register_.add(sampleRisk()).value();

    RemediationTask task;
    task.riskId = risk.id;
    task.title = QStringLiteral("Enable BitLocker on coder laptops");
    task.owner = QStringLiteral("IT");
    task.dueOn = QDate(2026, 4, 1);
    Result<RemediationTask> added = register_.addTask(task);
    REQUIRE(added.ok());

    risk.status = RiskStatus::Closed;
    risk.treatment = RiskTreatment::Mitigate;
    risk.treatmentPlan = QStringLiteral("Encrypt");
    risk.residual = RiskRating{RiskLevel::Low, RiskLevel::High};
    Result<Risk> refused = register_.update(risk);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Enable BitLocker on coder laptops")));

    RemediationTask done = *added;
    done.status = TaskStatus::Done;
    Result<RemediationTask> noDate = register_.updateTask(done);
    REQUIRE_FALSE(noDate.ok());
    CHECK(noDate.error().message.contains(QStringLiteral("completion date")));
    done.completedOn = QDate(2026, 2, 28);
    done.evidenceNote = QStringLiteral("Intune compliance report attached to ticket 5512");
    REQUIRE(register_.updateTask(done).ok());

    Result<Risk> closed = register_.update(risk);
    REQUIRE(closed.ok());
    CHECK(closed->residualLevel == RiskLevel::Low);

    Result<void> removal = register_.removeTask(done.id);
    REQUIRE_FALSE(removal.ok());
    // Kept six years from the later of its recording (today) and its completion.
    CHECK(removal.error().message.contains(QStringLiteral("must be kept until 2032-03-01")));
}

TEST_CASE("Removing an open task is audited and it drops out of the risk", "[risk]")
{
    TemporaryProgram fixture;
    RiskRegister& register_ = fixture.program().risks();
    Risk risk = register_.add(sampleRisk()).value();
    RemediationTask task;
    task.riskId = risk.id;
    task.title = QStringLiteral("Move exports to the encrypted share");
    task.owner = QStringLiteral("Coding lead");
    const qint64 id = register_.addTask(task)->id;
    REQUIRE(register_.removeTask(id).ok());
    CHECK(register_.tasks(risk.id)->empty());

    const std::vector<AuditEvent> history = register_.history(risk.id).value();
    REQUIRE(history.size() == 3);
    CHECK(history[0].entity == QStringLiteral("risk"));
    CHECK(history[1].action == QStringLiteral("created"));
    CHECK(history[2].action == QStringLiteral("deleted"));
    CHECK(history[2].after == QByteArray("{}"));
}

TEST_CASE("Import is all or nothing and numbers each refusal", "[risk]")
{
    TemporaryProgram fixture;
    RiskRegister& register_ = fixture.program().risks();
    const qint64 eventsBefore = fixture.program().auditTrail().count();

    std::vector<Risk> batch{sampleRisk(QStringLiteral("One")), sampleRisk(QStringLiteral("Two")),
                            sampleRisk(QStringLiteral("Three"))};
    batch[1].owner.clear();
    batch[2].dueOn = QDate(2025, 1, 1);
    Result<std::vector<Risk>> refused = register_.addAll(batch);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Risk 2:")));
    CHECK(refused.error().message.contains(QStringLiteral("Risk 3:")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("Risk 1:")));
    CHECK(register_.risks()->empty());
    CHECK(fixture.program().auditTrail().count() == eventsBefore);

    batch[1].owner = QStringLiteral("Privacy Officer");
    batch[2].dueOn = {};
    Result<std::vector<Risk>> imported = register_.addAll(batch);
    REQUIRE(imported.ok());
    CHECK(register_.risks()->size() == 3);
    AuditQuery query;
    query.action = QStringLiteral("imported");
    CHECK(fixture.program().auditTrail().events(query).size() == 3);
}

TEST_CASE("An edited matrix re-rates every risk and is audited", "[risk]")
{
    TemporaryProgram fixture;
    RiskRegister& register_ = fixture.program().risks();
    Risk risk = sampleRisk();
    risk.inherent = RiskRating{RiskLevel::Moderate, RiskLevel::High};
    REQUIRE(register_.add(risk).ok());
    CHECK(register_.risks()->front().inherentLevel == RiskLevel::Moderate);

    RiskMatrix matrix = register_.matrix().value();
    matrix.setLevel(RiskLevel::Moderate, RiskLevel::High, RiskLevel::High);
    QSignalSpy matrixChanged(&register_, &RiskRegister::matrixChanged);
    REQUIRE(register_.setMatrix(matrix).ok());
    CHECK(matrixChanged.count() == 1);
    CHECK(register_.risks()->front().inherentLevel == RiskLevel::High);

    // The matrix survives closing and reopening the file.
    Program& reopened = fixture.reopen();
    CHECK(reopened.risks().matrix().value() == matrix);
    CHECK(reopened.risks().risks()->front().inherentLevel == RiskLevel::High);

    RiskMatrix inverted = matrix;
    inverted.setLevel(RiskLevel::VeryHigh, RiskLevel::VeryHigh, RiskLevel::VeryLow);
    CHECK_FALSE(reopened.risks().setMatrix(inverted).ok());
    CHECK(eventCount(reopened, QStringLiteral("risk_matrix")) == 1);
}

TEST_CASE("Linked assets are kept with the risk and protect the asset from deletion", "[risk]")
{
    TemporaryProgram fixture;
    Asset laptops;
    laptops.name = QStringLiteral("Coder laptops");
    laptops.kind = AssetKind::WorkstationFleet;
    laptops.owner = QStringLiteral("IT");
    const qint64 assetId = fixture.program().assets().add(laptops)->id;

    Risk risk = sampleRisk();
    risk.assetIds = {assetId};
    Result<Risk> added = fixture.program().risks().add(risk);
    REQUIRE(added.ok());
    CHECK(added->assetIds == std::vector<qint64>{assetId});

    Result<void> removal = fixture.program().assets().remove(assetId);
    REQUIRE_FALSE(removal.ok());
    CHECK(removal.error().message.contains(QStringLiteral("Coder laptops")));
}

TEST_CASE("A read-only program refuses risk changes", "[risk]")
{
    TemporaryProgram fixture;
    fixture.close();
    test::FixedClock clock;
    Program::UnlockOptions options;
    options.access = Vault::Access::ReadOnly;
    auto program = Program::unlock(fixture.path(), SecretBuffer::fromString(test::fixturePassphrase()),
                                   options, clock);
    REQUIRE(program.ok());
    Result<Risk> refused = (*program)->risks().add(sampleRisk());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("read-only")));
}

TEST_CASE("Closing a risk records the day; reopening it clears the day", "[risk][retention]")
{
    TemporaryProgram fixture;
    RiskRegister& register_ = fixture.program().risks();
    Risk risk = register_.add(sampleRisk()).value();
    CHECK_FALSE(risk.closedOn.isValid());

    fixture.clock().set(QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC));
    risk.status = RiskStatus::Closed;
    risk.treatment = RiskTreatment::Mitigate;
    risk.treatmentPlan = QStringLiteral("Encrypt");
    risk.residual = RiskRating{RiskLevel::Low, RiskLevel::Low};
    risk.closedOn = QDate(2020, 1, 1); // the register decides, not the caller
    Result<Risk> closed = register_.update(risk);
    REQUIRE(closed.ok());
    CHECK(closed->closedOn == QDate(2026, 5, 4));
    CHECK(register_.risk(risk.id)->closedOn == QDate(2026, 5, 4));

    // Staying closed keeps the day of closing.
    fixture.clock().set(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
    Risk edited = *closed;
    edited.treatmentPlan = QStringLiteral("Encrypt with BitLocker");
    CHECK(register_.update(edited)->closedOn == QDate(2026, 5, 4));

    Risk reopened = *register_.risk(risk.id);
    reopened.status = RiskStatus::InRemediation;
    Result<Risk> open = register_.update(reopened);
    REQUIRE(open.ok());
    CHECK_FALSE(open->closedOn.isValid());
    CHECK_FALSE(register_.risk(risk.id)->closedOn.isValid());

    // The audit trail carries the day, so the register rebuilt as of a past day has it.
    const RiskRegisterSnapshot may = register_.asOf(QDate(2026, 5, 20)).value();
    REQUIRE(may.risks.size() == 1);
    CHECK(may.risks.front().closedOn == QDate(2026, 5, 4));
}
