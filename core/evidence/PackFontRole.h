#pragma once

namespace palisade {

// The kinds of text an evidence pack sets, each with its own size and weight
// (PackStyle).
enum class PackFontRole
{
    Title,      // the cover's title
    Heading,    // a section
    Subheading, // a part of a section
    Body,
    Small, // notes, running header and footer
    TableHeader,
    TableCell,
    Code, // hashes: monospaced, without ligatures, so they copy out exactly
};

inline constexpr int packFontRoleCount = int(PackFontRole::Code) + 1;

} // namespace palisade
