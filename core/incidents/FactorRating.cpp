#include "core/incidents/FactorRating.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<FactorRating, 3> keys{{
    {FactorRating::Low, QLatin1String("low")},
    {FactorRating::Moderate, QLatin1String("moderate")},
    {FactorRating::High, QLatin1String("high")},
}};

} // namespace

QString factorRatingKey(FactorRating value)
{
    return keyOf(keys, value);
}

std::optional<FactorRating> factorRatingFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString factorRatingLabel(FactorRating value)
{
    switch (value) {
    case FactorRating::Low:
        return QCoreApplication::translate("palisade::FactorRating", "Low");
    case FactorRating::Moderate:
        return QCoreApplication::translate("palisade::FactorRating", "Moderate");
    case FactorRating::High:
        return QCoreApplication::translate("palisade::FactorRating", "High");
    }
    return {};
}

std::array<FactorRating, 3> allFactorRatings()
{
    return valuesOf(keys);
}

} // namespace palisade
