// retention rules, report, hold, holds, release, dispose and log driven
// through palisade-cli as a script would.
#include "core/audit/AuditTrail.h"
#include "core/retention/RecordTypes.h"
#include "core/retention/RetentionRegister.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "tests/cli/RiskCliSandbox.h"
#include "tests/core/vendors/VendorSamples.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

QStringList retention(const QStringList& words)
{
    return QStringList{QStringLiteral("retention")} + words;
}

CliProcessResult runOk(RiskCliSandbox& sandbox, const QStringList& command)
{
    const CliProcessResult result = sandbox.run(command);
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    return result;
}

struct Agreements
{
    qint64 old = 0;    // terminated 2015-06-30: kept until 2021-06-30
    qint64 recent = 0; // active: kept while in effect
};

// A clinic with an agreement that ended in 2015 and one still active, written
// through the core API on the days they happened.
Agreements addAgreements(RiskCliSandbox& sandbox)
{
    sandbox.clock().set(QDateTime(QDate(2014, 1, 10), QTime(9, 0), Qt::UTC));
    Program& program = sandbox.program();
    const qint64 clinicId = program.counterparties().add(clinic())->id;
    Agreement first = activeAgreement(clinicId, AgreementDirection::Upstream, QDate(2014, 1, 1));
    first.title = QStringLiteral("Coding services BAA 2014");
    first.signedOn = QDate(2013, 12, 20);
    Agreements ids;
    ids.old = program.baas().add(first)->id;

    sandbox.clock().set(QDateTime(QDate(2015, 7, 1), QTime(9, 0), Qt::UTC));
    Agreement ended = *program.baas().agreement(ids.old);
    ended.status = AgreementStatus::Terminated;
    ended.terminatedOn = QDate(2015, 6, 30);
    Result<Agreement> terminated = program.baas().update(ended);
    INFO((terminated ? std::string() : terminated.error().message.toStdString()));
    REQUIRE(terminated.ok());
    Agreement second = activeAgreement(clinicId, AgreementDirection::Upstream, QDate(2015, 7, 1));
    second.title = QStringLiteral("Coding services BAA 2015");
    ids.recent = program.baas().add(second)->id;
    return ids;
}

QJsonObject reportedRecord(const QJsonArray& records, const QString& type, qint64 id)
{
    for (const QJsonValue& value : records) {
        const QJsonObject record = value.toObject();
        if (record.value(QStringLiteral("record_type")).toString() == type &&
            record.value(QStringLiteral("record_id")).toString() == QString::number(id))
            return record;
    }
    return {};
}

} // namespace

TEST_CASE("retention rules lists every record type without a program file", "[cli][retention]")
{
    RiskCliSandbox sandbox;
    const CliProcessResult rules =
        runOk(sandbox, retention({QStringLiteral("rules"), QStringLiteral("--json")}));
    QStringList types;
    for (const QJsonValue& value : rules.json().array())
        types << value.toObject().value(QStringLiteral("record_type")).toString();
    CHECK(types.contains(recordtype::agreement()));
    CHECK(types.contains(recordtype::policyRevision()));
    CHECK(types.contains(recordtype::auditEvent()));
}

