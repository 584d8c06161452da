#pragma once

#include "core/training/Person.h"
#include "core/training/PolicyAcknowledgment.h"

#include <QDate>
#include <optional>
#include <vector>

namespace palisade {

// Who has acknowledged one policy revision, as of a day. Everyone on the
// workforce that day is expected to: hired on or before it and not
// terminated before it. People who acknowledged but have left since are
// listed too, as acknowledged, but not counted as expected.
class RevisionAcknowledgmentStatus
{
public:
    struct Row
    {
        Person person;
        std::optional<PolicyAcknowledgment> acknowledgment;
        bool expected = false; // on the workforce on the day asked about
    };

    RevisionAcknowledgmentStatus(const std::vector<Person>& people,
                                 const std::vector<PolicyAcknowledgment>& acknowledgments,
                                 const QDate& asOf);

    // Expected people first (those still to acknowledge before those who
    // have), then the others; by name within each group.
    const std::vector<Row>& rows() const { return m_rows; }
    int expectedCount() const { return m_expected; }
    int acknowledgedCount() const { return m_acknowledged; } // of the expected
    int outstandingCount() const { return m_expected - m_acknowledged; }

    static bool onWorkforce(const Person& person, const QDate& day);

private:
    std::vector<Row> m_rows;
    int m_expected = 0;
    int m_acknowledged = 0;
};

} // namespace palisade
