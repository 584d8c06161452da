#pragma once

#include "core/io/CsvReader.h"
#include "core/training/TrainingColumnMapping.h"

namespace palisade::fuzz {

// The mapping the import dialog would propose for the file's first record,
// the canonical one when the file does not parse.
inline TrainingColumnMapping proposedMapping(ImportKind kind, const QByteArray& bytes)
{
    const Result<QList<CsvRecord>> records = CsvReader::parse(bytes);
    if (!records.ok() || records->isEmpty())
        return TrainingColumnMapping(kind);
    return TrainingColumnMapping::proposeMapping(kind, records->front().fields);
}

} // namespace palisade::fuzz
