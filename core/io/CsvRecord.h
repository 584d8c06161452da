#pragma once

#include <QStringList>

namespace palisade {

// One record of a CSV file. `line` is the physical, 1-based line on which the
// record starts, so messages point at what the user sees in a text editor even
// after a quoted field that spans several lines.
struct CsvRecord
{
    int line = 0;
    QStringList fields;

    friend bool operator==(const CsvRecord&, const CsvRecord&) = default;
};

} // namespace palisade
