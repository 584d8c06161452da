// training course add, import-people, import-completions, people, courses,
// due, matrix and propose-mapping driven through palisade-cli as a script
// would, with the example files of docs/csv-import.md.
#include "core/training/TrainingRegister.h"
#include "tests/cli/RiskCliSandbox.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

QString example(const QString& name)
{
    const QDir tests = QFileInfo(QStringLiteral(__FILE__)).dir();
    return QDir::cleanPath(tests.filePath(QStringLiteral("../../docs/examples/") + name));
}

QStringList training(const QStringList& words)
{
    return QStringList{QStringLiteral("training")} + words;
}

CliProcessResult runOk(RiskCliSandbox& sandbox, const QStringList& command)
{
    const CliProcessResult result = sandbox.run(command);
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    return result;
}

// The five courses of the demo, as installer/bootstrap.sh adds them.
void addDemoCourses(RiskCliSandbox& sandbox)
{
    const auto add = [&](const QStringList& options) {
        runOk(sandbox,
              training(QStringList{QStringLiteral("course"), QStringLiteral("add")} + options));
    };
    add({QStringLiteral("--title"), QStringLiteral("HIPAA onboarding"), QStringLiteral("--kind"),
         QStringLiteral("hipaa_onboarding"), QStringLiteral("--cadence"),
         QStringLiteral("at-hire")});
    add({QStringLiteral("--title"), QStringLiteral("Annual HIPAA refresher"),
         QStringLiteral("--kind"), QStringLiteral("annual_refresher"), QStringLiteral("--cadence"),
         QStringLiteral("every-months"), QStringLiteral("--months"), QStringLiteral("12")});
    add({QStringLiteral("--title"), QStringLiteral("Security awareness"), QStringLiteral("--kind"),
         QStringLiteral("security_awareness"), QStringLiteral("--cadence"),
         QStringLiteral("every-months"), QStringLiteral("--months"), QStringLiteral("12"),
         QStringLiteral("--passing-score"), QStringLiteral("80")});
    add({QStringLiteral("--title"), QStringLiteral("Phishing awareness"), QStringLiteral("--kind"),
         QStringLiteral("phishing"), QStringLiteral("--cadence"), QStringLiteral("every-months"),
         QStringLiteral("--months"), QStringLiteral("6")});
    add({QStringLiteral("--title"), QStringLiteral("Remote coder safeguards"),
         QStringLiteral("--kind"), QStringLiteral("role_based"), QStringLiteral("--cadence"),
         QStringLiteral("every-months"), QStringLiteral("--months"), QStringLiteral("24"),
         QStringLiteral("--roles"), QStringLiteral("remote_coder")});
}

void importExamples(RiskCliSandbox& sandbox)
{
    addDemoCourses(sandbox);
    const CliProcessResult people =
        runOk(sandbox, training({QStringLiteral("import-people"),
                                 example(QStringLiteral("people.csv")), QStringLiteral("--source"),
                                 QStringLiteral("HR export"), QStringLiteral("--json")}));
    CHECK(people.json().object().value(QStringLiteral("added")).toInt() == 20);
    CHECK(people.json().object().value(QStringLiteral("source")).toString() ==
          QStringLiteral("HR export"));
    const CliProcessResult completions =
        runOk(sandbox, training({QStringLiteral("import-completions"),
                                 example(QStringLiteral("training-completions.csv")),
                                 QStringLiteral("--json")}));
    const QJsonObject report = completions.json().object();
    CHECK(report.value(QStringLiteral("added")).toInt() > 200);
    CHECK(report.value(QStringLiteral("added")).toInt() ==
          report.value(QStringLiteral("rows")).toInt());
    CHECK(report.value(QStringLiteral("already_on_file")).toInt() == 0);
    CHECK(report.value(QStringLiteral("sha256")).toString().size() == 64);
}

QJsonObject itemFor(const QJsonArray& items, const QString& person, const QString& course)
{
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("person")).toString() == person &&
            item.value(QStringLiteral("course")).toString() == course)
            return item;
    }
    return {};
}

} // namespace

