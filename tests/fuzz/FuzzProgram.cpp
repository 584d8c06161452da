#include "tests/fuzz/FuzzProgram.h"

#include "core/risk/AssetCsvImporter.h"
#include "core/training/PeopleCsvImporter.h"
#include "core/training/TrainingColumnMapping.h"
#include "core/training/TrainingRegister.h"
#include "core/util/SecretBuffer.h"
#include "core/vendors/AgreementCsvImporter.h"
#include "core/vendors/CounterpartyCsvImporter.h"

#include <QFile>
#include <cstdio>
#include <cstdlib>

namespace palisade::fuzz {
namespace {

[[noreturn]] void fail(const QString& what, const Error& error)
{
    std::fprintf(stderr, "Setting up the fuzz program failed: %s: %s\n", qPrintable(what),
                 qPrintable(error.text()));
    std::abort();
}

QByteArray example(const char* name)
{
    QFile file(QStringLiteral(PALISADE_SOURCE_DIR "/docs/examples/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "Cannot read %s\n", qPrintable(file.fileName()));
        std::abort();
    }
    return file.readAll();
}

template <typename T> void require(const Result<T>& result, const char* what)
{
    if (!result.ok())
        fail(QLatin1String(what), result.error());
}

void addCourse(TrainingRegister& training, const char* title, CourseKind kind, Cadence cadence,
               std::optional<int> passingScore = std::nullopt)
{
    Course course;
    course.title = QLatin1String(title);
    course.kind = kind;
    course.cadence = cadence;
    course.cadenceMonths = 12;
    course.passingScore = passingScore;
    require(training.addCourse(course), title);
}

void fill(Program& program)
{
    require(AssetCsvImporter(program.assets()).importData(example("assets.csv")), "assets.csv");
    require(CounterpartyCsvImporter(program.counterparties(), program.assets())
                .importData(example("counterparties.csv")),
            "counterparties.csv");
    require(AgreementCsvImporter(program.baas(), program.counterparties())
                .importData(example("agreements.csv")),
            "agreements.csv");
    require(PeopleCsvImporter(program.workforce())
                .importData(example("people.csv"), QStringLiteral("people.csv"),
                            QStringLiteral("HR system"), TrainingColumnMapping(ImportKind::People)),
            "people.csv");
    TrainingRegister& training = program.training();
    addCourse(training, "HIPAA onboarding", CourseKind::HipaaOnboarding, Cadence::AtHire);
    addCourse(training, "Annual HIPAA refresher", CourseKind::AnnualRefresher,
              Cadence::EveryMonths);
    addCourse(training, "Security awareness", CourseKind::SecurityAwareness, Cadence::EveryMonths,
              80);
    addCourse(training, "Phishing awareness", CourseKind::Phishing, Cadence::EveryMonths);
    addCourse(training, "Remote coder safeguards", CourseKind::RoleBased, Cadence::EveryMonths);
}

} // namespace

QDateTime FuzzProgram::FixedClock::nowUtc() const
{
    return QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
}

FuzzProgram::FuzzProgram()
{
    ProgramProfile profile;
    profile.organization = QStringLiteral("Riverbend Coding Services");
    profile.officerName = QStringLiteral("Dana Whitfield");
    profile.officerRole = OfficerRole::PrivacyAndSecurityOfficer;
    auto created = Program::create(m_dir.filePath(QStringLiteral("fuzz.palisade")),
                                   SecretBuffer::fromString(QStringLiteral("fuzz passphrase")),
                                   profile, m_clock);
    if (!created)
        fail(QStringLiteral("create"), created.error());
    m_program = std::move(created).value();
    fill(*m_program);
}

Program& FuzzProgram::instance()
{
    static FuzzProgram fuzzProgram;
    return *fuzzProgram.m_program;
}

} // namespace palisade::fuzz
