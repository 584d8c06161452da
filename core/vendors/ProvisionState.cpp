#include "core/vendors/ProvisionState.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<ProvisionState, 4> keys{{
    {ProvisionState::Unchecked, QLatin1String("unchecked")},
    {ProvisionState::Present, QLatin1String("present")},
    {ProvisionState::Missing, QLatin1String("missing")},
    {ProvisionState::NotApplicable, QLatin1String("not_applicable")},
}};

} // namespace

QString provisionStateKey(ProvisionState value)
{
    return keyOf(keys, value);
}

std::optional<ProvisionState> provisionStateFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString provisionStateLabel(ProvisionState value)
{
    switch (value) {
    case ProvisionState::Unchecked:
        return QCoreApplication::translate("palisade::ProvisionState", "Not Checked");
    case ProvisionState::Present:
        return QCoreApplication::translate("palisade::ProvisionState", "Present");
    case ProvisionState::Missing:
        return QCoreApplication::translate("palisade::ProvisionState", "Missing");
    case ProvisionState::NotApplicable:
        return QCoreApplication::translate("palisade::ProvisionState", "Not Applicable");
    }
    return {};
}

std::array<ProvisionState, 4> allProvisionStates()
{
    return valuesOf(keys);
}

} // namespace palisade