TEST_CASE("retention report, a legal hold and disposal through the command line",
          "[cli][retention]")
{
    RiskCliSandbox sandbox;
    const Agreements ids = addAgreements(sandbox);

    const CliProcessResult report =
        runOk(sandbox, retention({QStringLiteral("report"), QStringLiteral("--as-of"),
                                  QStringLiteral("2021-06-30"), QStringLiteral("--json")}));
    const QJsonArray records = report.json().object().value(QStringLiteral("records")).toArray();
    const QJsonObject old = reportedRecord(records, recordtype::agreement(), ids.old);
    CHECK(old.value(QStringLiteral("retain_until")).toString() == QStringLiteral("2021-06-30"));
    CHECK(old.value(QStringLiteral("status")).toString() == QStringLiteral("retained"));
    CHECK(reportedRecord(records, recordtype::agreement(), ids.recent)
              .value(QStringLiteral("status"))
              .toString() == QStringLiteral("in_effect"));
    const CliProcessResult later =
        runOk(sandbox, retention({QStringLiteral("report"), QStringLiteral("--as-of"),
                                  QStringLiteral("2021-07-01"), QStringLiteral("--status"),
                                  QStringLiteral("eligible"), QStringLiteral("--json")}));
    const QJsonArray eligible = later.json().object().value(QStringLiteral("records")).toArray();
    CHECK_FALSE(reportedRecord(eligible, recordtype::agreement(), ids.old).isEmpty());
    CHECK(reportedRecord(eligible, recordtype::agreement(), ids.recent).isEmpty());

    // Deleting the old agreement is refused while a hold covers it.
    const CliProcessResult placed = runOk(
        sandbox,
        retention({QStringLiteral("hold"), QStringLiteral("--type"), QStringLiteral("agreement"),
                   QStringLiteral("--record"), QString::number(ids.old), QStringLiteral("--reason"),
                   QStringLiteral("Litigation: Smith v. Lakeside"), QStringLiteral("--json")}));
    const QString holdId =
        placed.json().object().value(QStringLiteral("id")).toVariant().toString();
    REQUIRE_FALSE(holdId.isEmpty());
    const CliProcessResult held = runOk(
        sandbox,
        retention({QStringLiteral("dispose"), QStringLiteral("--yes"), QStringLiteral("--json")}));
    CHECK(held.json().object().value(QStringLiteral("disposed")).toArray().isEmpty());
    CHECK(sandbox.program().baas().agreement(ids.old).ok());

    const CliProcessResult unasked = sandbox.run(retention({QStringLiteral("dispose")}));
    CHECK(unasked.exitCode == 1);
    CHECK(unasked.errText().contains(QStringLiteral("--yes")));
    const CliProcessResult future =
        sandbox.run(retention({QStringLiteral("dispose"), QStringLiteral("--yes"),
                               QStringLiteral("--as-of"), QStringLiteral("2099-01-01")}));
    CHECK(future.exitCode == 1);

    runOk(sandbox, retention({QStringLiteral("release"), holdId, QStringLiteral("--reason"),
                              QStringLiteral("Case closed")}));
    const CliProcessResult holds = runOk(
        sandbox,
        retention({QStringLiteral("holds"), QStringLiteral("--all"), QStringLiteral("--json")}));
    REQUIRE(holds.json().array().size() == 1);

    const CliProcessResult disposed = runOk(
        sandbox,
        retention({QStringLiteral("dispose"), QStringLiteral("--yes"), QStringLiteral("--json")}));
    bool oldDisposed = false;
    for (const QJsonValue& value :
         disposed.json().object().value(QStringLiteral("disposed")).toArray()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("record_type")).toString() == recordtype::agreement() &&
            entry.value(QStringLiteral("record_id")).toString() == QString::number(ids.old))
            oldDisposed = true;
    }
    CHECK(oldDisposed);
    CHECK_FALSE(sandbox.program().baas().agreement(ids.old).ok());
    CHECK(sandbox.program().baas().agreement(ids.recent).ok());

    const CliProcessResult log =
        runOk(sandbox, retention({QStringLiteral("log"), QStringLiteral("--json")}));
    REQUIRE_FALSE(log.json().array().isEmpty());
    const QJsonObject tombstone = log.json().array().first().toObject();
    CHECK(tombstone.value(QStringLiteral("content_sha256")).toString().size() == 64);
    CHECK(sandbox.program().auditTrail().verify().intact);
}

TEST_CASE("retention hold refuses an unknown record type", "[cli][retention]")
{
    RiskCliSandbox sandbox;
    const CliProcessResult unknown = sandbox.run(
        retention({QStringLiteral("hold"), QStringLiteral("--type"), QStringLiteral("spaceship"),
                   QStringLiteral("--reason"), QStringLiteral("x")}));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.errText().contains(QStringLiteral("spaceship")));
    const CliProcessResult badRelease =
        sandbox.run(retention({QStringLiteral("release"), QStringLiteral("abc"),
                               QStringLiteral("--reason"), QStringLiteral("x")}));
    CHECK(badRelease.exitCode == 1);
}
