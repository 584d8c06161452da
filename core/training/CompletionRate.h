#pragma once

#include <QDate>

namespace palisade {

// The share of required person-course pairs complete on one month end: a
// pair is required when its DueItem is neither NotRequired nor
// EndedByTermination, and complete when a valid completion covers the day.
struct CompletionRate
{
    QDate monthEnd;
    int required = 0;
    int complete = 0;

    // 1 when nothing is required.
    double rate() const { return required == 0 ? 1.0 : double(complete) / double(required); }
};

} // namespace palisade
