#pragma once

#include "core/training/ImportBatch.h"

#include <vector>

namespace palisade {

// What TrainingRegister::importPeople wrote. People are matched by employee
// ID (ignoring case): a new ID adds a person, a known one updates that person
// when the row differs, and an identical row changes nothing, so importing the
// same file twice changes nothing the second time.
struct PeopleImport
{
    ImportBatch batch;
    std::vector<qint64> addedIds;   // in row order
    std::vector<qint64> updatedIds; // in row order
    int unchanged = 0;
};

} // namespace palisade
