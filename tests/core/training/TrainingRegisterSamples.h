#pragma once

#include "core/audit/AuditTrail.h"
#include "core/policies/PolicyRegister.h"
#include "core/program/Program.h"
#include "core/retention/CompletionDisposer.h"
#include "core/retention/PersonDisposer.h"
#include "core/retention/PhishingCampaignDisposer.h"
#include "core/retention/PolicyAcknowledgmentDisposer.h"
#include "core/retention/RetentionRegister.h"
#include "core/training/AcknowledgmentRegister.h"
#include "core/training/Completion.h"
#include "core/training/Course.h"
#include "core/training/Person.h"
#include "core/training/PhishingRegister.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "tests/support/TemporaryProgram.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>
#include <vector>

namespace palisade::test {

// A fresh program file and its registers, for TEST_CASE_METHOD.
struct TrainingFixture
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    WorkforceRegister& workforce = program.workforce();
    TrainingRegister& training = program.training();
    PhishingRegister& phishing = program.phishing();
    AcknowledgmentRegister& acknowledgments = program.acknowledgments();
    PolicyRegister& policies = program.policies();
};

inline void setTrainingToday(TemporaryProgram& fixture, const QDate& day)
{
    fixture.clock().set(QDateTime(day, QTime(9, 0), Qt::UTC));
}

inline std::vector<AuditEvent> eventsOf(Program& program, const QString& entity,
                                        const QString& action = {})
{
    AuditQuery query;
    query.entity = entity;
    query.action = action;
    return program.auditTrail().events(query);
}

inline QJsonObject json(const QByteArray& canonical)
{
    return QJsonDocument::fromJson(canonical).object();
}

inline Person newPerson(const QString& employeeId, const QDate& hired,
                        const QStringList& roles = {})
{
    Person person;
    person.employeeId = employeeId;
    person.name = QStringLiteral("Person ") + employeeId;
    person.hiredOn = hired;
    person.roles = roles;
    return person;
}

inline Course refresher(const QString& title = QStringLiteral("Annual HIPAA refresher"))
{
    Course course;
    course.title = title;
    course.kind = CourseKind::AnnualRefresher;
    course.cadence = Cadence::EveryMonths;
    course.cadenceMonths = 12;
    return course;
}

inline Completion completionOf(const Person& person, const Course& course, const QDate& on)
{
    Completion completion;
    completion.personId = person.id;
    completion.courseId = course.id;
    completion.completedOn = on;
    return completion;
}

inline void registerTrainingDisposers(Program& program)
{
    Database& db = program.database();
    program.retention().addDisposer(std::make_unique<PersonDisposer>(db));
    program.retention().addDisposer(std::make_unique<CompletionDisposer>(db));
    program.retention().addDisposer(std::make_unique<PolicyAcknowledgmentDisposer>(db));
    program.retention().addDisposer(std::make_unique<PhishingCampaignDisposer>(db));
}

} // namespace palisade::test
