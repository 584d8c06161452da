#include "core/evidence/TrainingPackSection.h"

#include "core/evidence/PackDates.h"
#include "core/program/Program.h"
#include "core/training/PhishingRegister.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/evidence/PackSectionTesting.h"
#include "tests/support/TemporaryProgram.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

const QDate periodFrom(2026, 1, 1);
const QDate periodTo(2026, 6, 30);

void setDay(TemporaryProgram& fixture, const QDate& day)
{
    fixture.clock().set(QDateTime(day, QTime(12, 0), Qt::UTC));
}

PackRequest period()
{
    PackRequest request;
    request.from = periodFrom;
    request.to = periodTo;
    request.sections = {PackSection::Training};
    return request;
}

// People on the workforce at the period's end, completions dated in the
// period and campaigns run in it, counted straight from the registers.
int recordsInDatabase(Program& program)
{
    int count = 0;
    const std::vector<Person> people = program.workforce().people().value();
    for (const Person& person : people) {
        if (person.hiredOn <= periodTo &&
            (!person.terminatedOn.isValid() || person.terminatedOn >= periodTo))
            ++count;
        const std::vector<Completion> completions =
            program.training().completionsOf(person.id).value();
        for (const Completion& completion : completions)
            count += completion.completedOn >= periodFrom && completion.completedOn <= periodTo;
    }
    const std::vector<PhishingCampaign> campaigns = program.phishing().campaigns().value();
    for (const PhishingCampaign& campaign : campaigns)
        count += campaign.runOn >= periodFrom && campaign.runOn <= periodTo;
    return count;
}

Person person(const QString& id, const QString& name, const QString& department, const QDate& hired)
{
    Person value;
    value.employeeId = id;
    value.name = name;
    value.department = department;
    value.hiredOn = hired;
    value.phiAccessOn = hired;
    return value;
}

Completion completion(const Person& who, const Course& course, const QDate& on)
{
    Completion value;
    value.personId = who.id;
    value.courseId = course.id;
    value.completedOn = on;
    return value;
}

PhishingCampaign campaign(const QDate& on, const QString& templateName)
{
    PhishingCampaign value;
    value.runOn = on;
    value.templateName = templateName;
    value.recipients = 20;
    value.clicked = 3;
    value.reported = 5;
    value.trainedAfterClick = 2;
    return value;
}

// Ana is overdue on her refresher since 20 January, Ben since 1 March and had
// PHI access before his onboarding; Cara completed her refresher within the
// period; Dan left before its end.
struct TrainingProgram
{
    Course onboarding;
    Course refresher;
    Person ana;
    Person ben;
    Person cara;
    Person dan;

    explicit TrainingProgram(TemporaryProgram& fixture)
    {
        Program& program = fixture.program();
        setDay(fixture, QDate(2024, 1, 2));
        Course course;
        course.title = QStringLiteral("HIPAA onboarding");
        course.kind = CourseKind::HipaaOnboarding;
        course.cadence = Cadence::AtHire;
        onboarding = program.training().addCourse(course).value();
        course.title = QStringLiteral("Annual HIPAA refresher");
        course.kind = CourseKind::AnnualRefresher;
        course.cadence = Cadence::EveryMonths;
        course.cadenceMonths = 12;
        refresher = program.training().addCourse(course).value();

        setDay(fixture, QDate(2026, 6, 1));
        ana = program.workforce()
                  .addPerson(person(QStringLiteral("E-1"), QStringLiteral("Ana Alvarez"),
                                    QStringLiteral("Coding"), QDate(2024, 1, 10)))
                  .value();
        ben = program.workforce()
                  .addPerson(person(QStringLiteral("E-2"), QStringLiteral("Ben Brooks"),
                                    QStringLiteral("Billing"), QDate(2025, 3, 1)))
                  .value();
        cara = program.workforce()
                   .addPerson(person(QStringLiteral("E-3"), QStringLiteral("Cara Cole"),
                                     QStringLiteral("Coding"), QDate(2025, 6, 1)))
                   .value();
        Person leaver = person(QStringLiteral("E-4"), QStringLiteral("Dan Diaz"),
                               QStringLiteral("Coding"), QDate(2025, 1, 5));
        leaver.status = PersonStatus::Terminated;
        leaver.terminatedOn = QDate(2025, 12, 15);
        dan = program.workforce().addPerson(leaver).value();

        TrainingRegister& training = program.training();
        REQUIRE(training.addCompletion(completion(ana, onboarding, QDate(2024, 1, 10))).ok());
        REQUIRE(training.addCompletion(completion(ana, refresher, QDate(2025, 1, 20))).ok());
        REQUIRE(training.addCompletion(completion(ben, onboarding, QDate(2025, 3, 5))).ok());
        REQUIRE(training.addCompletion(completion(cara, onboarding, QDate(2025, 6, 1))).ok());
        REQUIRE(training.addCompletion(completion(cara, refresher, QDate(2026, 3, 10))).ok());
        REQUIRE(training.addCompletion(completion(dan, onboarding, QDate(2025, 1, 5))).ok());

        REQUIRE(program.phishing()
                    .addCampaign(campaign(QDate(2025, 11, 3), QStringLiteral("Parcel delivery")))
                    .ok());
        REQUIRE(program.phishing()
                    .addCampaign(campaign(QDate(2026, 2, 2), QStringLiteral("Invoice overdue")))
                    .ok());
    }
};

} // namespace

