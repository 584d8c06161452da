// How the training matrix holds up for a large workforce: 5,000 people, 12
// courses and six years of completions (about 300,000 rows) in a real
// encrypted file; the whole matrix as of a day, the overdue list and the
// matrix exports. Target: the matrix as of a day in under one second.
// Run by hand on a Release build:
//   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DPALISADE_BUILD_BENCH=ON
//   cmake --build build-bench --target TrainingMatrixBench
//   build-bench/tests/bench/TrainingMatrixBench [people] [completions] [--reuse FILE]
// With --reuse, the stored workforce and completions are copied to FILE after
// the first run, and later runs start from that copy instead of storing them
// again. Results are written up in docs/performance.md.
#include "core/training/TrainingMatrixExporter.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/Sha256.h"
#include "tests/bench/ProcessMemory.h"
#include "tests/support/TemporaryProgram.h"
#include "ui/training/TrainingMatrixModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace palisade;

namespace {

constexpr double matrixTargetMs = 1000.0;
constexpr int repetitions = 7;
constexpr std::size_t completionChunk = 25000;

double elapsedMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

void printRow(const char* what, double ms, const std::string& note = {})
{
    std::printf("| %-56s | %10.1f | %s\n", what, ms, note.c_str());
}

struct Series
{
    double median = 0;
    double worst = 0;
};

// Runs `work` several times; false from `work` stops the benchmark.
Series repeated(const char* what, const std::function<bool(std::string&)>& work, bool& failed)
{
    std::vector<double> times;
    std::string note;
    for (int i = 0; i < repetitions && !failed; ++i)
        times.push_back(elapsedMs([&] { failed = !work(note); }));
    if (failed) {
        std::fprintf(stderr, "failed: %s\n", what);
        return {};
    }
    std::sort(times.begin(), times.end());
    const Series series{times[times.size() / 2], times.back()};
    char text[200];
    std::snprintf(text, sizeof text, "worst %.1f of %d; %s", series.worst, repetitions,
                  note.c_str());
    printRow(what, series.median, text);
    return series;
}

ImportBatch batchOf(const QString& source, const QString& fileName, int rows)
{
    ImportBatch batch;
    batch.sourceName = source;
    batch.fileName = fileName;
    batch.fileSha256 = sha256Hex(fileName.toUtf8());
    batch.rows = rows;
    return batch;
}

struct Roles
{
    QString coder, billing, frontDesk, clinician, it, manager;
};

// A workforce of a mid-sized practice-management and coding company: eight
// departments, most people in one role, managers in two, some in none; a
// third hired during the six years, one in nine since terminated.
std::vector<Person> makePeople(int count, const Roles& roles, const QDate& today,
                               std::mt19937& random)
{
    static const std::array departments = {QStringLiteral("Coding"),
                                           QStringLiteral("Billing"),
                                           QStringLiteral("Front office"),
                                           QStringLiteral("Clinical documentation"),
                                           QStringLiteral("IT"),
                                           QStringLiteral("Compliance"),
                                           QStringLiteral("Customer service"),
                                           QStringLiteral("Management")};
    const std::array<QStringList, 8> roleSets = {QStringList{roles.coder},
                                                 QStringList{roles.billing},
                                                 QStringList{roles.frontDesk},
                                                 QStringList{roles.clinician},
                                                 QStringList{roles.it},
                                                 QStringList{},
                                                 QStringList{},
                                                 QStringList{roles.manager}};
    static const std::array first = {
        QStringLiteral("Dana"),   QStringLiteral("Sam"),   QStringLiteral("Priya"),
        QStringLiteral("Jordan"), QStringLiteral("Lee"),   QStringLiteral("Maria"),
        QStringLiteral("Tomasz"), QStringLiteral("Aisha"), QStringLiteral("Chris"),
        QStringLiteral("Hannah"), QStringLiteral("Kofi"),  QStringLiteral("Mei")};
    static const std::array last = {QStringLiteral("Whitfield"), QStringLiteral("Ortiz"),
                                    QStringLiteral("Nair"),      QStringLiteral("Becker"),
                                    QStringLiteral("Okafor"),    QStringLiteral("Lindqvist"),
                                    QStringLiteral("Moreau"),    QStringLiteral("Tanaka"),
                                    QStringLiteral("Haddad"),    QStringLiteral("Kowalski")};
    const QDate windowStart = today.addYears(-6);
    const auto days = [&](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(random);
    };

    std::vector<Person> people;
    people.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        Person person;
        person.employeeId = QStringLiteral("E-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        person.name =
            QStringLiteral("%1 %2 %3")
                .arg(first[std::size_t(i) % first.size()], last[std::size_t(i / 7) % last.size()])
                .arg(i + 1);
        person.email = QStringLiteral("e%1@coding.example").arg(i + 1);
        const std::size_t department = std::size_t(days(0, 99)) < 70
                                           ? std::size_t(days(0, 4)) // mostly the operational ones
                                           : std::size_t(days(0, 7));
        person.department = departments[department];
        person.roles = roleSets[department];
        if (department == 7 || days(0, 19) == 0)
            person.roles << roleSets[std::size_t(days(0, 4))];
        person.roles.removeDuplicates();
        person.roles.sort();
        person.hiredOn =
            days(0, 2) < 2
                ? windowStart.addDays(-days(1, 3000))
                : windowStart.addDays(days(0, int(windowStart.daysTo(today.addDays(-1)))));
        if (days(0, 29) > 0)
            person.phiAccessOn = person.hiredOn.addDays(days(0, 10));
        if (i % 9 == 4) {
            const QDate earliest = std::max(person.hiredOn.addDays(60), windowStart);
            if (earliest < today.addDays(-30)) {
                person.status = PersonStatus::Terminated;
                person.terminatedOn =
                    earliest.addDays(days(0, int(earliest.daysTo(today.addDays(-30)))));
            }
        }
        people.push_back(person);
    }
    return people;
}

struct CoursePlan
{
    Course course;
    int everyMonths = 0; // 0: once, at hire
};

std::vector<CoursePlan> makeCourses(const Roles& roles)
{
    const auto course = [](const QString& title, CourseKind kind, Cadence cadence, int months,
                           const QStringList& applies) {
        Course c;
        c.title = title;
        c.kind = kind;
        c.cadence = cadence;
        c.cadenceMonths = months;
        c.roles = applies;
        return c;
    };
    std::vector<CoursePlan> plans;
    plans.push_back({course(QStringLiteral("HIPAA privacy and security at hire"),
                            CourseKind::HipaaOnboarding, Cadence::AtHire, 12, {}),
                     0});
    plans.push_back({course(QStringLiteral("Annual HIPAA refresher"), CourseKind::AnnualRefresher,
                            Cadence::EveryMonths, 12, {}),
                     12});
    plans.push_back({course(QStringLiteral("Security awareness module"),
                            CourseKind::SecurityAwareness, Cadence::EveryMonths, 3, {}),
                     3});
    plans.push_back({course(QStringLiteral("Phishing follow-up"), CourseKind::Phishing,
                            Cadence::EveryMonths, 2, {}),
                     2});
    CoursePlan coding{course(QStringLiteral("Coding compliance"), CourseKind::RoleBased,
                             Cadence::EveryMonths, 12, {roles.coder}),
                      12};
    coding.course.passingScore = 80;
    plans.push_back(coding);
    plans.push_back({course(QStringLiteral("Billing privacy"), CourseKind::RoleBased,
                            Cadence::EveryMonths, 12, {roles.billing}),
                     12});
    plans.push_back({course(QStringLiteral("Verifying identity at the front desk"),
                            CourseKind::RoleBased, Cadence::EveryMonths, 24, {roles.frontDesk}),
                     24});
    CoursePlan clinical{course(QStringLiteral("Clinical documentation privacy"),
                               CourseKind::RoleBased, Cadence::EveryMonths, 12, {roles.clinician}),
                        12};
    clinical.course.validityMonths = 12;
    plans.push_back(clinical);
    plans.push_back({course(QStringLiteral("Administering systems with PHI"), CourseKind::RoleBased,
                            Cadence::EveryMonths, 6, {roles.it}),
                     6});
    plans.push_back({course(QStringLiteral("Incident response for managers"), CourseKind::RoleBased,
                            Cadence::EveryMonths, 12, {roles.manager, roles.it}),
                     12});
    plans.push_back({course(QStringLiteral("Policy change briefing"),
                            CourseKind::PolicyChangeBriefing, Cadence::OnPolicyChange, 12, {}),
                     0});
    // Replaced by the security awareness module; retired below, kept for its records.
    plans.push_back({course(QStringLiteral("Legacy privacy module"), CourseKind::AnnualRefresher,
                            Cadence::EveryMonths, 12, {}),
                     12});
    return plans;
}

bool applies(const Course& course, const Person& person)
{
    if (course.roles.isEmpty())
        return true;
    return std::any_of(course.roles.begin(), course.roles.end(),
                       [&](const QString& role) { return person.roles.contains(role); });
}

// Each person's completions of each course that applies to them, on cadence
// with some days' slack either way, now and then one missed; then `count` of
// them drawn at random so the total is what was asked for.
std::vector<Completion> makeCompletions(const std::vector<Person>& people,
                                        const std::vector<CoursePlan>& plans,
                                        const QDate& legacyRetired, const QDate& today,
                                        std::size_t count, std::mt19937& random)
{
    const QDate windowStart = today.addYears(-6);
    const std::array briefings = {QDate(2021, 5, 10), QDate(2023, 2, 1), QDate(2025, 9, 15)};
    const auto days = [&](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(random);
    };
    std::vector<Completion> out;
    for (const Person& person : people) {
        const QDate last = person.isTerminated() ? std::min(person.terminatedOn, today.addDays(-1))
                                                 : today.addDays(-1);
        for (const CoursePlan& plan : plans) {
            const Course& course = plan.course;
            if (!applies(course, person))
                continue;
            const auto add = [&](const QDate& on) {
                Completion c;
                c.personId = person.id;
                c.courseId = course.id;
                c.completedOn = on;
                if (course.passingScore) {
                    c.score = days(72, 100);
                    c.passed = *c.score >= *course.passingScore;
                }
                out.push_back(c);
            };
            if (course.cadence == Cadence::AtHire) {
                const QDate on = person.hiredOn.addDays(days(0, 40));
                if (days(0, 19) > 0 && on <= last)
                    add(on);
                continue;
            }
            if (course.cadence == Cadence::OnPolicyChange) {
                for (const QDate& change : briefings) {
                    const QDate on = change.addDays(days(0, 30));
                    if (person.hiredOn <= change && on <= last && days(0, 9) > 0)
                        add(on);
                }
                continue;
            }
            const QDate end = course.title.startsWith(QStringLiteral("Legacy"))
                                  ? std::min(last, legacyRetired.addDays(-1))
                                  : last;
            QDate on = std::max(person.hiredOn, windowStart).addDays(days(0, 30));
            while (on <= end) {
                if (days(0, 24) > 0)
                    add(on);
                on = on.addMonths(plan.everyMonths).addDays(days(-20, 15));
            }
        }
    }
    if (out.size() > count) {
        std::shuffle(out.begin(), out.end(), random);
        out.resize(count);
    }
    std::sort(out.begin(), out.end(), [](const Completion& a, const Completion& b) {
        return a.completedOn < b.completedOn;
    });
    return out;
}

bool store(Program& program, int peopleCount, std::size_t completionCount, std::mt19937& random)
{
    const QDate today = program.clock().today();
    WorkforceRegister& workforce = program.workforce();
    TrainingRegister& training = program.training();
    // The first four come with every new program file; the others are added.
    Roles roles;
    const Result<std::vector<WorkforceRole>> existing = workforce.roles();
    if (!existing)
        return false;
    for (const auto& [key, label] :
         {std::pair{&roles.coder, QStringLiteral("Coder")},
          std::pair{&roles.billing, QStringLiteral("Billing")},
          std::pair{&roles.it, QStringLiteral("System administrator")},
          std::pair{&roles.manager, QStringLiteral("Manager")},
          std::pair{&roles.frontDesk, QStringLiteral("Front desk")},
          std::pair{&roles.clinician, QStringLiteral("Clinical documentation specialist")}}) {
        const auto found =
            std::find_if(existing->begin(), existing->end(), [&](const WorkforceRole& role) {
                return role.label.compare(label, Qt::CaseInsensitive) == 0;
            });
        if (found != existing->end()) {
            *key = found->key;
            continue;
        }
        Result<WorkforceRole> role = workforce.addRole(label);
        if (!role) {
            std::fprintf(stderr, "addRole: %s\n", qPrintable(role.error().message));
            return false;
        }
        *key = role->key;
    }

    std::vector<Person> people = makePeople(peopleCount, roles, today, random);
    Result<PeopleImport> imported = Error{};
    const double peopleMs = elapsedMs([&] {
        imported = workforce.importPeople(
            batchOf(QStringLiteral("HR export"), QStringLiteral("people.csv"), int(people.size())),
            people);
    });
    printRow("WorkforceRegister::importPeople (one batch, audited)", peopleMs,
             std::to_string(people.size()) + " people");
    if (!imported) {
        std::fprintf(stderr, "importPeople: %s\n", qPrintable(imported.error().message.left(2000)));
        return false;
    }
    Result<std::vector<Person>> stored = workforce.people();
    if (!stored)
        return false;

    std::vector<CoursePlan> plans = makeCourses(roles);
    const QDate legacyRetired(2024, 7, 1);
    for (CoursePlan& plan : plans) {
        Result<Course> added = training.addCourse(plan.course);
        if (!added) {
            std::fprintf(stderr, "addCourse: %s\n", qPrintable(added.error().message));
            return false;
        }
        plan.course = *added;
    }

    std::vector<Completion> completions;
    const double generateMs = elapsedMs([&] {
        completions =
            makeCompletions(*stored, plans, legacyRetired, today, completionCount, random);
    });
    printRow("generate completions in memory", generateMs,
             std::to_string(completions.size()) + " completions");
    bool ok = true;
    int batches = 0;
    const double importMs = elapsedMs([&] {
        for (std::size_t from = 0; from < completions.size() && ok; from += completionChunk) {
            const std::size_t to = std::min(completions.size(), from + completionChunk);
            std::vector<Completion> chunk(completions.begin() + std::ptrdiff_t(from),
                                          completions.begin() + std::ptrdiff_t(to));
            const Result<CompletionImport> done = training.importCompletions(
                batchOf(QStringLiteral("LMS export"),
                        QStringLiteral("completions-%1.csv").arg(++batches), int(chunk.size())),
                std::move(chunk));
            if (!done) {
                std::fprintf(stderr, "importCompletions: %s\n",
                             qPrintable(done.error().message.left(2000)));
                ok = false;
            }
        }
    });
    if (!ok)
        return false;
    printRow("TrainingRegister::importCompletions (audited)", importMs,
             std::to_string(batches) + " batches of up to 25,000; " +
                 std::to_string(int(double(completions.size()) * 1000.0 / importMs)) + " rows/s");

    // Retired after its completions were recorded, as in real life.
    const auto legacy = std::find_if(plans.begin(), plans.end(), [](const CoursePlan& plan) {
        return plan.course.title.startsWith(QStringLiteral("Legacy"));
    });
    if (!training.retireCourse(legacy->course.id, legacyRetired)) {
        std::fprintf(stderr, "retireCourse failed\n");
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    int peopleCount = 5000;
    std::size_t completionCount = 300000;
    QString reuse;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1, position = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--reuse") && i + 1 < args.size())
            reuse = args[++i];
        else if (position++ == 0)
            peopleCount = std::max(1, args[i].toInt());
        else
            completionCount = std::size_t(std::max(1, args[i].toInt()));
    }

    const long rssStart = bench::ProcessMemory::residentKb();
    test::TemporaryProgram fixture;
    const QDate today = fixture.clock().today();
    std::printf("TrainingMatrixBench: %d people, 12 courses, up to %zu completions, as of %s\n\n",
                peopleCount, completionCount, qPrintable(today.toString(Qt::ISODate)));
    std::printf("| %-56s | %10s | %s\n", "step", "ms", "note");
    std::printf("|-%.56s-|-%.10s-|------\n",
                "------------------------------------------------------------", "------------");

    if (!reuse.isEmpty() && QFile::exists(reuse)) {
        fixture.close();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(fixture.path() + suffix);
        if (!QFile::copy(reuse, fixture.path())) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(reuse));
            return 1;
        }
        fixture.reopen();
        std::printf("| %-56s | %10s | %s\n", "store people, courses and completions", "-",
                    qPrintable(QStringLiteral("skipped: reusing %1").arg(reuse)));
    } else {
        std::mt19937 random(20260301);
        if (!store(fixture.program(), peopleCount, completionCount, random))
            return 1;
        if (!reuse.isEmpty() && !fixture.program().backup(reuse))
            std::fprintf(stderr, "could not keep a copy in %s\n", qPrintable(reuse));
    }
    Program& program = fixture.program();
    TrainingRegister& training = program.training();
    const long rssStored = bench::ProcessMemory::residentKb();

    bool failed = false;
    const Series items = repeated(
        "TrainingRegister::dueItems(as of today): the matrix",
        [&](std::string& note) {
            const Result<std::vector<DueItem>> found = training.dueItems(today);
            note = found ? std::to_string(found->size()) + " items" : std::string();
            return found.ok();
        },
        failed);
    const QDate past(2023, 6, 30);
    const Series pastItems = repeated(
        "TrainingRegister::dueItems(as of 2023-06-30)",
        [&](std::string& note) {
            const Result<std::vector<DueItem>> found = training.dueItems(past);
            note = found ? std::to_string(found->size()) + " items" : std::string();
            return found.ok();
        },
        failed);
    repeated(
        "  of which TrainingRegister::dueList() (read, group)",
        [&](std::string& note) {
            const Result<TrainingDueList> list = training.dueList();
            note = list ? std::to_string(list->people().size()) + " people" : std::string();
            return list.ok();
        },
        failed);
    if (failed)
        return 1;
    const Result<TrainingDueList> list = training.dueList();
    repeated(
        "  of which TrainingDueList::items(as of today) (rules)",
        [&](std::string& note) {
            note = std::to_string(list->items(today).size()) + " items";
            return true;
        },
        failed);

    ui::TrainingMatrixModel model(program);
    const Series screen = repeated(
        "TrainingMatrixModel::setAsOf (the Training page)",
        [&](std::string& note) {
            const bool ok = model.setAsOf(today);
            note = std::to_string(model.rowCount()) + " rows x " +
                   std::to_string(model.courseCount()) + " courses";
            return ok;
        },
        failed);
    const long rssModel = bench::ProcessMemory::residentKb();
    repeated(
        "TrainingRegister::overdue(as of today)",
        [&](std::string& note) {
            const Result<std::vector<DueItem>> found = training.overdue(today);
            note = found ? std::to_string(found->size()) + " overdue" : std::string();
            return found.ok();
        },
        failed);
    repeated(
        "TrainingRegister::completionRateByMonth(12 months)",
        [&](std::string& note) {
            const Result<std::vector<CompletionRate>> rates =
                training.completionRateByMonth(today.addMonths(-11), 12);
            note = rates ? std::to_string(rates->size()) + " month ends" : std::string();
            return rates.ok();
        },
        failed);
    if (failed)
        return 1;

    const QString csvPath = fixture.dir() + QStringLiteral("/matrix.csv");
    const QString xlsxPath = fixture.dir() + QStringLiteral("/matrix.xlsx");
    repeated(
        "TrainingMatrixExporter::fromRegister",
        [&](std::string& note) {
            const Result<TrainingMatrixExporter> exporter =
                TrainingMatrixExporter::fromRegister(training, today);
            note = exporter ? std::to_string(exporter->people().size()) + " rows" : std::string();
            return exporter.ok();
        },
        failed);
    if (failed)
        return 1;
    const Result<TrainingMatrixExporter> exporter =
        TrainingMatrixExporter::fromRegister(training, today);
    repeated(
        "TrainingMatrixExporter::saveCsv",
        [&](std::string& note) {
            const Result<void> saved = exporter->saveCsv(csvPath, OverwritePolicy::Replace);
            note = std::to_string(QFileInfo(csvPath).size() / 1024) + " KB";
            return saved.ok();
        },
        failed);
    repeated(
        "TrainingMatrixExporter::saveXlsx",
        [&](std::string& note) {
            const Result<void> saved = exporter->saveXlsx(xlsxPath, OverwritePolicy::Replace);
            note = std::to_string(QFileInfo(xlsxPath).size() / 1024) + " KB";
            return saved.ok();
        },
        failed);
    if (failed)
        return 1;

    std::printf("\nProgram file: %.1f MB\n",
                double(QFileInfo(fixture.path()).size() +
                       QFileInfo(fixture.path() + QStringLiteral("-wal")).size()) /
                    (1024.0 * 1024.0));
    std::printf("Memory: VmRSS %ld MB at start, %ld MB after storing, %ld MB with the model; "
                "peak (VmHWM) %ld MB\n",
                rssStart / 1024, rssStored / 1024, rssModel / 1024,
                bench::ProcessMemory::peakKb() / 1024);
    const bool met = items.worst < matrixTargetMs && pastItems.worst < matrixTargetMs &&
                     screen.worst < matrixTargetMs;
    std::printf("Matrix target (< %.0f ms, worst of %d, for dueItems and the page's model): "
                "dueItems %.1f ms, model %.1f ms: %s\n",
                matrixTargetMs, repetitions, std::max(items.worst, pastItems.worst), screen.worst,
                met ? "met" : "NOT met");
    return met ? 0 : 2;
}
