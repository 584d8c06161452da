#pragma once

#include "core/policies/Policy.h"

#include <QCoreApplication>
#include <QStringList>

namespace palisade {

class SecurityRuleCatalog;

// The rules a policy must satisfy on its own. Whether its code is taken the
// register checks against the stored policies.
class PolicyValidator
{
    Q_DECLARE_TR_FUNCTIONS(palisade::PolicyValidator)

public:
    static constexpr int maximumCodeLength = 20;
    static constexpr int maximumTitleLength = 200;
    static constexpr int maximumOwnerLength = 200;
    static constexpr int maximumRoleLength = 100;
    static constexpr int maximumReviewCycleMonths = 60;

    explicit PolicyValidator(const SecurityRuleCatalog& catalog)
        : m_catalog(catalog)
    {
    }

    // Trims the text fields, sorts the citations and drops empty or repeated
    // (ignoring case) approval roles, keeping their order.
    static void normalize(Policy& policy);
    QStringList problems(const Policy& policy) const;

private:
    const SecurityRuleCatalog& m_catalog;
};

} // namespace palisade
