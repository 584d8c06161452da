#pragma once

#include "core/files/StoredFile.h"

#include <QByteArray>
#include <QString>

namespace palisade {

// A file checked and read, ready to be written inside the transaction that
// attaches it to its record.
struct PendingFile
{
    StoredFile file; // id 0 until stored
    QByteArray content;
    QString text; // extracted, page after page
};

} // namespace palisade
