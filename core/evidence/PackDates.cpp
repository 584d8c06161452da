#include "core/evidence/PackDates.h"

#include "core/util/IsoDate.h"

namespace palisade {

QString PackDates::text(const QDate& day)
{
    return day.isValid() ? isoDate(day) : tr("—");
}

bool PackDates::inPeriod(const QDate& day, const PackRequest& request)
{
    return day.isValid() && day >= request.from && day <= request.to;
}

QDateTime PackDates::endOf(const QDate& day)
{
    return QDateTime(day.addDays(1), QTime(0, 0), Qt::LocalTime).toUTC();
}

bool PackDates::existedOn(const QDateTime& createdAt, const QDate& day)
{
    return !createdAt.isValid() || createdAt < endOf(day);
}

QDate PackDates::localDay(const QDateTime& at)
{
    return at.toLocalTime().date();
}

} // namespace palisade
