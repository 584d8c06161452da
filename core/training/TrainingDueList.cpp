#include "core/training/TrainingDueList.h"

#include "core/training/TrainingDueRules.h"

#include <algorithm>

namespace palisade {

TrainingDueList::TrainingDueList(std::vector<Person> people, std::vector<Course> courses,
                                 std::vector<Completion> completions,
                                 const std::vector<PolicyChange>& policyChanges)
    : m_people(std::move(people))
    , m_courses(std::move(courses))
    , m_completions(std::move(completions))
{
    const auto byPair = [](const Completion& a, const Completion& b) {
        return std::pair{a.personId, a.courseId} < std::pair{b.personId, b.courseId};
    };
    if (!std::is_sorted(m_completions.begin(), m_completions.end(), byPair))
        std::stable_sort(m_completions.begin(), m_completions.end(), byPair);
    m_runs.reserve(qsizetype(m_people.size() * 4));
    for (std::size_t i = 0; i < m_completions.size();) {
        std::size_t end = i + 1;
        while (end < m_completions.size() && !byPair(m_completions[i], m_completions[end]))
            ++end;
        m_runs.insert({m_completions[i].personId, m_completions[i].courseId}, {i, end - i});
        i = end;
    }
    m_changes.reserve(m_courses.size());
    for (const Course& course : m_courses) {
        std::vector<QDate> dates;
        if (course.cadence == Cadence::OnPolicyChange) {
            for (const PolicyChange& change : policyChanges) {
                if (course.policyIds.isEmpty() || course.policyIds.contains(change.policyId))
                    dates.push_back(change.effectiveOn);
            }
        }
        m_changes.push_back(std::move(dates));
    }
}

std::vector<DueItem> TrainingDueList::items(const QDate& asOf) const
{
    std::vector<DueItem> out;
    out.reserve(m_people.size() * m_courses.size());
    for (const Person& person : m_people) {
        for (std::size_t i = 0; i < m_courses.size(); ++i) {
            const Course& course = m_courses[i];
            if (!TrainingDueRules::applies(person, course))
                continue;
            std::span<const Completion> own;
            if (const auto run = m_runs.constFind({person.id, course.id}); run != m_runs.constEnd())
                own = std::span<const Completion>(m_completions).subspan(run->first, run->second);
            out.push_back(TrainingDueRules::evaluate(person, course, own, m_changes[i], asOf));
        }
    }
    return out;
}

std::vector<CompletionRate> TrainingDueList::rateByMonth(const QDate& from, int months) const
{
    std::vector<CompletionRate> rates;
    if (!from.isValid())
        return rates;
    const QDate first(from.year(), from.month(), 1);
    for (int i = 0; i < months; ++i) {
        const QDate start = first.addMonths(i);
        CompletionRate rate;
        rate.monthEnd = QDate(start.year(), start.month(), start.daysInMonth());
        for (const DueItem& item : items(rate.monthEnd)) {
            if (item.state == DueState::NotRequired || item.state == DueState::EndedByTermination)
                continue;
            ++rate.required;
            if (item.covered)
                ++rate.complete;
        }
        rates.push_back(rate);
    }
    return rates;
}

} // namespace palisade
