#include "app/cli/CliJson.h"

#include "core/util/IsoDate.h"

namespace palisade::cli {

QJsonValue jsonDateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue();
}

QJsonValue jsonDateOrNull(const std::optional<QDate>& date)
{
    return date ? jsonDateOrNull(*date) : QJsonValue();
}

} // namespace palisade::cli
