#pragma once

#include <QDate>

namespace palisade {

// The HIPAA retention period as a date rule: documentation is kept "for 6
// years from the date of its creation or the date when it last was in effect,
// whichever is later" (164.316(b)(2)(i), 164.530(j)(2)).
class RetentionDates
{
public:
    static constexpr int years = 6;

    // The last day a record must be kept: six years after the later of the two
    // dates. Invalid while the record is in effect (lastInEffect invalid).
    static QDate retainUntil(const QDate& created, const QDate& lastInEffect);
    // `date` plus whole years. 29 February lands on 1 March of a common year:
    // the period is never shortened by a day.
    static QDate addYears(const QDate& date, int count);
};

} // namespace palisade
