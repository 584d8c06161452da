#pragma once

#include "core/policies/DiffSegment.h"

#include <QString>
#include <vector>

namespace palisade {

// Renders a word diff for a terminal in the convention of
// `git diff --word-diff=plain`: removed text as [-text-], added as {+text+}.
class WordDiffPlainText
{
public:
    static QString render(const std::vector<DiffSegment>& segments);
};

} // namespace palisade
