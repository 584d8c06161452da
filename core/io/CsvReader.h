#pragma once

#include "core/io/CsvRecord.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace palisade {

// Reads RFC 4180 CSV as spreadsheets save it: UTF-8 with or without BOM, CRLF
// or LF, ',' ';' or tab as the delimiter (detected from the header line).
// Blank lines are skipped, trailing empty fields kept, and the apostrophe that
// guards a formula-like value (see FormulaGuard) is removed.
class CsvReader
{
public:
    static constexpr qint64 maximumFileSize = 100 * 1024 * 1024;

    // Invalid (naming the line) for malformed content or text that is not UTF-8.
    static Result<QList<CsvRecord>> parse(const QByteArray& data);
    // As parse(); Io when the file cannot be read.
    static Result<QList<CsvRecord>> readFile(const QString& path);

    // Whichever of ',' ';' and '\t' occurs most often outside quotes on the first
    // non-blank line; ',' when none does.
    static char detectDelimiter(const QByteArray& data);
};

} // namespace palisade
