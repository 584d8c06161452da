#pragma once

#include "core/training/Completion.h"
#include "core/training/Course.h"
#include "core/training/DueItem.h"
#include "core/training/Person.h"

#include <QDate>
#include <span>
#include <vector>

namespace palisade {

// Every rule that says when a person's training falls due, in one place. Pure
// functions of their arguments: no clock, no SQL.
//
// evaluate(person, course, completions, policyChanges, asOf), in this order:
//  1. The course applies when it names no roles, or when one of its roles is
//     one of the person's. Otherwise: NotRequired (nothing else is computed).
//  2. A completion counts when it is marked passed, its date is on or before
//     asOf, and, when the course has a passing score, it has a score of at
//     least that. lastCompletion is the latest counting completion.
//  3. With validityMonths, a completion is valid through completedOn +
//     validityMonths (that day included) and expires after it. A completion
//     covers asOf when it counts and has not expired on asOf.
//  4. The person's start is the PHI access start date, or the hire date when
//     none is recorded (Person::startOn).
//  5. nextDue, by cadence:
//     - AtHire: the start date until a counting completion exists; then none,
//       or its expiry date when the course has a validity.
//       accessBeforeTraining is set when a PHI access start date is recorded
//       and the first counting completion is after it, or there is none and
//       asOf is after it. (Training on the access day itself is on time.)
//     - EveryMonths: lastCompletion + cadenceMonths, or its expiry when that
//       is earlier. Never completed: the start date + cadenceMonths, since
//       training at hire (an AtHire course) covers the first cycle, as "at
//       hire and at least annually" has it. Month arithmetic is
//       QDate::addMonths, which clamps to the month's last day: 31 Jan + 1
//       month is 28 (or 29) Feb, and 29 Feb + 12 months is 28 Feb, never 1 Mar.
//     - OnPolicyChange: the change is the latest date in policyChanges that is
//       on or before asOf and after the start date. Without one, nothing is due
//       (NotRequired unless a valid completion covers asOf: Complete). With
//       one, a counting completion on or after the change date satisfies it
//       (nextDue none, or its expiry with a validity); otherwise nextDue is
//       the change date + 30 days and earlier completions do not cover asOf.
//  6. The state:
//     - a course retired on or before asOf, or a person hired after asOf:
//       NotRequired, with nextDue none;
//     - a person terminated before asOf (terminatedOn < asOf):
//       EndedByTermination, with nextDue none; the records and
//       lastCompletion stay;
//     - no nextDue: Complete when covered, else NotRequired;
//     - asOf after nextDue: Overdue, daysOverdue = days from nextDue to asOf,
//       and no completion covers asOf any more;
//     - nextDue 0 to 30 days ahead (inclusive): DueSoon; a completion on the
//       due date is therefore on time;
//     - further ahead: Complete when covered, else NotYetDue.
class TrainingDueRules
{
public:
    static constexpr int dueSoonDays = 30;
    static constexpr int policyChangeGraceDays = 30;

    static bool applies(const Person& person, const Course& course);
    static bool counts(const Course& course, const Completion& completion);
    // The last day a completion on `completedOn` is valid; invalid when the
    // course sets no validity (valid for good).
    static QDate validThrough(const Course& course, const QDate& completedOn);

    // `completions`: the person's completions of the course, in any order
    // (others are ignored). `policyChanges`: the effective dates of the
    // revisions of the policies the course is linked to (of every policy when
    // it names none), in any order; used by OnPolicyChange courses only.
    static DueItem evaluate(const Person& person, const Course& course,
                            std::span<const Completion> completions,
                            const std::vector<QDate>& policyChanges, const QDate& asOf);
};

} // namespace palisade
