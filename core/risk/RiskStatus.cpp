#include "core/risk/RiskStatus.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {

namespace {

constexpr KeyTable<RiskStatus, 4> keys{{
    {RiskStatus::Identified, QLatin1String("identified")},
    {RiskStatus::InRemediation, QLatin1String("in_remediation")},
    {RiskStatus::Accepted, QLatin1String("accepted")},
    {RiskStatus::Closed, QLatin1String("closed")},
}};

} // namespace

QString riskStatusKey(RiskStatus value)
{
    return keyOf(keys, value);
}

std::optional<RiskStatus> riskStatusFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString riskStatusLabel(RiskStatus value)
{
    switch (value) {
    case RiskStatus::Identified:
        return QCoreApplication::translate("palisade::RiskStatus", "Identified");
    case RiskStatus::InRemediation:
        return QCoreApplication::translate("palisade::RiskStatus", "In Remediation");
    case RiskStatus::Accepted:
        return QCoreApplication::translate("palisade::RiskStatus", "Accepted");
    case RiskStatus::Closed:
        return QCoreApplication::translate("palisade::RiskStatus", "Closed");
    }
    return {};
}

std::array<RiskStatus, 4> allRiskStatuses()
{
    return valuesOf(keys);
}

} // namespace palisade
