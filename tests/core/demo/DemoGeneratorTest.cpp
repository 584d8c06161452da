#include "core/demo/DemoGenerator.h"

#include "core/demo/DemoClock.h"
#include "core/incidents/BreachReporting.h"
#include "core/incidents/IncidentRegister.h"
#include "core/policies/PolicyRegister.h"
#include "core/policies/PolicyTemplateLibrary.h"
#include "core/program/Program.h"
#include "core/retention/RetentionRegister.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskRegister.h"
#include "core/training/PhishingRegister.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/SecretBuffer.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/support/TemporaryProgram.h"

#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>
#include <memory>

using namespace palisade;

namespace {

// A fixed "now", so two runs of the test see the same today.
const QDateTime now(QDate(2026, 5, 14), QTime(15, 30), Qt::UTC);

// A small demonstration, generated into its own file and left open.
class DemoFile
{
public:
    explicit DemoFile(quint32 seed)
        : m_settings(DemoSettings::forScale(DemoScale::Small, seed))
        , m_clock(DemoGenerator::startOf(m_settings, now))
    {
        ProgramProfile profile;
        profile.organization = QStringLiteral("Riverbend Coding Services");
        profile.officerName = QStringLiteral("Demo Officer");
        Result<std::unique_ptr<Program>> created =
            Program::create(m_dir.filePath(QStringLiteral("demo.palisade")),
                            SecretBuffer::fromString(test::fixturePassphrase()), profile, m_clock,
                            DemoGenerator::vault());
        REQUIRE(created.ok());
        m_program = std::move(created).value();
        Result<DemoTally> generated = DemoGenerator(*m_program, m_clock, m_settings, now).run();
        if (!generated)
            FAIL(generated.error().text().toStdString());
        m_tally = *generated;
    }

    Program& program() { return *m_program; }
    const DemoTally& tally() const { return m_tally; }
    QDate today() const { return now.toLocalTime().date(); }

private:
    QTemporaryDir m_dir;
    DemoSettings m_settings;
    DemoClock m_clock;
    std::unique_ptr<Program> m_program;
    DemoTally m_tally;
};

} // namespace

TEST_CASE("A small demonstration gives every area something to show", "[demo]")
{
    DemoFile demo(1);
    Program& program = demo.program();
    const QDate today = demo.today();
    const DemoTally& tally = demo.tally();

    for (const DemoTally::Item item :
         {DemoTally::Assets, DemoTally::Risks, DemoTally::RemediationTasks,
          DemoTally::Counterparties, DemoTally::Agreements, DemoTally::People, DemoTally::Courses,
          DemoTally::Completions, DemoTally::PhishingCampaigns, DemoTally::Policies,
          DemoTally::PolicyRevisions, DemoTally::PolicyApprovals, DemoTally::Acknowledgments,
          DemoTally::Incidents, DemoTally::Notifications, DemoTally::CorrectiveActions,
          DemoTally::LegalHolds}) {
        INFO(DemoTally::label(item).toStdString());
        CHECK(tally.count(item) > 0);
    }

    const std::vector<Asset> assets = *program.assets().assets();
    CHECK(assets.size() >= 12);
    const std::vector<Risk> risks = *program.risks().risks();
    CHECK(risks.size() >= 12);
    CHECK(std::any_of(risks.begin(), risks.end(), [](const Risk& r) {
        return r.status == RiskStatus::Accepted && !r.acceptance.approver.isEmpty() &&
               r.acceptance.expiresOn.isValid();
    }));
    const std::size_t vendors = program.counterparties().counterparties()->size();
    CHECK(vendors >= 15);
    CHECK(vendors <= 30);
    const std::vector<Person> people = *program.workforce().people();
    CHECK(people.size() >= 35);

    // Every starter template was adopted; some policies are due for review or in draft.
    const std::size_t templates = PolicyTemplateLibrary::load()->size();
    CHECK(program.policies().policies()->size() >= templates);

    // Overdue training, an expired BAA, an open breach with a notice still
    // ahead and one overdue, a legal hold, records past their retention.
    CHECK(!program.training().overdue(today)->empty());
    CHECK(tally.count(DemoTally::ExpiredAgreements) > 0);
    const std::vector<IncidentDeadline> deadlines = *BreachReporting(program).deadlines(today);
    CHECK(std::any_of(deadlines.begin(), deadlines.end(), [](const IncidentDeadline& d) {
        return !d.incidentClosed && !d.sent && d.daysLeft > 0;
    }));
    CHECK(std::any_of(deadlines.begin(), deadlines.end(),
                      [](const IncidentDeadline& d) { return d.overdue; }));
    const std::vector<Incident> incidents = *program.incidents().incidents();
    CHECK(incidents.size() >= 4);
    CHECK(incidents.size() <= 6);
    CHECK(std::any_of(incidents.begin(), incidents.end(),
                      [](const Incident& i) { return i.isClosed(); }));
    CHECK(!program.retention().holds()->empty());
    CHECK(tally.count(DemoTally::RecordsPastRetention) > 0);

    // Audit events span the years, in order, and the file is sound.
    const std::vector<AuditEvent> events = program.auditTrail().events(AuditQuery{});
    REQUIRE(!events.empty());
    CHECK(events.front().at.date() < today.addYears(-5));
    CHECK(std::is_sorted(events.begin(), events.end(),
                         [](const AuditEvent& a, const AuditEvent& b) { return a.at < b.at; }));
    CHECK(tally.count(DemoTally::AuditEvents) == program.auditTrail().count());
    CHECK(program.auditTrail().verify().intact);
    const IntegrityReport report = program.check();
    INFO(report.summary().toStdString());
    CHECK(report.ok());
}

TEST_CASE("The same seed and today give the same demonstration; another seed another", "[demo]")
{
    DemoFile first(7);
    DemoFile second(7);
    for (int i = 0; i < DemoTally::itemCount; ++i)
        CHECK(first.tally().count(DemoTally::Item(i)) == second.tally().count(DemoTally::Item(i)));

    const std::vector<Risk> a = *first.program().risks().risks();
    const std::vector<Risk> b = *second.program().risks().risks();
    REQUIRE(a.size() == b.size());
    for (const std::size_t k : {std::size_t(0), a.size() / 2, a.size() - 1}) {
        CHECK(a[k].title == b[k].title);
        CHECK(a[k].owner == b[k].owner);
        CHECK(a[k].status == b[k].status);
        CHECK(a[k].identifiedOn == b[k].identifiedOn);
        CHECK(a[k].updatedAt == b[k].updatedAt);
    }
    const std::vector<Person> peopleA = *first.program().workforce().people();
    const std::vector<Person> peopleB = *second.program().workforce().people();
    REQUIRE(peopleA.size() == peopleB.size());
    CHECK(peopleA.front().name == peopleB.front().name);
    CHECK(peopleA.back().hiredOn == peopleB.back().hiredOn);
    const std::vector<Agreement> agreementsA = *first.program().baas().agreements();
    const std::vector<Agreement> agreementsB = *second.program().baas().agreements();
    REQUIRE(agreementsA.size() == agreementsB.size());
    CHECK(agreementsA.back().title == agreementsB.back().title);
    CHECK(agreementsA.back().expiresOn == agreementsB.back().expiresOn);
    CHECK(first.program().auditTrail().headHash() == second.program().auditTrail().headHash());

    DemoFile other(8);
    const std::vector<Person> peopleC = *other.program().workforce().people();
    QStringList namesA;
    QStringList namesC;
    for (const Person& p : peopleA)
        namesA << p.name;
    for (const Person& p : peopleC)
        namesC << p.name;
    CHECK(namesA != namesC);
}
