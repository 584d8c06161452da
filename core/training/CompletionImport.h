#pragma once

#include "core/training/ImportBatch.h"

#include <vector>

namespace palisade {

// What TrainingRegister::importCompletions wrote: the batch, and which rows
// were new. A row whose person, course and date are already on file (from an
// earlier import, by hand, or earlier in the same file) is skipped, so
// importing the same file twice adds nothing the second time.
struct CompletionImport
{
    ImportBatch batch;
    std::vector<qint64> addedIds; // the new completions, in row order
    int alreadyPresent = 0;       // rows skipped as already on file
};

} // namespace palisade
