#pragma once

#include "core/training/Completion.h"
#include "core/training/CompletionRate.h"
#include "core/training/Course.h"
#include "core/training/DueItem.h"
#include "core/training/Person.h"
#include "core/training/PolicyChange.h"

#include <QDate>
#include <QHash>
#include <utility>
#include <vector>

namespace palisade {

// TrainingDueRules over a whole workforce, in memory: built once from
// everything the store loaded (a few queries), then asked for any day. The
// completions are grouped by person and course once (already in that order
// when they come from CompletionStore::facts), so each evaluation reads only
// its own.
class TrainingDueList
{
public:
    TrainingDueList(std::vector<Person> people, std::vector<Course> courses,
                    std::vector<Completion> completions,
                    const std::vector<PolicyChange>& policyChanges);

    // One item per person and course that applies to the person's roles,
    // whatever its state, in the order of the people then of the courses given.
    std::vector<DueItem> items(const QDate& asOf) const;
    // The items on each of `months` month ends, starting with the end of
    // `from`'s month.
    std::vector<CompletionRate> rateByMonth(const QDate& from, int months) const;

    const std::vector<Person>& people() const { return m_people; }
    const std::vector<Course>& courses() const { return m_courses; }

private:
    std::vector<Person> m_people;
    std::vector<Course> m_courses;
    // Sorted by person and course; each pair's completions are one run of it.
    std::vector<Completion> m_completions;
    QHash<std::pair<qint64, qint64>, std::pair<std::size_t, std::size_t>> m_runs; // first, count
    std::vector<std::vector<QDate>> m_changes; // per course, as m_courses
};

} // namespace palisade
