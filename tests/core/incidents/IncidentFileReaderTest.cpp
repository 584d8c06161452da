#include "core/incidents/IncidentFileReader.h"

#include "core/incidents/BreachNotificationRules.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/incidents/IncidentSamples.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

const QDate today(2026, 11, 24);

Asset asset(qint64 id, const QString& name)
{
    Asset value;
    value.id = id;
    value.name = name;
    return value;
}

Counterparty counterparty(qint64 id, const QString& name)
{
    Counterparty value;
    value.id = id;
    value.name = name;
    return value;
}

// The assets and counterparties of docs/examples, as a program that
// imported them holds them.
IncidentFileReader reader(std::vector<Incident> existing = {})
{
    return IncidentFileReader(
        {asset(1, QStringLiteral("Clinic EHR")), asset(2, QStringLiteral("Coding workstations")),
         asset(3, QStringLiteral("Billing service")), asset(4, QStringLiteral("Referral fax"))},
        {counterparty(11, QStringLiteral("Lakeside Family Clinic")),
         counterparty(12, QStringLiteral("Harbor Orthopedic Associates")),
         counterparty(13, QStringLiteral("ClearPath Claims Exchange"))},
        std::move(existing), today);
}

QString example(const QString& name)
{
    const QDir tests = QFileInfo(QStringLiteral(__FILE__)).dir();
    return QDir::cleanPath(
        tests.filePath(QStringLiteral("../../../docs/examples/incidents/") + name));
}

const char* const minimal = R"({"title": "Lost badge", "kind": "other",
                                "discovered_on": "2026-11-02"})";

