#include "core/demo/DemoTrainingGenerator.h"

#include "core/demo/DemoClock.h"
#include "core/demo/DemoContext.h"
#include "core/demo/DemoFailure.h"
#include "core/demo/DemoRecords.h"
#include "core/demo/DemoSettings.h"
#include "core/demo/DemoTally.h"
#include "core/demo/DemoTimeline.h"
#include "core/program/Program.h"
#include "core/training/PhishingRegister.h"
#include "core/training/TrainingRegister.h"
#include "core/util/Sha256.h"

namespace palisade {
namespace {

const QString attestation = QStringLiteral(
    "I completed this course and understand my obligations under the HIPAA Privacy and Security "
    "Rules and the policies of my employer.");

Course course(const char* title, CourseKind kind, Cadence cadence, int months,
              QStringList roles = {}, std::optional<int> passing = std::nullopt)
{
    Course c;
    c.title = QString::fromUtf8(title);
    c.kind = kind;
    c.cadence = cadence;
    c.cadenceMonths = months;
    c.roles = std::move(roles);
    c.passingScore = passing;
    return c;
}

} // namespace

DemoTrainingGenerator::DemoTrainingGenerator(DemoContext& context)
    : m_context(context)
    , m_random(context.settings.seed, "training")
{
}

bool DemoTrainingGenerator::applies(const Course& c, const DemoPerson& person) const
{
    if (c.roles.isEmpty())
        return true;
    for (const QString& role : c.roles) {
        if (person.roles.contains(role))
            return true;
    }
    return false;
}

void DemoTrainingGenerator::plan()
{
    const DemoContext& c = m_context;
    m_context.timeline.at(c.first.addDays(1), [this] { addCourses(); });
    m_context.timeline.at(c.first.addDays(2), [this] { importLegacy(); });
    QDate from = c.first.addDays(1);
    QDate importOn(from.year(), from.month(), 1);
    importOn = importOn.addMonths(1).addDays(2);
    while (importOn <= c.last) {
        const QDate to = QDate(importOn.year(), importOn.month(), 1).addDays(-1);
        const QString file = QStringLiteral("lms-completions-%1.csv").arg(to.toString(u"yyyy-MM"));
        m_context.timeline.at(importOn, [this, to, file] { importMonth(to, file); });
        from = to.addDays(1);
        importOn = importOn.addMonths(1);
    }
    if (from <= c.last) {
        m_context.timeline.at(c.last, [this, last = c.last] {
            importMonth(last, QStringLiteral("lms-completions-latest.csv"));
        });
    }

    const int campaigns = c.settings.phishingCampaignsPerYear * c.settings.years;
    const QDate start = c.first.addDays(45);
    const qint64 span = start.daysTo(c.last.addDays(-5));
    for (int i = 0; i < campaigns && span > 0; ++i) {
        const QDate day = start.addDays(span * i / std::max(1, campaigns - 1));
        m_context.timeline.at(day, [this, day, i] { runCampaign(day, i); });
    }
}

void DemoTrainingGenerator::addCourses()
{
    const std::vector<Course> planned{
        course("HIPAA privacy and security onboarding", CourseKind::HipaaOnboarding,
               Cadence::AtHire, 12),
        course("Annual HIPAA refresher", CourseKind::AnnualRefresher, Cadence::EveryMonths, 12),
        course("Security awareness", CourseKind::SecurityAwareness, Cadence::EveryMonths, 12, {},
               80),
        course("Phishing awareness", CourseKind::Phishing, Cadence::EveryMonths, 6),
        course("Remote coder safeguards", CourseKind::RoleBased, Cadence::EveryMonths, 24,
               {QStringLiteral("remote_coder")}),
        course("Coding compliance and documentation integrity", CourseKind::RoleBased,
               Cadence::EveryMonths, 12, {QStringLiteral("coder")}),
        course("Billing compliance and the minimum necessary", CourseKind::RoleBased,
               Cadence::EveryMonths, 12, {QStringLiteral("billing")}),
        course("Incident response for administrators", CourseKind::RoleBased, Cadence::EveryMonths,
               12, {QStringLiteral("system_administrator")}),
    };
    for (Course each : planned) {
        each.description = QStringLiteral("Assigned in the learning system; completions are "
                                          "imported monthly.");
        m_courses.push_back(need(m_context.program.training().addCourse(each)));
    }
    if (!m_briefingPolicies.isEmpty()) {
        Course briefing = course("Policy change briefing", CourseKind::PolicyChangeBriefing,
                                 Cadence::OnPolicyChange, 12);
        briefing.policyIds = m_briefingPolicies;
        briefing.description = QStringLiteral(
            "A short briefing whenever the sanctions or workstation policy changes.");
        m_courses.push_back(need(m_context.program.training().addCourse(briefing)));
    }
    m_context.tally.add(DemoTally::Courses, qint64(m_courses.size()));
}

void DemoTrainingGenerator::personHired(const DemoPerson& person)
{
    const std::size_t index = m_context.records.people.size() - 1;
    if (m_courses.empty() || person.hiredOn <= m_context.first) {
        m_waitingPeople.push_back(index);
        return;
    }
    const QDate start = person.hiredOn;
    for (std::size_t k = 0; k < m_courses.size(); ++k) {
        const Course& c = m_courses[k];
        if (!applies(c, person) || c.cadence == Cadence::OnPolicyChange)
            continue;
        QDate next;
        if (c.cadence == Cadence::AtHire) {
            // A few new hires are never trained.
            if (!m_random.percent(3))
                next = start.addDays(m_random.percent(8) ? m_random.between(15, 45)
                                                         : m_random.between(0, 6));
        } else {
            next = start.addMonths(c.cadenceMonths).addDays(-m_random.between(0, 25));
        }
        m_tracks.push_back(Track{index, k, next});
    }
    for (std::size_t k = 0; k < m_courses.size(); ++k) {
        if (m_courses[k].cadence == Cadence::OnPolicyChange)
            m_tracks.push_back(Track{index, k, QDate()});
    }
}

void DemoTrainingGenerator::briefingPolicyChanged(const QDate& day)
{
    m_briefingChanges.push_back(day);
    for (Track& track : m_tracks) {
        if (m_courses[track.course].cadence != Cadence::OnPolicyChange)
            continue;
        if (!m_context.records.people[track.person].onWorkforce(day))
            continue;
        if (track.next.isValid() && track.next <= day.addDays(30))
            continue;
        track.next =
            day.addDays(m_random.percent(8) ? m_random.between(35, 70) : m_random.between(2, 25));
    }
}

QDate DemoTrainingGenerator::nextAfter(const Course& c, const QDate& completed)
{
    if (c.cadence != Cadence::EveryMonths)
        return {};
    const QDate due = completed.addMonths(c.cadenceMonths);
    const int draw = m_random.between(0, 99);
    if (draw < 4)
        return due.addDays(m_random.between(60, 150)); // skipped a cycle for a while
    if (draw < 12)
        return due.addDays(m_random.between(3, 40));
    return due.addDays(-m_random.between(0, 28));
}

void DemoTrainingGenerator::addCompletion(std::vector<Completion>& rows, const Track& track,
                                          const QDate& on)
{
    const Course& c = m_courses[track.course];
    Completion row;
    row.personId = m_context.records.people[track.person].id;
    row.courseId = c.id;
    row.completedOn = on;
    if (c.passingScore)
        row.score = double(m_random.between(*c.passingScore, 100));
    if (c.kind == CourseKind::HipaaOnboarding || c.kind == CourseKind::AnnualRefresher) {
        row.attestationText = attestation;
        row.attestedAt = QDateTime(on, QTime(11, 15), Qt::UTC);
    }
    rows.push_back(row);
}

void DemoTrainingGenerator::importLegacy()
{
    // People on file at set-up bring their history from the previous learning
    // system, some of it older than six years.
    std::vector<Completion> rows;
    const QDate first = m_context.first;
    for (const std::size_t index : m_waitingPeople) {
        const DemoPerson& person = m_context.records.people[index];
        for (std::size_t k = 0; k < m_courses.size(); ++k) {
            const Course& c = m_courses[k];
            if (!applies(c, person) || c.cadence == Cadence::OnPolicyChange) {
                if (c.cadence == Cadence::OnPolicyChange)
                    m_tracks.push_back(Track{index, k, QDate()});
                continue;
            }
            Track track{index, k, QDate()};
            if (c.cadence == Cadence::AtHire) {
                addCompletion(rows, track, person.hiredOn.addDays(m_random.between(0, 6)));
                continue;
            }
            QDate last = first.addDays(-m_random.between(1, c.cadenceMonths * 30 - 20));
            if (last <= person.hiredOn)
                last = person.hiredOn.addDays(m_random.between(5, 20));
            if (last >= first)
                last = first.addDays(-1);
            const QDate earlier = last.addMonths(-c.cadenceMonths);
            if (earlier > person.hiredOn)
                addCompletion(rows, track, earlier);
            addCompletion(rows, track, last);
            track.next = nextAfter(c, last);
            m_tracks.push_back(track);
        }
    }
    m_waitingPeople.clear();
    if (rows.empty())
        return;
    ImportBatch batch;
    batch.sourceName = QStringLiteral("Previous LMS");
    batch.fileName = QStringLiteral("lms-history.csv");
    batch.fileSha256 =
        sha256Hex((batch.fileName + QString::number(m_context.settings.seed)).toUtf8());
    batch.rows = int(rows.size());
    const CompletionImport done =
        need(m_context.program.training().importCompletions(batch, std::move(rows)));
    m_context.tally.add(DemoTally::Completions, qint64(done.addedIds.size()));
}

void DemoTrainingGenerator::importMonth(const QDate& to, const QString& fileName)
{
    std::vector<Completion> rows;
    for (Track& track : m_tracks) {
        const DemoPerson& person = m_context.records.people[track.person];
        const Course& c = m_courses[track.course];
        while (track.next.isValid() && track.next <= to) {
            if (person.terminatedOn.isValid() && track.next > person.terminatedOn) {
                track.next = QDate();
                break;
            }
            const QDate on = track.next;
            addCompletion(rows, track, on);
            Completion& row = rows.back();
            if (c.passingScore && m_random.percent(5)) {
                row.score = double(m_random.between(55, *c.passingScore - 1));
                row.passed = false;
                track.next = on.addDays(m_random.between(2, 6));
            } else {
                track.next = nextAfter(c, on);
            }
        }
    }
    if (rows.empty())
        return;
    ImportBatch batch;
    batch.sourceName = QStringLiteral("LMS export");
    batch.fileName = fileName;
    batch.fileSha256 = sha256Hex((fileName + QString::number(m_context.settings.seed)).toUtf8());
    batch.rows = int(rows.size());
    const CompletionImport done =
        need(m_context.program.training().importCompletions(batch, std::move(rows)));
    m_context.tally.add(DemoTally::Completions, qint64(done.addedIds.size()));
}

void DemoTrainingGenerator::runCampaign(const QDate& day, int index)
{
    static const QStringList templates = {
        QStringLiteral("Package delivery failed"),
        QStringLiteral("Payroll direct deposit update"),
        QStringLiteral("Shared chart documents from a clinic"),
        QStringLiteral("EHR password expires today"),
        QStringLiteral("Payer remittance portal sign-in"),
        QStringLiteral("Benefits enrollment reminder"),
        QStringLiteral("Voicemail from a client practice"),
        QStringLiteral("Overdue invoice from a vendor"),
    };
    int onStaff = 0;
    for (const DemoPerson& person : m_context.records.people)
        onStaff += person.onWorkforce(day) ? 1 : 0;
    if (onStaff == 0)
        return;
    const double progress = double(m_context.first.daysTo(day)) /
                            double(std::max<qint64>(1, m_context.first.daysTo(m_context.last)));
    const double clickRate =
        std::max(0.02, 0.17 - 0.12 * progress + (m_random.unit() - 0.5) * 0.04);
    const double reportRate =
        std::min(0.6, 0.08 + 0.32 * progress + (m_random.unit() - 0.5) * 0.05);
    PhishingCampaign campaign;
    campaign.runOn = day;
    campaign.templateName = templates[index % templates.size()];
    campaign.recipients = onStaff;
    campaign.clicked = std::min(onStaff, int(onStaff * clickRate + 0.5));
    campaign.reported = std::min(onStaff, int(onStaff * reportRate + 0.5));
    campaign.trainedAfterClick = campaign.clicked * m_random.between(70, 100) / 100;
    campaign.notes = QStringLiteral("Those who clicked were enrolled in the phishing module.");
    need(m_context.program.phishing().addCampaign(campaign));
    m_context.tally.add(DemoTally::PhishingCampaigns);
}

} // namespace palisade