TEST_CASE("palisade-cli: training course add, the example imports and the listings",
          "[cli][training]")
{
    RiskCliSandbox sandbox;
    importExamples(sandbox);

    const CliProcessResult courses =
        runOk(sandbox, training({QStringLiteral("courses"), QStringLiteral("--json")}));
    const QJsonArray courseList = courses.json().array();
    REQUIRE(courseList.size() == 5);
    QJsonObject security;
    for (const QJsonValue& value : courseList) {
        if (value.toObject().value(QStringLiteral("title")).toString() ==
            QStringLiteral("Security awareness"))
            security = value.toObject();
    }
    CHECK(security.value(QStringLiteral("kind")).toString() ==
          QStringLiteral("security_awareness"));
    CHECK(security.value(QStringLiteral("cadence")).toString() == QStringLiteral("every_months"));
    CHECK(security.value(QStringLiteral("passing_score")).toInt() == 80);

    const CliProcessResult people =
        runOk(sandbox, training({QStringLiteral("people"), QStringLiteral("--json")}));
    CHECK(people.json().array().size() == 20);
    const CliProcessResult table = runOk(sandbox, training({QStringLiteral("people")}));
    CHECK(table.outText().contains(QStringLiteral("Priya Raman")));
    CHECK(table.outText().contains(QStringLiteral("Remote coder")));
}

TEST_CASE("palisade-cli: importing the same completions twice adds nothing", "[cli][training]")
{
    RiskCliSandbox sandbox;
    importExamples(sandbox);
    const CliProcessResult again =
        runOk(sandbox, training({QStringLiteral("import-completions"),
                                 example(QStringLiteral("training-completions.csv")),
                                 QStringLiteral("--json")}));
    const QJsonObject report = again.json().object();
    CHECK(report.value(QStringLiteral("added")).toInt() == 0);
    CHECK(report.value(QStringLiteral("already_on_file")).toInt() ==
          report.value(QStringLiteral("rows")).toInt());
    CHECK(again.errText().contains(QStringLiteral("this file was imported before")));

    const CliProcessResult peopleAgain =
        runOk(sandbox,
              training({QStringLiteral("import-people"), example(QStringLiteral("people.csv"))}));
    CHECK(peopleAgain.errText().contains(QStringLiteral("0 added, 0 updated, 20 unchanged")));
}

TEST_CASE("palisade-cli: training due lists overdue and due-soon items", "[cli][training]")
{
    RiskCliSandbox sandbox;
    importExamples(sandbox);
    const CliProcessResult due =
        runOk(sandbox, training({QStringLiteral("due"), QStringLiteral("--as-of"),
                                 QStringLiteral("2026-11-24"), QStringLiteral("--json")}));
    REQUIRE(due.json().isArray());
    const QJsonArray items = due.json().array();
    REQUIRE_FALSE(items.isEmpty());
    CHECK(items.first().toObject().value(QStringLiteral("state")).toString() ==
          QStringLiteral("overdue"));
    const QJsonObject greg =
        itemFor(items, QStringLiteral("Greg Novak"), QStringLiteral("Annual HIPAA refresher"));
    CHECK(greg.value(QStringLiteral("state")).toString() == QStringLiteral("overdue"));
    CHECK(greg.value(QStringLiteral("last_completion")).toString() == QStringLiteral("2025-09-15"));
    CHECK(greg.value(QStringLiteral("next_due")).toString() == QStringLiteral("2026-09-15"));
    CHECK(greg.value(QStringLiteral("days_overdue")).toInt() == 70);
    const QJsonObject priya =
        itemFor(items, QStringLiteral("Priya Raman"), QStringLiteral("Annual HIPAA refresher"));
    CHECK(priya.value(QStringLiteral("state")).toString() == QStringLiteral("due_soon"));
    CHECK(priya.value(QStringLiteral("next_due")).toString() == QStringLiteral("2026-12-10"));
    // A new hire's onboarding covers the first year: the refresher is not listed yet.
    CHECK(itemFor(items, QStringLiteral("Zoe Adams"), QStringLiteral("Annual HIPAA refresher"))
              .isEmpty());
    // Terminated people are not due for anything.
    CHECK(itemFor(items, QStringLiteral("Brian Keller"), QStringLiteral("Phishing awareness"))
              .isEmpty());

    const CliProcessResult all =
        runOk(sandbox, training({QStringLiteral("due"), QStringLiteral("--as-of"),
                                 QStringLiteral("2026-11-24"), QStringLiteral("--all"),
                                 QStringLiteral("--json")}));
    CHECK(all.json().array().size() > items.size());
    CHECK(
        itemFor(all.json().array(), QStringLiteral("Zoe Adams"), QStringLiteral("HIPAA onboarding"))
            .value(QStringLiteral("access_before_training"))
            .toBool());
    const QJsonObject zoe = itemFor(all.json().array(), QStringLiteral("Zoe Adams"),
                                    QStringLiteral("Annual HIPAA refresher"));
    CHECK(zoe.value(QStringLiteral("state")).toString() == QStringLiteral("not_yet_due"));
    CHECK(zoe.value(QStringLiteral("next_due")).toString() == QStringLiteral("2027-10-19"));

    const CliProcessResult text = runOk(
        sandbox,
        training({QStringLiteral("due"), QStringLiteral("--as-of"), QStringLiteral("2026-11-24")}));
    CHECK(text.outText().contains(QStringLiteral("DAYS OVERDUE")));
    CHECK(text.outText().contains(QStringLiteral("Greg Novak")));

    const CliProcessResult badDate = sandbox.run(
        training({QStringLiteral("due"), QStringLiteral("--as-of"), QStringLiteral("24/11/2026")}));
    CHECK(badDate.exitCode == 1);
}

