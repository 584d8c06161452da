#include "core/training/RevisionAcknowledgmentStatus.h"

#include <algorithm>
#include <map>

namespace palisade {

RevisionAcknowledgmentStatus::RevisionAcknowledgmentStatus(
    const std::vector<Person>& people, const std::vector<PolicyAcknowledgment>& acknowledgments,
    const QDate& asOf)
{
    std::map<qint64, const PolicyAcknowledgment*> byPerson;
    for (const PolicyAcknowledgment& each : acknowledgments) {
        if (each.acknowledgedOn <= asOf)
            byPerson.emplace(each.personId, &each);
    }
    for (const Person& person : people) {
        Row row;
        row.person = person;
        if (const auto found = byPerson.find(person.id); found != byPerson.end())
            row.acknowledgment = *found->second;
        row.expected = onWorkforce(person, asOf);
        if (!row.expected && !row.acknowledgment)
            continue;
        if (row.expected) {
            ++m_expected;
            if (row.acknowledgment)
                ++m_acknowledged;
        }
        m_rows.push_back(std::move(row));
    }
    const auto rank = [](const Row& row) {
        if (row.expected)
            return row.acknowledgment ? 1 : 0;
        return 2;
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row& a, const Row& b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return a.person.name.localeAwareCompare(b.person.name) < 0;
    });
}

bool RevisionAcknowledgmentStatus::onWorkforce(const Person& person, const QDate& day)
{
    if (person.hiredOn.isValid() && person.hiredOn > day)
        return false;
    return !(person.isTerminated() && person.terminatedOn.isValid() && person.terminatedOn < day);
}

} // namespace palisade