// The problems of a file the reader refuses, one per line.
QStringList problemsOf(const QByteArray& json, const IncidentFileReader& with = reader())
{
    Result<std::vector<IncidentFileReader::Entry>> read = with.parse(json);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().kind == ErrorKind::Invalid);
    return read.error().message.split(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("IncidentFileReader reads one incident with everything that comes with it",
          "[incidents][file]")
{
    Result<std::vector<IncidentFileReader::Entry>> read =
        reader().read(example(QStringLiteral("stolen-laptop.json")));
    INFO((read.ok() ? QString() : read.error().message).toStdString());
    REQUIRE(read.ok());
    REQUIRE(read->size() == 1);
    const IncidentFileReader::Entry& entry = read->front();
    const Incident& incident = entry.incident;
    CHECK(incident.title ==
          QStringLiteral("Unencrypted coding laptop stolen from an employee's car"));
    CHECK(incident.kind == IncidentKind::LostOrStolenDevice);
    CHECK(incident.occurredOn == QDate(2026, 10, 4));
    CHECK(incident.discoveredOn == QDate(2026, 10, 5));
    CHECK_FALSE(incident.closedOn.isValid());
    CHECK(incident.assetIds == std::vector<qint64>{2});
    CHECK(incident.coveredEntityIds == std::vector<qint64>{11});
    CHECK(incident.notifiesForCoveredEntity);
    CHECK(incident.phiTypes.size() == 5);
    CHECK_FALSE(incident.phiSecured);
    CHECK(incident.affected ==
          std::vector<JurisdictionCount>{{QStringLiteral("FL"), 612}, {QStringLiteral("GA"), 40}});
    CHECK(incident.totalAffected() == 652);
    REQUIRE(incident.assessment.has_value());
    CHECK_FALSE(incident.assessment->lowProbability);
    CHECK(incident.assessment->answers[BreachAssessment::NatureAndExtent].rating ==
          FactorRating::High);
    CHECK(incident.assessment->answers[BreachAssessment::AcquiredOrViewed].rating ==
          FactorRating::Moderate);
    CHECK(incident.assessment->assessedOn == QDate(2026, 10, 9));
    CHECK(BreachNotificationRules::status(incident) == BreachStatus::Breach);

    REQUIRE(entry.notifications.size() == 2);
    CHECK(entry.notifications[0].recipient == NotificationRecipient::CoveredEntity);
    CHECK(entry.notifications[0].counterpartyId == 11);
    CHECK(entry.notifications[0].sentOn == QDate(2026, 10, 7));
    CHECK(entry.notifications[1].recipient == NotificationRecipient::Individuals);
    CHECK(entry.notifications[1].method == QStringLiteral("first-class mail"));
    REQUIRE(entry.actions.size() == 2);
    CHECK(entry.actions[0].owner == QStringLiteral("Marcus Bell"));
    CHECK(entry.actions[0].dueOn == QDate(2026, 11, 30));
    CHECK_FALSE(entry.actions[0].doneOn.isValid());
    CHECK(entry.actions[1].doneOn == QDate(2026, 10, 20));
}

TEST_CASE("IncidentFileReader reads every shipped example", "[incidents][file]")
{
    const struct
    {
        const char* file;
        BreachStatus status;
    } examples[] = {
        {"misdirected-remittance.json", BreachStatus::LowProbability},
        {"stolen-laptop.json", BreachStatus::Breach},
        {"phishing-mailbox.json", BreachStatus::PresumedBreach},
        {"lost-phone.json", BreachStatus::SecuredPhi},
    };
    for (const auto& each : examples) {
        INFO(each.file);
        Result<std::vector<IncidentFileReader::Entry>> read =
            reader().read(example(QLatin1String(each.file)));
        INFO((read.ok() ? QString() : read.error().message).toStdString());
        REQUIRE(read.ok());
        REQUIRE(read->size() == 1);
        CHECK(BreachNotificationRules::status(read->front().incident) == each.status);
    }
}

TEST_CASE("IncidentFileReader reads several incidents, names ignoring case and ids",
          "[incidents][file]")
{
    Result<std::vector<IncidentFileReader::Entry>> read = reader().parse(R"({"incidents": [
        {"title": "Lost badge", "kind": "other", "discovered_on": "2026-11-02",
         "assets": ["referral FAX", 3], "covered_entities": ["12"], "contained_on": null},
        {"title": "Fax to the wrong number", "kind": "misdirected-communication",
         "discovered_on": "2026-11-03", "occurred_on": "", "affected": {"ga": 3}}
    ]})");
    INFO((read.ok() ? QString() : read.error().message).toStdString());
    REQUIRE(read.ok());
    REQUIRE(read->size() == 2);
    CHECK(read->at(0).incident.assetIds == std::vector<qint64>{3, 4});
    CHECK(read->at(0).incident.coveredEntityIds == std::vector<qint64>{12});
    CHECK_FALSE(read->at(0).incident.containedOn.isValid());
    CHECK(read->at(1).incident.kind == IncidentKind::MisdirectedCommunication);
    CHECK_FALSE(read->at(1).incident.occurredOn.isValid());
    CHECK(read->at(1).incident.affected ==
          std::vector<JurisdictionCount>{{QStringLiteral("GA"), 3}});
}

TEST_CASE("IncidentFileReader refuses what is not an incident file", "[incidents][file]")
{
    CHECK(problemsOf("{\"title\": ")
              .first()
              .startsWith(QStringLiteral("The file is not valid JSON")));
    CHECK(problemsOf("[]").first().contains(QStringLiteral("one incident")));
    CHECK(problemsOf(R"({"incidents": {}})") ==
          QStringList{QStringLiteral("incidents: not a list ([...])")});
    CHECK(problemsOf(R"({"incidents": []})") ==
          QStringList{QStringLiteral("incidents: the list is empty")});
    CHECK(problemsOf(R"({"incidents": [42]})") ==
          QStringList{QStringLiteral("incidents[0]: not an object ({...})")});
    CHECK(problemsOf(R"({"incidents": [], "title": "x"})")
              .contains(QStringLiteral("title: unknown key")));
}

