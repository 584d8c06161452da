#include "core/demo/DemoWorkforceGenerator.h"

#include "core/demo/DemoContext.h"
#include "core/demo/DemoFailure.h"
#include "core/demo/DemoNames.h"
#include "core/demo/DemoRecords.h"
#include "core/demo/DemoSettings.h"
#include "core/demo/DemoTally.h"
#include "core/demo/DemoTimeline.h"
#include "core/program/Program.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/Sha256.h"

#include <QRegularExpression>
#include <map>

namespace palisade {
namespace {

QString domainOf(const QString& organization)
{
    QString word = organization.section(QLatin1Char(' '), 0, 0).toLower();
    word.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    return (word.isEmpty() ? QStringLiteral("example") : word) + QStringLiteral(".example");
}

} // namespace

DemoWorkforceGenerator::DemoWorkforceGenerator(DemoContext& context)
    : m_context(context)
    , m_random(context.settings.seed, "workforce")
    , m_domain(domainOf(context.program.profile().organization))
{
}

DemoWorkforceGenerator::Planned DemoWorkforceGenerator::plannedPerson(const QString& name,
                                                                      const QString& department,
                                                                      const QDate& hiredOn)
{
    Planned planned;
    Person& person = planned.person;
    person.employeeId = QStringLiteral("E-%1").arg(m_nextEmployee++);
    person.name = name;
    person.email = DemoNames::mailbox(name) + QLatin1Char('@') + m_domain;
    person.department = department;
    person.hiredOn = hiredOn;
    for (const DemoDepartment& each : DemoNames::departments()) {
        if (each.name != department)
            continue;
        person.roles = each.roles;
        if (m_random.percent(each.remoteCoderPercent))
            person.roles << QStringLiteral("remote_coder");
    }
    if (!person.roles.isEmpty() || department == QStringLiteral("Release of Information") ||
        department == QStringLiteral("Client Services"))
        person.phiAccessOn = hiredOn.addDays(m_random.between(0, 3));
    return planned;
}

void DemoWorkforceGenerator::planPeople()
{
    const DemoContext& c = m_context;
    const QDate first = c.first;
    DemoRecords& records = m_context.records;
    struct Lead
    {
        QString* name;
        const char* department;
        QStringList roles;
    };
    const Lead leads[] = {
        {&records.officer, "Compliance and Privacy", {QStringLiteral("privacy_officer")}},
        {&records.securityLead,
         "Information Technology",
         {QStringLiteral("security_officer"), QStringLiteral("system_administrator")}},
        {&records.chiefExecutive, "Executive Office", {QStringLiteral("manager")}},
        {&records.itManager,
         "Information Technology",
         {QStringLiteral("manager"), QStringLiteral("system_administrator")}},
        {&records.codingManager,
         "Outpatient Coding",
         {QStringLiteral("manager"), QStringLiteral("coder")}},
        {&records.billingManager,
         "Billing and Claims",
         {QStringLiteral("manager"), QStringLiteral("billing")}},
        {&records.complianceAnalyst, "Compliance and Privacy", {}},
    };
    for (const Lead& lead : leads) {
        if (lead.name->isEmpty())
            *lead.name = DemoNames::personName(m_random);
        Planned planned = plannedPerson(*lead.name, QString::fromLatin1(lead.department),
                                        first.addDays(-m_random.between(400, 3000)));
        planned.person.roles = lead.roles;
        planned.person.phiAccessOn = planned.person.hiredOn;
        m_planned.push_back(planned);
    }

    int weights = 0;
    for (const DemoDepartment& each : DemoNames::departments())
        weights += each.weight;
    const int staff = std::max(0, c.settings.people - int(m_planned.size()));
    const int initial = staff * 62 / 100;
    const int span = int(first.daysTo(c.last));
    for (int i = 0; i < staff; ++i) {
        int draw = m_random.between(0, weights - 1);
        const DemoDepartment* department = &DemoNames::departments().front();
        for (const DemoDepartment& each : DemoNames::departments()) {
            if (draw < each.weight) {
                department = &each;
                break;
            }
            draw -= each.weight;
        }
        // Those on file at set-up were hired over the years before it; the
        // rest join evenly over the simulated years.
        const QDate hired = i < initial ? first.addDays(-m_random.between(20, 2600))
                                        : first.addDays(1 + m_random.between(0, span - 1));
        Planned planned = plannedPerson(DemoNames::personName(m_random), department->name, hired);
        if (m_random.percent(c.settings.terminatedPercent)) {
            const QDate earliest = std::max(hired, first).addDays(90);
            if (earliest < c.last)
                planned.terminatedOn = m_random.dayBetween(earliest, c.last);
        }
        m_planned.push_back(planned);
    }
}

void DemoWorkforceGenerator::plan()
{
    planPeople();
    const DemoContext& c = m_context;
    // Who is on file at set-up, then each month's new hires on the 1st.
    std::vector<std::size_t> initial;
    std::map<QDate, std::vector<std::size_t>> monthly;
    for (std::size_t i = 0; i < m_planned.size(); ++i) {
        const QDate hired = m_planned[i].person.hiredOn;
        if (hired <= c.first) {
            initial.push_back(i);
            continue;
        }
        QDate importOn(hired.year(), hired.month(), 1);
        importOn = importOn.addMonths(1);
        if (importOn > c.last)
            importOn = c.last;
        monthly[importOn].push_back(i);
    }
    m_context.timeline.at(
        c.first, [this, initial] { importPeople(initial, QStringLiteral("hr-roster.csv")); });
    for (auto& [day, indexes] : monthly) {
        const QString file = QStringLiteral("hr-new-hires-%1.csv").arg(day.toString(u"yyyy-MM"));
        m_context.timeline.at(day,
                              [this, indexes = indexes, file] { importPeople(indexes, file); });
    }
}

void DemoWorkforceGenerator::importPeople(std::vector<std::size_t> indexes, const QString& fileName)
{
    if (indexes.empty())
        return;
    std::vector<Person> rows;
    rows.reserve(indexes.size());
    for (const std::size_t i : indexes)
        rows.push_back(m_planned[i].person);
    ImportBatch batch;
    batch.sourceName = QStringLiteral("HR export");
    batch.fileName = fileName;
    batch.fileSha256 = sha256Hex((fileName + QString::number(m_context.settings.seed)).toUtf8());
    batch.rows = int(rows.size());
    const PeopleImport imported =
        need(m_context.program.workforce().importPeople(batch, std::move(rows)));
    for (std::size_t k = 0; k < indexes.size() && k < imported.addedIds.size(); ++k) {
        const Planned& planned = m_planned[indexes[k]];
        DemoPerson person;
        person.id = imported.addedIds[k];
        person.name = planned.person.name;
        person.department = planned.person.department;
        person.roles = planned.person.roles;
        person.hiredOn = planned.person.hiredOn;
        m_context.records.people.push_back(person);
        const std::size_t recordIndex = m_context.records.people.size() - 1;
        if (planned.terminatedOn.isValid()) {
            m_context.timeline.at(planned.terminatedOn,
                                  [this, recordIndex, id = person.id, on = planned.terminatedOn] {
                                      terminate(recordIndex, id, on);
                                  });
        }
        m_context.tally.add(DemoTally::People);
        if (m_hired)
            m_hired(m_context.records.people.back());
    }
}

void DemoWorkforceGenerator::terminate(std::size_t recordIndex, qint64 personId, const QDate& on)
{
    Person person = need(m_context.program.workforce().person(personId));
    person.status = PersonStatus::Terminated;
    person.terminatedOn = on;
    need(m_context.program.workforce().updatePerson(person));
    m_context.records.people[recordIndex].terminatedOn = on;
}

} // namespace palisade
