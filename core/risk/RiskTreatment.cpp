#include "core/risk/RiskTreatment.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {

namespace {

constexpr KeyTable<RiskTreatment, 5> keys{{
    {RiskTreatment::Undecided, QLatin1String("undecided")},
    {RiskTreatment::Mitigate, QLatin1String("mitigate")},
    {RiskTreatment::Accept, QLatin1String("accept")},
    {RiskTreatment::Transfer, QLatin1String("transfer")},
    {RiskTreatment::Avoid, QLatin1String("avoid")},
}};

} // namespace

QString riskTreatmentKey(RiskTreatment value)
{
    return keyOf(keys, value);
}

std::optional<RiskTreatment> riskTreatmentFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString riskTreatmentLabel(RiskTreatment value)
{
    switch (value) {
    case RiskTreatment::Undecided:
        return QCoreApplication::translate("palisade::RiskTreatment", "Undecided");
    case RiskTreatment::Mitigate:
        return QCoreApplication::translate("palisade::RiskTreatment", "Mitigate");
    case RiskTreatment::Accept:
        return QCoreApplication::translate("palisade::RiskTreatment", "Accept");
    case RiskTreatment::Transfer:
        return QCoreApplication::translate("palisade::RiskTreatment", "Transfer");
    case RiskTreatment::Avoid:
        return QCoreApplication::translate("palisade::RiskTreatment", "Avoid");
    }
    return {};
}

std::array<RiskTreatment, 5> allRiskTreatments()
{
    return valuesOf(keys);
}

} // namespace palisade