TEST_CASE("palisade-cli: training matrix writes CSV and XLSX and never overwrites silently",
          "[cli][training]")
{
    RiskCliSandbox sandbox;
    importExamples(sandbox);
    const QString csvPath = sandbox.path(QStringLiteral("matrix.csv"));
    const CliProcessResult csv =
        runOk(sandbox, training({QStringLiteral("matrix"), QStringLiteral("--as-of"),
                                 QStringLiteral("2026-11-24"), QStringLiteral("--format"),
                                 QStringLiteral("csv"), QStringLiteral("--out"), csvPath,
                                 QStringLiteral("--json")}));
    // Two people left before the day.
    CHECK(csv.json().object().value(QStringLiteral("people")).toInt() == 18);
    CHECK(csv.json().object().value(QStringLiteral("courses")).toInt() == 5);
    QFile file(csvPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("Greg Novak,E-1008,Billing,Overdue (due 2026-09-15)")));

    const CliProcessResult refused =
        sandbox.run(training({QStringLiteral("matrix"), QStringLiteral("--format"),
                              QStringLiteral("csv"), QStringLiteral("--out"), csvPath}));
    CHECK(refused.exitCode == 5);
    runOk(sandbox,
          training({QStringLiteral("matrix"), QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("--out"), csvPath, QStringLiteral("--replace")}));

    const QString xlsxPath = sandbox.path(QStringLiteral("matrix.xlsx"));
    runOk(sandbox, training({QStringLiteral("matrix"), QStringLiteral("--as-of"),
                             QStringLiteral("2026-11-24"), QStringLiteral("--format"),
                             QStringLiteral("xlsx"), QStringLiteral("--out"), xlsxPath}));
    QFile xlsx(xlsxPath);
    REQUIRE(xlsx.open(QIODevice::ReadOnly));
    CHECK(xlsx.read(2) == QByteArray("PK"));

    const CliProcessResult badFormat = sandbox.run(
        training({QStringLiteral("matrix"), QStringLiteral("--format"), QStringLiteral("pdf"),
                  QStringLiteral("--out"), sandbox.path(QStringLiteral("m.pdf"))}));
    CHECK(badFormat.exitCode == 1);
}

