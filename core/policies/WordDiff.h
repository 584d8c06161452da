#pragma once

#include "core/policies/DiffSegment.h"
#include "core/policies/WordDiffCounts.h"

#include <QString>
#include <vector>

namespace palisade {

// Word-level comparison of two revisions of a policy's Markdown text. The
// result is deterministic: the same two texts always give the same segments.
class WordDiff
{
public:
    // Identical texts give a single Same segment (none when both are empty).
    // Within a change, the removed text comes before the added text.
    static std::vector<DiffSegment> compare(const QString& before, const QString& after);

    static WordDiffCounts count(const std::vector<DiffSegment>& segments);
};

} // namespace palisade
