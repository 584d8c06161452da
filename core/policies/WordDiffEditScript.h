#pragma once

#include "core/policies/WordDiffTokenizer.h"

#include <vector>

namespace palisade {

// The shortest sequence of kept, removed and added tokens that turns one
// token list into another, computed with dtl. Where an insertion or removal
// could equally sit in several places ("a{+ b a+}" or "{+a b +}a"), it is
// moved to the place that reads best: starting at a line or a word, ending
// at a line break.
class WordDiffEditScript
{
public:
    enum class Operation
    {
        Keep,
        Remove,
        Add,
    };

    struct Edit
    {
        Operation operation = Operation::Keep;
        WordDiffTokenizer::Token token; // from `before` unless added
    };

    static std::vector<Edit> build(const std::vector<WordDiffTokenizer::Token>& before,
                                   const std::vector<WordDiffTokenizer::Token>& after);
};

} // namespace palisade
