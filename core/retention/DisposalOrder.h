#pragma once

#include "core/retention/RecordRef.h"

#include <vector>

namespace palisade {

// The order in which a batch of records can all be disposed of: parts before
// what they belong to (a document before its agreement, a task before its
// risk) and records that refer to others before those they refer to (risks
// name assets, agreements name counterparties, revisions belong to policies).
class DisposalOrder
{
public:
    static std::vector<RecordRef> of(std::vector<RecordRef> records);
};

} // namespace palisade
