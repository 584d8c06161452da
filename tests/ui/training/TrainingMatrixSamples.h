#pragma once

#include "core/program/Program.h"
#include "core/training/PhishingRegister.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "tests/support/TemporaryProgram.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QFile>
#include <QStringList>
#include <catch2/catch_test_macros.hpp>

namespace palisade::test::trainingui {

// The day every sample is seen from (FixedClock's default).
inline QDate sampleToday()
{
    return QDate(2026, 3, 1);
}

inline void setToday(TemporaryProgram& fixture, const QDate& day)
{
    fixture.clock().set(QDateTime(day, QTime(9, 0), Qt::UTC));
}

inline Person addPerson(Program& program, const QString& employeeId, const QString& name,
                        const QString& department, const QStringList& roles, const QDate& hired,
                        const QDate& phiAccess = {}, const QDate& terminated = {})
{
    Person person;
    person.employeeId = employeeId;
    person.name = name;
    person.department = department;
    person.roles = roles;
    person.hiredOn = hired;
    person.phiAccessOn = phiAccess;
    if (terminated.isValid()) {
        person.status = PersonStatus::Terminated;
        person.terminatedOn = terminated;
    }
    Result<Person> added = program.workforce().addPerson(person);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added);
    return *added;
}

inline Course addCourse(Program& program, const QString& title, Cadence cadence,
                        const QStringList& roles = {}, int months = 12)
{
    Course course;
    course.title = title;
    course.cadence = cadence;
    course.kind =
        cadence == Cadence::AtHire ? CourseKind::HipaaOnboarding : CourseKind::AnnualRefresher;
    course.cadenceMonths = months;
    course.roles = roles;
    Result<Course> added = program.training().addCourse(course);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added);
    return *added;
}

inline void complete(Program& program, const Person& person, const Course& course, const QDate& on)
{
    Completion completion;
    completion.personId = person.id;
    completion.courseId = course.id;
    completion.completedOn = on;
    Result<Completion> added = program.training().addCompletion(completion);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added);
}

// Six people and three courses whose states on 2026-03-01 are known:
//  Avery (Billing): onboarding complete, refresher overdue since 2026-01-20;
//  Blake (Coding, remote coder): complete, remote security never taken,
//    overdue since 2025-06-01 (a year after his start);
//  Casey (Coding): started 2026-02-10, nothing taken, PHI access already (a finding),
//    first refresher not yet due;
//  Dana (Front desk): PHI access from 2026-05-01, nothing due yet;
//  Emery (Billing): refresher due 2026-03-15;
//  Finley (Front desk): left on 2026-01-15.
struct Workforce
{
    Person avery, blake, casey, dana, emery, finley;
    Course onboarding, refresher, remote;
};

inline Workforce buildWorkforce(TemporaryProgram& fixture)
{
    setToday(fixture, sampleToday());
    Program& program = fixture.program();
    Workforce w;
    w.onboarding = addCourse(program, QStringLiteral("HIPAA onboarding"), Cadence::AtHire);
    w.refresher =
        addCourse(program, QStringLiteral("Annual HIPAA refresher"), Cadence::EveryMonths);
    w.remote = addCourse(program, QStringLiteral("Remote work security"), Cadence::EveryMonths,
                         {QStringLiteral("remote_coder")});
    const QString billing = QStringLiteral("Billing");
    const QString coding = QStringLiteral("Coding");
    const QString frontDesk = QStringLiteral("Front desk");
    w.avery = addPerson(program, QStringLiteral("E-100"), QStringLiteral("Avery Brooks"), billing,
                        {QStringLiteral("billing")}, QDate(2024, 1, 10), QDate(2024, 1, 10));
    w.blake = addPerson(program, QStringLiteral("E-101"), QStringLiteral("Blake Chen"), coding,
                        {QStringLiteral("remote_coder")}, QDate(2024, 6, 1), QDate(2024, 6, 1));
    w.casey = addPerson(program, QStringLiteral("E-102"), QStringLiteral("Casey Diaz"), coding,
                        {QStringLiteral("coder")}, QDate(2026, 2, 10), QDate(2026, 2, 10));
    w.dana = addPerson(program, QStringLiteral("E-103"), QStringLiteral("Dana Evans"), frontDesk,
                       {}, QDate(2026, 2, 1), QDate(2026, 5, 1));
    w.emery = addPerson(program, QStringLiteral("E-104"), QStringLiteral("Emery Fox"), billing,
                        {QStringLiteral("billing")}, QDate(2023, 3, 1), QDate(2023, 3, 1));
    w.finley = addPerson(program, QStringLiteral("E-105"), QStringLiteral("Finley Gray"), frontDesk,
                         {}, QDate(2022, 1, 3), QDate(2022, 1, 3), QDate(2026, 1, 15));
    complete(program, w.avery, w.onboarding, QDate(2024, 1, 10));
    complete(program, w.avery, w.refresher, QDate(2025, 1, 20));
    complete(program, w.blake, w.onboarding, QDate(2024, 6, 1));
    complete(program, w.blake, w.refresher, QDate(2025, 6, 2));
    complete(program, w.emery, w.onboarding, QDate(2023, 3, 1));
    complete(program, w.emery, w.refresher, QDate(2025, 3, 15));
    complete(program, w.finley, w.onboarding, QDate(2022, 1, 3));
    complete(program, w.finley, w.refresher, QDate(2025, 1, 6));
    return w;
}

inline PhishingCampaign addCampaign(Program& program, const QDate& on, const QString& name,
                                    int recipients, int clicked, int reported, int trained)
{
    PhishingCampaign campaign;
    campaign.runOn = on;
    campaign.templateName = name;
    campaign.recipients = recipients;
    campaign.clicked = clicked;
    campaign.reported = reported;
    campaign.trainedAfterClick = trained;
    Result<PhishingCampaign> added = program.phishing().addCampaign(campaign);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added);
    return *added;
}

inline QString text(const QAbstractItemModel& model, int row, int column,
                    int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

// The row of the person whose name starts the first column, or -1.
inline int rowOf(const QAbstractItemModel& model, const QString& name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (text(model, row, 0).startsWith(name))
            return row;
    }
    return -1;
}

inline int columnOf(const QAbstractItemModel& model, const QString& title)
{
    for (int column = 0; column < model.columnCount(); ++column) {
        if (model.headerData(column, Qt::Horizontal).toString() == title)
            return column;
    }
    return -1;
}

// The lines of a CSV file written by CsvWriter, without its byte order mark.
inline QStringList csvLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace palisade::test::trainingui
