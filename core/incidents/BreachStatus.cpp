#include "core/incidents/BreachStatus.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<BreachStatus, 4> keys{{
    {BreachStatus::PresumedBreach, QLatin1String("presumed_breach")},
    {BreachStatus::Breach, QLatin1String("breach")},
    {BreachStatus::LowProbability, QLatin1String("low_probability")},
    {BreachStatus::SecuredPhi, QLatin1String("secured_phi")},
}};

} // namespace

QString breachStatusKey(BreachStatus value)
{
    return keyOf(keys, value);
}

std::optional<BreachStatus> breachStatusFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString breachStatusLabel(BreachStatus value)
{
    switch (value) {
    case BreachStatus::PresumedBreach:
        return QCoreApplication::translate("palisade::BreachStatus",
                                           "Presumed breach (not assessed)");
    case BreachStatus::Breach:
        return QCoreApplication::translate("palisade::BreachStatus", "Breach");
    case BreachStatus::LowProbability:
        return QCoreApplication::translate("palisade::BreachStatus",
                                           "Not a breach (low probability of compromise)");
    case BreachStatus::SecuredPhi:
        return QCoreApplication::translate("palisade::BreachStatus", "Not a breach (secured PHI)");
    }
    return {};
}

std::array<BreachStatus, 4> allBreachStatuss()
{
    return valuesOf(keys);
}

} // namespace palisade
