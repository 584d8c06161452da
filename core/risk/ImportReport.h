#pragma once

#include <QStringList>
#include <vector>

namespace palisade {

// What a successful CSV import created, in the order of the file's rows.
struct ImportReport
{
    qsizetype rowsRead = 0;
    std::vector<qint64> ids;
    QStringList created; // references ("R-0007") for risks, names for assets

    qsizetype imported() const { return qsizetype(ids.size()); }
};

} // namespace palisade
