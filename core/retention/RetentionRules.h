#pragma once

#include "core/retention/RetentionRule.h"

#include <optional>
#include <vector>

namespace palisade {

// The retention rules of every record type Palisade keeps, as data: the rule
// table shown to users and the wording of every retention refusal. A later
// area (training completions, policy acknowledgments, incidents) adds its row
// here together with its rows in the retention_record view.
class RetentionRules
{
public:
    static std::vector<RetentionRule> all();
    static std::optional<RetentionRule> find(const QString& recordType);
    // The rule's label for the type, or the type key itself when no rule names it.
    static QString labelOf(const QString& recordType);
};

} // namespace palisade