TEST_CASE("IncidentFileReader names the place of a bad date", "[incidents][file]")
{
    const QStringList problems = problemsOf(R"({"incidents": [
        {"title": "Lost badge", "kind": "other", "discovered_on": "2026-11-02"},
        {"title": "Fax", "kind": "other", "discovered_on": "11/03/2026"}
    ]})");
    CHECK(problems ==
          QStringList{QStringLiteral("incidents[1].discovered_on: not a date (YYYY-MM-DD)")});
    CHECK(problemsOf(R"({"title": "x", "kind": "other", "discovered_on": "2026-02-30"})") ==
          QStringList{QStringLiteral("discovered_on: not a date (YYYY-MM-DD)")});
    CHECK(problemsOf(R"({"title": "x", "kind": "other", "discovered_on": 20261102})") ==
          QStringList{QStringLiteral("discovered_on: not a date (YYYY-MM-DD)")});
}

TEST_CASE("IncidentFileReader refuses unknown keys at every level", "[incidents][file]")
{
    CHECK(problemsOf(R"({"title": "x", "kind": "other", "discovered_on": "2026-11-02",
                         "discoverd_on": "2026-11-01"})") ==
          QStringList{QStringLiteral("discoverd_on: unknown key")});
    const QStringList nested = problemsOf(R"({"incidents": [{"title": "x", "kind": "other",
        "discovered_on": "2026-11-02",
        "notifications": [{"recipient": "individuals", "sent_on": "2026-11-03",
                           "method": "mail", "letter": "..."}],
        "actions": [{"title": "Fix", "due": "2026-12-01"}],
        "assessment": {"nature": {"rating": "low", "narrative": "n", "score": 1}}}]})");
    CHECK(nested.contains(QStringLiteral("incidents[0].notifications[0].letter: unknown key")));
    CHECK(nested.contains(QStringLiteral("incidents[0].actions[0].due: unknown key")));
    CHECK(nested.contains(QStringLiteral("incidents[0].assessment.nature.score: unknown key")));
}

TEST_CASE("IncidentFileReader checks the type of every value", "[incidents][file]")
{
    const QStringList problems = problemsOf(R"({"title": 12, "kind": "other",
        "discovered_on": "2026-11-02", "phi_secured": "yes", "assets": "Clinic EHR",
        "phi_types": ["Names", 3], "affected": {"FL": "600", "GA": -1, "AL": 2.5},
        "assessment": [], "notifications": [7]})");
    CHECK(problems.contains(QStringLiteral("title: not a string")));
    CHECK(problems.contains(QStringLiteral("phi_secured: not true or false")));
    CHECK(problems.contains(QStringLiteral("assets: not a list ([...])")));
    CHECK(problems.contains(QStringLiteral("phi_types[1]: not a string")));
    CHECK(
        problems.contains(QStringLiteral("affected.FL: not a number of individuals (0 or more)")));
    CHECK(
        problems.contains(QStringLiteral("affected.GA: not a number of individuals (0 or more)")));
    CHECK(
        problems.contains(QStringLiteral("affected.AL: not a number of individuals (0 or more)")));
    CHECK(problems.contains(QStringLiteral("assessment: not an object ({...})")));
    CHECK(problems.size() == 8);
}

TEST_CASE("IncidentFileReader refuses unknown kinds, names and ids", "[incidents][file]")
{
    const QStringList kind = problemsOf(R"({"title": "x", "discovered_on": "2026-11-02",
                                            "kind": "burglary"})");
    REQUIRE(kind.size() == 1);
    CHECK(kind.first().startsWith(QStringLiteral("kind: unknown kind \"burglary\" (one of ")));
    CHECK(kind.first().contains(QStringLiteral("lost_or_stolen_device")));
    CHECK(problemsOf(R"({"title": "x", "discovered_on": "2026-11-02"})")
              .first()
              .startsWith(QStringLiteral("kind: missing; give ")));

    const QStringList names = problemsOf(R"({"title": "x", "kind": "other",
        "discovered_on": "2026-11-02", "assets": ["Coding laptops", 99, true],
        "covered_entities": ["Northfield Pediatrics", 12]})");
    CHECK(names ==
          QStringList{QStringLiteral("assets[0]: no asset named \"Coding laptops\""),
                      QStringLiteral("assets[1]: no asset with id 99"),
                      QStringLiteral("assets[2]: not a name or an id"),
                      QStringLiteral("covered_entities[0]: no counterparty named \"Northfield "
                                     "Pediatrics\"")});
}

