// policy list, show, history, diff, templates, add, revise, submit, approve,
// make-effective and retire driven through palisade-cli as a script would.
#include "core/audit/AuditTrail.h"
#include "core/policies/PolicyRegister.h"
#include "tests/cli/RiskCliSandbox.h"
#include "tests/support/FileDigest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

QStringList policy(const QStringList& words)
{
    return QStringList{QStringLiteral("policy")} + words;
}

CliProcessResult runOk(RiskCliSandbox& sandbox, const QStringList& command)
{
    const CliProcessResult result = sandbox.run(command);
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    return result;
}

const QString firstText = QStringLiteral(
    "# Sanctions\n\nWorkforce members who break a privacy rule are retrained within 30 days.\n");
const QString secondText = QStringLiteral(
    "# Sanctions\n\nWorkforce members who break a privacy rule are retrained within 10 days "
    "and warned in writing.\n");

// SAN-001 revision 1, written on 2026-03-01 through the core API so its dates
// are known; it names two approver roles.
void addSanctionsPolicy(RiskCliSandbox& sandbox)
{
    sandbox.clock().set(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    Policy sanctions;
    sanctions.code = QStringLiteral("SAN-001");
    sanctions.title = QStringLiteral("Sanctions");
    sanctions.category = PolicyCategory::Administrative;
    sanctions.owner = QStringLiteral("Dana Reyes");
    sanctions.requiredApprovalRoles = {QStringLiteral("Privacy Officer"),
                                       QStringLiteral("Chief Executive")};
    REQUIRE(sandbox.program().policies().add(sanctions, firstText));
}

QJsonObject revisionOf(const QJsonObject& history, int number)
{
    for (const QJsonValue& value : history.value(QStringLiteral("revisions")).toArray()) {
        if (value.toObject().value(QStringLiteral("number")).toInt() == number)
            return value.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("policy templates lists the twelve starter policies without a program file",
          "[cli][policies]")
{
    RiskCliSandbox sandbox;
    const CliProcessResult listed =
        runOk(sandbox, policy({QStringLiteral("templates"), QStringLiteral("--json")}));
    const QJsonArray templates = listed.json().array();
    CHECK(templates.size() == 12);
    QStringList keys;
    for (const QJsonValue& entry : templates)
        keys << entry.toObject().value(QStringLiteral("key")).toString();
    CHECK(keys.contains(QStringLiteral("breach-notification")));
    CHECK(keys.contains(QStringLiteral("documentation-and-retention")));
}

TEST_CASE("policy add adopts a template, and refuses a second policy with the same code",
          "[cli][policies]")
{
    RiskCliSandbox sandbox;
    const CliProcessResult added =
        runOk(sandbox, policy({QStringLiteral("add"), QStringLiteral("--template"),
                               QStringLiteral("breach-notification"), QStringLiteral("--owner"),
                               QStringLiteral("Dana Reyes"), QStringLiteral("--json")}));
    const QJsonObject json = added.json().object();
    CHECK(json.value(QStringLiteral("code")).toString() == QStringLiteral("BRN-001"));
    CHECK(json.value(QStringLiteral("owner")).toString() == QStringLiteral("Dana Reyes"));

    const Result<std::vector<Policy>> stored = sandbox.program().policies().policies();
    REQUIRE(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->front().templateKey == QStringLiteral("breach-notification"));
    const Result<std::vector<PolicyRevision>> revisions =
        sandbox.program().policies().revisions(stored->front().id);
    REQUIRE(revisions);
    REQUIRE(revisions->size() == 1);
    CHECK(revisions->front().state == RevisionState::Draft);
    CHECK(revisions->front().content.contains(QStringLiteral("60 calendar days")));

    const CliProcessResult again =
        sandbox.run(policy({QStringLiteral("add"), QStringLiteral("--template"),
                            QStringLiteral("breach-notification")}));
    CHECK(again.exitCode == 4);
    CHECK(again.errText().contains(QStringLiteral("BRN-001")));

    const CliProcessResult unknown = sandbox.run(
        policy({QStringLiteral("add"), QStringLiteral("--template"), QStringLiteral("nonsense")}));
    CHECK(unknown.exitCode == 1);
    const CliProcessResult bare = sandbox.run(
        policy({QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("X")}));
    CHECK(bare.exitCode == 1);
    CHECK(bare.errText().contains(QStringLiteral("--code")));
}

TEST_CASE("A revision goes from draft to effective through the command line", "[cli][policies]")
{
    RiskCliSandbox sandbox;
    addSanctionsPolicy(sandbox);
    const QString code = QStringLiteral("SAN-001");

    // Approval needs the revision in review first.
    const CliProcessResult early = sandbox.run(policy(
        {QStringLiteral("approve"), code, QStringLiteral("--approver"),
         QStringLiteral("Dana Reyes"), QStringLiteral("--role"), QStringLiteral("Privacy Officer"),
         QStringLiteral("--date"), QStringLiteral("2026-03-05")}));
    CHECK(early.exitCode == 4);
    CHECK(early.errText().contains(QStringLiteral("policy submit")));

    runOk(sandbox, policy({QStringLiteral("submit"), QStringLiteral("san-001")}));
    const CliProcessResult first =
        runOk(sandbox, policy({QStringLiteral("approve"), code, QStringLiteral("--approver"),
                               QStringLiteral("Dana Reyes"), QStringLiteral("--role"),
                               QStringLiteral("privacy officer"), QStringLiteral("--date"),
                               QStringLiteral("2026-03-05"), QStringLiteral("--json")}));
    CHECK(first.json().object().value(QStringLiteral("state")).toString() ==
          QStringLiteral("in_review"));
    CHECK(first.json().object().value(QStringLiteral("outstanding_roles")).toArray() ==
          QJsonArray{QStringLiteral("Chief Executive")});
    CHECK(first.json()
              .object()
              .value(QStringLiteral("approval"))
              .toObject()
              .value(QStringLiteral("role"))
              .toString() == QStringLiteral("Privacy Officer"));

    const CliProcessResult second =
        runOk(sandbox, policy({QStringLiteral("approve"), code, QStringLiteral("--approver"),
                               QStringLiteral("Lee Park"), QStringLiteral("--role"),
                               QStringLiteral("Chief Executive"), QStringLiteral("--meaning"),
                               QStringLiteral("Executive approval"), QStringLiteral("--date"),
                               QStringLiteral("2026-03-06")}));
    CHECK(second.errText().contains(QStringLiteral("is approved")));

    // Not before the approval.
    const CliProcessResult tooEarly =
        sandbox.run(policy({QStringLiteral("make-effective"), code, QStringLiteral("--date"),
                            QStringLiteral("2026-03-01")}));
    CHECK(tooEarly.exitCode == 4);
    const CliProcessResult badDate =
        sandbox.run(policy({QStringLiteral("make-effective"), code, QStringLiteral("--date"),
                            QStringLiteral("10 March")}));
    CHECK(badDate.exitCode == 1);
    runOk(sandbox, policy({QStringLiteral("make-effective"), code, QStringLiteral("--date"),
                           QStringLiteral("2026-03-10")}));

    // Revision 2 from a file, submitted, approved and put into effect.
    const QString file = sandbox.writeFile(QStringLiteral("sanctions.md"), secondText.toUtf8());
    const CliProcessResult unsummarized =
        sandbox.run(policy({QStringLiteral("revise"), code, QStringLiteral("--from-file"), file}));
    CHECK(unsummarized.exitCode == 4);
    CHECK(unsummarized.errText().contains(QStringLiteral("summary")));
    runOk(sandbox, policy({QStringLiteral("revise"), code, QStringLiteral("--from-file"), file,
                           QStringLiteral("--summary"), QStringLiteral("Shorter retraining")}));
    const CliProcessResult missing =
        sandbox.run(policy({QStringLiteral("revise"), code, QStringLiteral("--from-file"),
                            sandbox.path(QStringLiteral("no-such.md"))}));
    CHECK(missing.exitCode == 5);

    // The command line writes revision 2 today by the system clock, so it is
    // approved and put into effect today.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    for (const auto& [who, role] :
         {std::pair{QStringLiteral("Dana Reyes"), QStringLiteral("Privacy Officer")},
          std::pair{QStringLiteral("Lee Park"), QStringLiteral("Chief Executive")}}) {
        runOk(sandbox, policy({QStringLiteral("approve"), code, QStringLiteral("--approver"), who,
                               QStringLiteral("--role"), role}));
    }
    const CliProcessResult effective = runOk(
        sandbox, policy({QStringLiteral("make-effective"), code, QStringLiteral("--date"), today}));
    CHECK(effective.errText().contains(QStringLiteral("revision 1 is superseded")));

    const CliProcessResult history =
        runOk(sandbox, policy({QStringLiteral("history"), code, QStringLiteral("--json")}));
    const QJsonObject one = revisionOf(history.json().object(), 1);
    const QJsonObject two = revisionOf(history.json().object(), 2);
    CHECK(one.value(QStringLiteral("state")).toString() == QStringLiteral("superseded"));
    CHECK(one.value(QStringLiteral("ended_on")).toString() == today);
    CHECK(one.value(QStringLiteral("approvals")).toArray().size() == 2);
    CHECK(two.value(QStringLiteral("state")).toString() == QStringLiteral("effective"));
    CHECK(two.value(QStringLiteral("effective_on")).toString() == today);

    const CliProcessResult diff =
        runOk(sandbox, policy({QStringLiteral("diff"), code, QStringLiteral("--json")}));
    const QJsonObject diffJson = diff.json().object();
    CHECK(diffJson.value(QStringLiteral("from")).toInt() == 1);
    CHECK(diffJson.value(QStringLiteral("to")).toInt() == 2);
    CHECK(diffJson.value(QStringLiteral("words_removed")).toInt() == 1);
    CHECK(diffJson.value(QStringLiteral("words_added")).toInt() == 5);
    const CliProcessResult plain = runOk(sandbox, policy({QStringLiteral("diff"), code}));
    CHECK(plain.outText().contains(QStringLiteral("[-30-]{+10+}")));

    const CliProcessResult shown = runOk(sandbox, policy({QStringLiteral("show"), code}));
    CHECK(shown.outText().contains(QStringLiteral("within 10 days")));
    const CliProcessResult older = runOk(
        sandbox,
        policy({QStringLiteral("show"), code, QStringLiteral("--revision"), QStringLiteral("1")}));
    CHECK(older.outText().contains(QStringLiteral("within 30 days")));
    const CliProcessResult noSuch = sandbox.run(
        policy({QStringLiteral("show"), code, QStringLiteral("--revision"), QStringLiteral("9")}));
    CHECK(noSuch.exitCode == 4);

    // Every step is in the audit trail, and the chain holds.
    CHECK(sandbox.program().auditTrail().verify().intact);
}

TEST_CASE("policy list, retire and an unknown policy", "[cli][policies]")
{
    RiskCliSandbox sandbox;
    const CliProcessResult empty = runOk(sandbox, policy({QStringLiteral("list")}));
    CHECK(empty.errText().contains(QStringLiteral("policy templates")));

    addSanctionsPolicy(sandbox);
    const CliProcessResult listed =
        runOk(sandbox, policy({QStringLiteral("list"), QStringLiteral("--json")}));
    REQUIRE(listed.json().array().size() == 1);
    const QJsonObject row = listed.json().array().first().toObject();
    CHECK(row.value(QStringLiteral("code")).toString() == QStringLiteral("SAN-001"));
    CHECK(row.value(QStringLiteral("revision_in_effect")).isNull());
    CHECK(row.value(QStringLiteral("open_revision"))
              .toObject()
              .value(QStringLiteral("state"))
              .toString() == QStringLiteral("draft"));

    const CliProcessResult unknown =
        sandbox.run(policy({QStringLiteral("show"), QStringLiteral("XYZ-9")}));
    CHECK(unknown.exitCode == 4);
    CHECK(unknown.errText().contains(QStringLiteral("XYZ-9")));

    // A draft cannot be retired: the register says why.
    const CliProcessResult retired = sandbox.run(policy(
        {QStringLiteral("retire"), QStringLiteral("SAN-001"), QStringLiteral("--date"),
         QStringLiteral("2026-05-01"), QStringLiteral("--reason"), QStringLiteral("Merged")}));
    CHECK(retired.exitCode == 4);
    CHECK_FALSE(retired.errText().isEmpty());
}
