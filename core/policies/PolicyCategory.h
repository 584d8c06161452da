#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// The part of the HIPAA program a policy belongs to.
enum class PolicyCategory
{
    Privacy,
    Security,
    BreachNotification,
    Administrative,
};

QString policyCategoryKey(PolicyCategory value); // stored form, e.g. "breach_notification"
std::optional<PolicyCategory> policyCategoryFromKey(const QString& key);
QString policyCategoryLabel(PolicyCategory value); // translated
std::array<PolicyCategory, 4> allPolicyCategories();

} // namespace palisade
