#pragma once

#include "core/program/Program.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "tests/support/TemporaryProgram.h"

#include <QDate>
#include <catch2/catch_test_macros.hpp>

namespace palisade::test {

struct TrainingSample
{
    qint64 dana = 0;   // coder, billing department, with completions
    qint64 ravi = 0;   // remote coder
    qint64 joan = 0;   // privacy officer, manager, no PHI access
    qint64 marcus = 0; // terminated
    qint64 onboarding = 0;
    qint64 refresher = 0;
    qint64 coding = 0; // role-based, passing score 80, retired later in some tests
    qint64 danaRefresher = 0;
    qint64 danaCoding = 0;
};

inline Person samplePerson(const QString& employeeId, const QString& name,
                           const QString& department, const QStringList& roles, const QDate& hired,
                           const QDate& phiAccess = {})
{
    Person person;
    person.employeeId = employeeId;
    person.name = name;
    person.email =
        name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@riverbend.example");
    person.department = department;
    person.roles = roles;
    person.hiredOn = hired;
    person.phiAccessOn = phiAccess;
    return person;
}

inline qint64 addSamplePerson(Program& program, const Person& person)
{
    Result<Person> added = program.workforce().addPerson(person);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added);
    return added->id;
}

inline qint64 addSampleCourse(Program& program, const QString& title, CourseKind kind,
                              Cadence cadence, const QStringList& roles = {},
                              std::optional<int> passingScore = std::nullopt,
                              std::optional<int> validityMonths = std::nullopt)
{
    Course course;
    course.title = title;
    course.kind = kind;
    course.cadence = cadence;
    course.cadenceMonths = 12;
    course.roles = roles;
    course.passingScore = passingScore;
    course.validityMonths = validityMonths;
    Result<Course> added = program.training().addCourse(course);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added);
    return added->id;
}

inline qint64 addSampleCompletion(Program& program, qint64 personId, qint64 courseId,
                                  const QDate& on, std::optional<double> score = std::nullopt)
{
    Completion completion;
    completion.personId = personId;
    completion.courseId = courseId;
    completion.completedOn = on;
    completion.score = score;
    completion.attestationText = QStringLiteral("I completed the course.");
    completion.attestedAt = QDateTime(on, QTime(15, 0), Qt::UTC);
    Result<Completion> added = program.training().addCompletion(completion);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added);
    return added->id;
}

// A small roster and three courses; the fixture's today is 2026-03-01.
inline TrainingSample addTrainingSample(TemporaryProgram& fixture)
{
    Program& program = fixture.program();
    TrainingSample s;
    s.dana = addSamplePerson(
        program, samplePerson(QStringLiteral("E-1001"), QStringLiteral("Dana Whitfield"),
                              QStringLiteral("Billing"), {QStringLiteral("coder")},
                              QDate(2024, 2, 12), QDate(2024, 2, 19)));
    s.ravi = addSamplePerson(
        program, samplePerson(QStringLiteral("E-1002"), QStringLiteral("Ravi Chandra"),
                              QStringLiteral("Coding"), {QStringLiteral("remote_coder")},
                              QDate(2025, 6, 2), QDate(2025, 6, 2)));
    s.joan = addSamplePerson(
        program, samplePerson(QStringLiteral("E-1003"), QStringLiteral("Joan Ramos"),
                              QStringLiteral("Compliance"),
                              {QStringLiteral("privacy_officer"), QStringLiteral("manager")},
                              QDate(2023, 9, 4)));
    Person marcus = samplePerson(QStringLiteral("E-1004"), QStringLiteral("Marcus Bell"),
                                 QStringLiteral("Coding"), {QStringLiteral("coder")},
                                 QDate(2022, 1, 10), QDate(2022, 1, 10));
    marcus.status = PersonStatus::Terminated;
    marcus.terminatedOn = QDate(2025, 11, 28);
    s.marcus = addSamplePerson(program, marcus);

    s.onboarding = addSampleCourse(program, QStringLiteral("HIPAA Onboarding"),
                                   CourseKind::HipaaOnboarding, Cadence::AtHire);
    s.refresher =
        addSampleCourse(program, QStringLiteral("Annual HIPAA Refresher"),
                        CourseKind::AnnualRefresher, Cadence::EveryMonths, {}, std::nullopt, 12);
    s.coding = addSampleCourse(program, QStringLiteral("Secure Remote Coding"),
                               CourseKind::RoleBased, Cadence::EveryMonths,
                               {QStringLiteral("coder"), QStringLiteral("remote_coder")}, 80);
    addSampleCompletion(program, s.dana, s.onboarding, QDate(2024, 2, 16));
    s.danaRefresher = addSampleCompletion(program, s.dana, s.refresher, QDate(2025, 2, 20));
    s.danaCoding = addSampleCompletion(program, s.dana, s.coding, QDate(2025, 3, 3), 92.5);
    return s;
}

} // namespace palisade::test
