#pragma once

#include <QString>

namespace palisade {

// The two revisions as HTML: the earlier one with its removals marked, the
// later one with its additions marked.
struct WordDiffSideBySide
{
    QString before;
    QString after;
};

} // namespace palisade