TEST_CASE("The training section states completion and findings at the period's end",
          "[evidence][training]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    TrainingProgram sample(fixture);

    Result<PackSectionContent> first = TrainingPackSection::build(program, period());
    REQUIRE(first.ok());
    CHECK(first->section == PackSection::Training);
    // Ana, Ben and Cara; Cara's refresher; the February campaign.
    CHECK(first->recordCount == 5);
    CHECK(first->recordCount == recordsInDatabase(program));

    const QString text = sectionText(*first);
    // By course: everyone onboarded; one refresher of three covered, two overdue.
    CHECK(text.contains(
        QStringLiteral("HIPAA onboarding Once at hire, before PHI access 3 3 0 100.0%")));
    CHECK(text.contains(QStringLiteral("Annual HIPAA refresher Every 12 months 3 1 2 33.3%")));
    // By department: people, required, complete, overdue, rate.
    CHECK(text.contains(QStringLiteral("Billing 1 2 1 1 50.0%")));
    CHECK(text.contains(QStringLiteral("Coding 2 4 3 1 75.0%")));
    // Overdue, most overdue first.
    const QString anaOverdue =
        QStringLiteral("Ana Alvarez Coding Annual HIPAA refresher 2026-01-20 161");
    const QString benOverdue =
        QStringLiteral("Ben Brooks Billing Annual HIPAA refresher 2026-03-01 121");
    REQUIRE(text.contains(anaOverdue));
    REQUIRE(text.contains(benOverdue));
    CHECK(text.indexOf(anaOverdue) < text.indexOf(benOverdue));
    // Ben's access to PHI began four days before his onboarding.
    CHECK(
        text.contains(QStringLiteral("Ben Brooks Billing 2025-03-01 HIPAA onboarding 2025-03-05")));
    CHECK_FALSE(text.contains(QStringLiteral("Ana Alvarez Coding 2024-01-10")));
    // Completed in the period, and the campaign run in it.
    CHECK(text.contains(QStringLiteral("Annual HIPAA refresher 1 1 All courses 1 1")));
    CHECK(
        text.contains(QStringLiteral("2026-02-02 Invoice overdue 20 3 (15.0%) 5 (25.0%) 2 of 3")));
    CHECK_FALSE(text.contains(QStringLiteral("Parcel delivery")));
    CHECK_FALSE(text.contains(QStringLiteral("Dan Diaz")));

    // A change to a person on the workforce changes the section's data.
    Person moved = program.workforce().person(sample.cara.id).value();
    moved.department = QStringLiteral("Quality");
    REQUIRE(program.workforce().updatePerson(moved).ok());
    Result<PackSectionContent> second = TrainingPackSection::build(program, period());
    REQUIRE(second.ok());
    CHECK(second->canonicalData != first->canonicalData);
    CHECK(sectionText(*second).contains(QStringLiteral("Quality 1 2 2 0 100.0%")));

    // Hires, completions and campaigns after the period are left out.
    setDay(fixture, QDate(2026, 7, 21));
    REQUIRE(program.workforce()
                .addPerson(person(QStringLiteral("E-5"), QStringLiteral("Eve Evans"),
                                  QStringLiteral("Coding"), QDate(2026, 7, 20)))
                .ok());
    Completion late = completion(sample.ana, sample.refresher, QDate(2026, 7, 10));
    REQUIRE(program.training().addCompletion(late).ok());
    REQUIRE(program.phishing()
                .addCampaign(campaign(QDate(2026, 7, 20), QStringLiteral("Shared document")))
                .ok());
    Result<PackSectionContent> third = TrainingPackSection::build(program, period());
    REQUIRE(third.ok());
    CHECK(third->canonicalData == second->canonicalData);
    CHECK(third->recordCount == recordsInDatabase(program));
    const QString thirdText = sectionText(*third);
    CHECK_FALSE(thirdText.contains(QStringLiteral("Eve Evans")));
    CHECK_FALSE(thirdText.contains(QStringLiteral("Shared document")));
    CHECK(thirdText.contains(anaOverdue));

    const PdfDocument pdf =
        exportAndRead(program, periodFrom, periodTo, {PackSection::Training}, fixture.dir());
    const QString pdfText = readableText(pdf);
    CHECK(pdfText.contains(packSectionTitle(PackSection::Training)));
    CHECK(pdfText.contains(QStringLiteral("Ana Alvarez")));
    CHECK(pdfText.contains(QStringLiteral("Access to PHI before onboarding")));
    CHECK_FALSE(pdfText.contains(QStringLiteral("Eve Evans")));
    CHECK(manifestCount(pdf, PackSection::Training) == recordsInDatabase(program));
}

TEST_CASE("The training section of an empty program says it holds no records",
          "[evidence][training]")
{
    TemporaryProgram fixture;
    setDay(fixture, QDate(2026, 7, 1));
    Result<PackSectionContent> content = TrainingPackSection::build(fixture.program(), period());
    REQUIRE(content.ok());
    CHECK(content->recordCount == 0);
    const QString text = sectionText(*content);
    CHECK(text.contains(QStringLiteral("No training course was in use on 2026-06-30.")));
    CHECK(text.contains(QStringLiteral("Nobody was on the workforce on 2026-06-30.")));
    CHECK(text.contains(QStringLiteral("No training was overdue on 2026-06-30.")));
    CHECK(text.contains(QStringLiteral("No training was completed in the period.")));
    CHECK(text.contains(QStringLiteral("No phishing simulation was run in the period.")));

    const PdfDocument pdf = exportAndRead(fixture.program(), periodFrom, periodTo,
                                          {PackSection::Training}, fixture.dir());
    CHECK(readableText(pdf).contains(QStringLiteral("No training was overdue on 2026-06-30.")));
    CHECK(manifestCount(pdf, PackSection::Training) == 0);
}
