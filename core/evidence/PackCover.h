#pragma once

#include <QDateTime>
#include <QString>

namespace palisade {

// What the cover of an evidence pack says beyond the request: whose program
// it is, which pack this is, and when and by what it was made.
struct PackCover
{
    QString organization;
    QString packId;        // "EP-20261124-7F3A9C"
    QDateTime generatedAt; // UTC
    QString generator;     // "Palisade 0.9.0"
};

} // namespace palisade
