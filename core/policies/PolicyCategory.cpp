#include "core/policies/PolicyCategory.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<PolicyCategory, 4> keys{{
    {PolicyCategory::Privacy, QLatin1String("privacy")},
    {PolicyCategory::Security, QLatin1String("security")},
    {PolicyCategory::BreachNotification, QLatin1String("breach_notification")},
    {PolicyCategory::Administrative, QLatin1String("administrative")},
}};

} // namespace

QString policyCategoryKey(PolicyCategory value)
{
    return keyOf(keys, value);
}

std::optional<PolicyCategory> policyCategoryFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString policyCategoryLabel(PolicyCategory value)
{
    switch (value) {
    case PolicyCategory::Privacy:
        return QCoreApplication::translate("palisade::PolicyCategory", "Privacy");
    case PolicyCategory::Security:
        return QCoreApplication::translate("palisade::PolicyCategory", "Security");
    case PolicyCategory::BreachNotification:
        return QCoreApplication::translate("palisade::PolicyCategory", "Breach Notification");
    case PolicyCategory::Administrative:
        return QCoreApplication::translate("palisade::PolicyCategory", "Administrative");
    }
    return {};
}

std::array<PolicyCategory, 4> allPolicyCategories()
{
    return valuesOf(keys);
}

} // namespace palisade
