#include "core/training/Cadence.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<Cadence, 3> keys{{
    {Cadence::AtHire, QLatin1String("at_hire")},
    {Cadence::EveryMonths, QLatin1String("every_months")},
    {Cadence::OnPolicyChange, QLatin1String("on_policy_change")},
}};

} // namespace

QString cadenceKey(Cadence value)
{
    return keyOf(keys, value);
}

std::optional<Cadence> cadenceFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString cadenceLabel(Cadence value)
{
    switch (value) {
    case Cadence::AtHire:
        return QCoreApplication::translate("palisade::Cadence", "Once at hire, before PHI access");
    case Cadence::EveryMonths:
        return QCoreApplication::translate("palisade::Cadence", "Every N months");
    case Cadence::OnPolicyChange:
        return QCoreApplication::translate("palisade::Cadence", "On a policy change");
    }
    return {};
}

std::array<Cadence, 3> allCadences()
{
    return valuesOf(keys);
}

} // namespace palisade