TEST_CASE("IncidentFileReader applies the incident rules, with the place", "[incidents][file]")
{
    const QStringList problems = problemsOf(R"({"incidents": [
        {"title": "ok", "kind": "other", "discovered_on": "2026-11-02"},
        {"title": "", "kind": "other", "discovered_on": "2026-12-01", "phi_secured": true,
         "affected": {"FLA": 3}}
    ]})");
    CHECK(problems.contains(QStringLiteral("incidents[1]: Give the incident a title.")));
    CHECK(problems.contains(
        QStringLiteral("incidents[1]: The date it was discovered, 2026-12-01, is in the future.")));
    CHECK(std::any_of(problems.begin(), problems.end(), [](const QString& problem) {
        return problem.startsWith(QStringLiteral("incidents[1]: Say why the PHI was secured"));
    }));
    CHECK(problems.contains(
        QStringLiteral("incidents[1]: \"FLA\" is not a two-letter State or jurisdiction code.")));
    CHECK(std::none_of(problems.begin(), problems.end(), [](const QString& problem) {
        return problem.startsWith(QStringLiteral("incidents[0]"));
    }));
}

TEST_CASE("IncidentFileReader checks the assessment", "[incidents][file]")
{
    const QStringList problems = problemsOf(R"({"title": "x", "kind": "other",
        "discovered_on": "2026-11-02",
        "assessment": {"nature": {"rating": "severe", "narrative": "n"},
                       "unauthorized_person": {"narrative": "n"},
                       "mitigation": {"rating": "low", "narrative": "n"},
                       "conclusion": "c", "assessed_by": "Dana", "assessed_on": "2026-11-03"}})");
    CHECK(std::any_of(problems.begin(), problems.end(), [](const QString& problem) {
        return problem.startsWith(
            QStringLiteral("assessment.nature.rating: unknown rating \"severe\" (one of low, "
                           "moderate, high)"));
    }));
    CHECK(std::any_of(problems.begin(), problems.end(), [](const QString& problem) {
        return problem.startsWith(QStringLiteral("assessment.unauthorized_person.rating: missing"));
    }));
    CHECK(std::any_of(problems.begin(), problems.end(), [](const QString& problem) {
        return problem.startsWith(QStringLiteral("assessment.acquired_or_viewed: missing"));
    }));
    CHECK(std::any_of(problems.begin(), problems.end(), [](const QString& problem) {
        return problem.startsWith(QStringLiteral("assessment.low_probability: missing"));
    }));

    const QStringList early = problemsOf(R"({"title": "x", "kind": "other",
        "discovered_on": "2026-11-02",
        "assessment": {"nature": {"rating": "low", "narrative": "n"},
                       "unauthorized_person": {"rating": "low", "narrative": "n"},
                       "acquired_or_viewed": {"rating": "low", "narrative": ""},
                       "mitigation": {"rating": "low", "narrative": "n"}, "low_probability": true,
                       "conclusion": "c", "assessed_by": "Dana", "assessed_on": "2026-11-01"}})");
    CHECK(early.size() == 2);
    CHECK(early.contains(QStringLiteral("assessment: The assessment (2026-11-01) cannot come "
                                        "before the incident was discovered (2026-11-02).")));
    CHECK(early.contains(
        QStringLiteral("assessment: Explain the rating of the factor \"Acquired or viewed\".")));
}