TEST_CASE("palisade-cli: a bad completions file is refused whole with exit code 4",
          "[cli][training]")
{
    RiskCliSandbox sandbox;
    importExamples(sandbox);
    const QString bad =
        sandbox.writeFile(QStringLiteral("bad.csv"), "employee_id,course,completed_on,score\n"
                                                     "E-1003,Phishing awareness,2026-11-20,\n"
                                                     "E-1003,Knitting,2026-11-20,\n"
                                                     "E-1099,Phishing awareness,2026-11-20,\n"
                                                     "E-1003,Security awareness,2026-11-20,101\n");
    const CliProcessResult refused =
        sandbox.run(training({QStringLiteral("import-completions"), bad}));
    INFO(refused.describe());
    CHECK(refused.exitCode == 4);
    CHECK(refused.errText().contains(QStringLiteral("Nothing was imported from bad.csv")));
    CHECK(refused.errText().contains(QStringLiteral("Line 3:")));
    CHECK(refused.errText().contains(QStringLiteral("Line 4:")));
    CHECK(refused.errText().contains(QStringLiteral("Line 5:")));

    const CliProcessResult missing = sandbox.run(
        training({QStringLiteral("import-completions"), sandbox.path(QStringLiteral("nope.csv"))}));
    CHECK(missing.exitCode == 5);

    const CliProcessResult unknownMapping = sandbox.run(training(
        {QStringLiteral("import-completions"), example(QStringLiteral("training-completions.csv")),
         QStringLiteral("--mapping"), QStringLiteral("Nobody's LMS")}));
    CHECK(unknownMapping.exitCode == 4);
    CHECK(unknownMapping.errText().contains(QStringLiteral("no saved mapping named")));

    const CliProcessResult badCourse =
        sandbox.run(training({QStringLiteral("course"), QStringLiteral("add"),
                              QStringLiteral("--title"), QStringLiteral("HIPAA onboarding"),
                              QStringLiteral("--kind"), QStringLiteral("hipaa_onboarding"),
                              QStringLiteral("--cadence"), QStringLiteral("at_hire")}));
    CHECK(badCourse.exitCode == 4); // the title is taken
    const CliProcessResult badCadence = sandbox.run(
        training({QStringLiteral("course"), QStringLiteral("add"), QStringLiteral("--title"),
                  QStringLiteral("X"), QStringLiteral("--kind"), QStringLiteral("phishing"),
                  QStringLiteral("--cadence"), QStringLiteral("weekly")}));
    CHECK(badCadence.exitCode == 1);
}

TEST_CASE("palisade-cli: propose-mapping --save lets an LMS export import with --mapping",
          "[cli][training]")
{
    RiskCliSandbox sandbox;
    importExamples(sandbox);
    const QString lms = sandbox.writeFile(QStringLiteral("lms.csv"),
                                          "Emp #,Learner,Course Title,Date Completed,Score (%)\n"
                                          "E-1008,Greg Novak,Annual HIPAA refresher,2026-11-20,\n"
                                          "E-1007,Aisha Mensah,Security awareness,2026-11-21,94\n");
    const CliProcessResult proposed = runOk(
        sandbox, training({QStringLiteral("propose-mapping"), lms, QStringLiteral("--json")}));
    const QJsonObject proposal = proposed.json().object();
    CHECK(proposal.value(QStringLiteral("kind")).toString() == QStringLiteral("completions"));
    CHECK(
        proposal.value(QStringLiteral("mapping")).toObject().value(QStringLiteral("employee_id")) ==
        QStringLiteral("Emp #"));
    CHECK(proposal.value(QStringLiteral("missing_required")).toArray().isEmpty());

    const CliProcessResult withoutMapping =
        sandbox.run(training({QStringLiteral("import-completions"), lms}));
    CHECK(withoutMapping.exitCode == 4);

    runOk(sandbox, training({QStringLiteral("propose-mapping"), lms, QStringLiteral("--source"),
                             QStringLiteral("Acme LMS"), QStringLiteral("--save")}));
    const CliProcessResult imported = runOk(
        sandbox, training({QStringLiteral("import-completions"), lms, QStringLiteral("--mapping"),
                           QStringLiteral("Acme LMS"), QStringLiteral("--json")}));
    CHECK(imported.json().object().value(QStringLiteral("added")).toInt() == 2);
    CHECK(imported.json().object().value(QStringLiteral("source")).toString() ==
          QStringLiteral("Acme LMS"));

    const CliProcessResult due =
        runOk(sandbox, training({QStringLiteral("due"), QStringLiteral("--as-of"),
                                 QStringLiteral("2026-11-24"), QStringLiteral("--json")}));
    CHECK(itemFor(due.json().array(), QStringLiteral("Greg Novak"),
                  QStringLiteral("Annual HIPAA refresher"))
              .isEmpty());
}
