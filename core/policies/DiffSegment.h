#pragma once

#include <QString>

namespace palisade {

// A run of text that two revisions share, or that only one of them has.
// Concatenating the Same and Removed segments in order gives the earlier
// text; the Same and Added segments give the later one.
struct DiffSegment
{
    enum Kind
    {
        Same,
        Removed,
        Added,
    };

    Kind kind = Same;
    QString text;

    friend bool operator==(const DiffSegment&, const DiffSegment&) = default;
};

} // namespace palisade
