#pragma once

#include "core/retention/RecordRef.h"

#include <QString>
#include <optional>

namespace palisade {

// What became of one record asked to be disposed of: its disposal log id, or
// the reason it was refused.
struct DisposalOutcome
{
    RecordRef record;
    QString label;
    std::optional<qint64> disposalId; // set when disposed of
    QString refusal;                  // why not, when not

    bool disposed() const { return disposalId.has_value(); }
};

} // namespace palisade
