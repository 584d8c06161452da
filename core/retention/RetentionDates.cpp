#include "core/retention/RetentionDates.h"

namespace palisade {

QDate RetentionDates::retainUntil(const QDate& created, const QDate& lastInEffect)
{
    if (!lastInEffect.isValid())
        return {};
    const QDate start = created.isValid() && created > lastInEffect ? created : lastInEffect;
    return addYears(start, years);
}

QDate RetentionDates::addYears(const QDate& date, int count)
{
    if (!date.isValid())
        return {};
    const int year = date.year() + count;
    if (date.month() == 2 && date.day() == 29 && !QDate::isLeapYear(year))
        return QDate(year, 3, 1);
    return QDate(year, date.month(), date.day());
}

} // namespace palisade