TEST_CASE("IncidentFileReader checks the notices and corrective actions", "[incidents][file]")
{
    const QStringList problems = problemsOf(R"({"title": "x", "kind": "other",
        "discovered_on": "2026-11-02", "covered_entities": ["Lakeside Family Clinic"],
        "notifications": [
            {"sent_on": "2026-11-03", "method": "mail"},
            {"recipient": "press", "sent_on": "2026-11-03", "method": "mail"},
            {"recipient": "individuals", "counterparty": "Lakeside Family Clinic",
             "sent_on": "2026-11-03", "method": "mail"},
            {"recipient": "covered_entity", "counterparty": "Harbor Orthopedic Associates",
             "sent_on": "2026-11-03", "method": "email"},
            {"recipient": "media", "sent_on": "2026-11-01", "method": "press release"}
        ],
        "actions": [{"title": "Encrypt laptops", "done_on": "2026-12-01"}, {"owner": "Sam"}]})");
    CHECK(std::any_of(problems.begin(), problems.end(), [](const QString& problem) {
        return problem.startsWith(QStringLiteral("notifications[0].recipient: missing; give "));
    }));
    CHECK(std::any_of(problems.begin(), problems.end(), [](const QString& problem) {
        return problem.startsWith(
            QStringLiteral("notifications[1].recipient: unknown recipient \"press\""));
    }));
    CHECK(problems.contains(QStringLiteral(
        "notifications[2].counterparty: only a notice to a covered entity names a counterparty")));
    CHECK(problems.contains(QStringLiteral("notifications[3]: the counterparty notified is not "
                                           "among the incident's covered_entities")));
    CHECK(problems.contains(QStringLiteral("notifications[4]: The notice (2026-11-01) cannot be "
                                           "sent before the incident was discovered "
                                           "(2026-11-02).")));
    CHECK(std::any_of(problems.begin(), problems.end(), [](const QString& problem) {
        return problem.startsWith(QStringLiteral("notifications[4]: Name the State"));
    }));
    CHECK(problems.contains(
        QStringLiteral("actions[0]: The date it was done, 2026-12-01, is in the future.")));
    CHECK(problems.contains(QStringLiteral("actions[1]: Say what the corrective action is.")));
}

TEST_CASE("IncidentFileReader refuses an incident already on file or twice in the file",
          "[incidents][file]")
{
    Incident onFile;
    onFile.id = 4;
    onFile.title = QStringLiteral("Lost  badge");
    onFile.discoveredOn = QDate(2026, 11, 2);
    CHECK(problemsOf(minimal, reader({onFile})) ==
          QStringList{QStringLiteral("INC-0004 has the same title and discovery date and is on "
                                     "file already")});

    const QStringList twice = problemsOf(R"({"incidents": [
        {"title": "Lost badge", "kind": "other", "discovered_on": "2026-11-02"},
        {"title": "LOST BADGE", "kind": "other", "discovered_on": "2026-11-02"}]})");
    CHECK(twice == QStringList{QStringLiteral(
                       "incidents[1]: the same title and discovery date as incidents[0]")});
    CHECK(reader({onFile})
              .parse(R"({"title": "Lost badge", "kind": "other",
                                     "discovered_on": "2026-11-03"})")
              .ok());
}

TEST_CASE("IncidentFileReader reports a missing file as an I/O error", "[incidents][file]")
{
    QTemporaryDir dir;
    Result<std::vector<IncidentFileReader::Entry>> read =
        reader().read(QDir(dir.path()).filePath(QStringLiteral("none.json")));
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().kind == ErrorKind::Io);
}

TEST_CASE_METHOD(IncidentFixture, "IncidentFileReader reads names from the program",
                 "[incidents][file]")
{
    const qint64 clinicId = program.counterparties().add(clinic()).value().id;
    setIncidentToday(fixture, today);
    Incident existing = misdirectedRemittance();
    REQUIRE(incidents.add(existing).ok());

    Result<IncidentFileReader> fromProgram = IncidentFileReader::fromProgram(program);
    REQUIRE(fromProgram.ok());
    Result<std::vector<IncidentFileReader::Entry>> read = fromProgram->parse(
        R"({"title": "Lost badge", "kind": "other", "discovered_on": "2026-11-02",
            "covered_entities": ["lakeside family clinic"]})");
    REQUIRE(read.ok());
    CHECK(read->front().incident.coveredEntityIds == std::vector<qint64>{clinicId});
    CHECK_FALSE(fromProgram
                    ->parse(R"({"title": "Remittance sent to the wrong clinic", "kind": "other",
                                "discovered_on": "2026-02-23"})")
                    .ok());
}
