#include "core/training/TrainingDueRules.h"

namespace palisade {

bool TrainingDueRules::applies(const Person& person, const Course& course)
{
    if (course.appliesToEveryone())
        return true;
    for (const QString& role : course.roles) {
        if (person.roles.contains(role))
            return true;
    }
    return false;
}

bool TrainingDueRules::counts(const Course& course, const Completion& completion)
{
    if (!completion.passed || !completion.completedOn.isValid())
        return false;
    if (course.passingScore)
        return completion.score && *completion.score >= *course.passingScore;
    return true;
}

QDate TrainingDueRules::validThrough(const Course& course, const QDate& completedOn)
{
    if (!course.validityMonths)
        return {};
    return completedOn.addMonths(*course.validityMonths);
}

DueItem TrainingDueRules::evaluate(const Person& person, const Course& course,
                                   std::span<const Completion> completions,
                                   const std::vector<QDate>& policyChanges, const QDate& asOf)
{
    DueItem item;
    item.personId = person.id;
    item.courseId = course.id;
    if (!applies(person, course))
        return item;

    QDate first;
    QDate last;
    for (const Completion& completion : completions) {
        if (completion.personId != person.id || completion.courseId != course.id)
            continue;
        if (completion.completedOn > asOf || !counts(course, completion))
            continue;
        if (!first.isValid() || completion.completedOn < first)
            first = completion.completedOn;
        if (!last.isValid() || completion.completedOn > last)
            last = completion.completedOn;
    }
    if (last.isValid())
        item.lastCompletion = last;
    const QDate expiry = last.isValid() ? validThrough(course, last) : QDate();
    item.covered = last.isValid() && (!expiry.isValid() || asOf <= expiry);
    const QDate start = person.startOn();

    std::optional<QDate> nextDue;
    switch (course.cadence) {
    case Cadence::AtHire:
        if (last.isValid()) {
            if (expiry.isValid())
                nextDue = expiry;
        } else
            nextDue = start;
        if (person.phiAccessOn.isValid())
            item.accessBeforeTraining =
                first.isValid() ? first > person.phiAccessOn : asOf > person.phiAccessOn;
        break;
    case Cadence::EveryMonths:
        if (last.isValid()) {
            QDate due = last.addMonths(course.cadenceMonths);
            if (expiry.isValid() && expiry < due)
                due = expiry;
            nextDue = due;
        } else
            nextDue = start.addMonths(course.cadenceMonths);
        break;
    case Cadence::OnPolicyChange: {
        QDate change;
        for (const QDate& date : policyChanges) {
            if (date.isValid() && date <= asOf && date > start &&
                (!change.isValid() || date > change))
                change = date;
        }
        if (!change.isValid())
            break;
        if (last.isValid() && last >= change) {
            if (expiry.isValid())
                nextDue = expiry;
        } else {
            item.covered = false;
            nextDue = change.addDays(policyChangeGraceDays);
        }
        break;
    }
    }

    const bool retired = course.isRetired() && course.retiredOn <= asOf;
    if (retired || !person.hiredOn.isValid() || person.hiredOn > asOf) {
        item.state = DueState::NotRequired;
        item.covered = false;
        return item;
    }
    if (person.terminatedOn.isValid() && person.terminatedOn < asOf) {
        item.state = DueState::EndedByTermination;
        item.covered = false;
        return item;
    }
    item.nextDue = nextDue;
    if (!nextDue) {
        item.state = item.covered ? DueState::Complete : DueState::NotRequired;
        return item;
    }
    const qint64 daysAhead = asOf.daysTo(*nextDue);
    if (daysAhead < 0) {
        item.covered = false;
        item.state = DueState::Overdue;
        item.daysOverdue = int(-daysAhead);
    } else if (daysAhead <= dueSoonDays)
        item.state = DueState::DueSoon;
    else
        item.state = item.covered ? DueState::Complete : DueState::NotYetDue;
    return item;
}

} // namespace palisade
