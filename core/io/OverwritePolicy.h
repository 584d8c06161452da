#pragma once

namespace palisade {

// What an export does when a file already exists at the chosen path. Refuse is
// the default everywhere: replacing needs the user's explicit consent.
enum class OverwritePolicy
{
    Refuse,
    Replace,
};

} // namespace palisade
