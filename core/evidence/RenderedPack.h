#pragma once

#include <QByteArray>

namespace palisade {

// The PDF of an evidence pack, in memory until it is saved.
struct RenderedPack
{
    QByteArray pdf;
    int pageCount = 0;
    bool cancelled = false; // stopped on request; `pdf` is then incomplete
};

} // namespace palisade
