#include "ui/vendors/VendorDates.h"

#include <limits>

namespace palisade::ui::vendordates {

QString text(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant sortKey(const QDate& date)
{
    return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::max();
}

} // namespace palisade::ui::vendordates
