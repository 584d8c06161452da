#pragma once

#include <QDate>

namespace palisade {

// A policy revision taking effect: what an on-policy-change course reacts to.
struct PolicyChange
{
    qint64 policyId = 0;
    QDate effectiveOn;

    friend bool operator==(const PolicyChange&, const PolicyChange&) = default;
};

} // namespace palisade
