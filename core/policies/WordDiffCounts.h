#pragma once

namespace palisade {

// How many words a revision added and removed, for a one-line summary.
struct WordDiffCounts
{
    int wordsAdded = 0;
    int wordsRemoved = 0;

    friend bool operator==(const WordDiffCounts&, const WordDiffCounts&) = default;
};

} // namespace palisade
