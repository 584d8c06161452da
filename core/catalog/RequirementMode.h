#pragma once

namespace palisade {

// Which reading of the rule decides what is required. The catalog keeps the
// current required/addressable split as data; AllRequired models the proposed
// rule under which every implementation specification would be required.
enum class RequirementMode
{
    CurrentRule,
    AllRequired,
};

} // namespace palisade
