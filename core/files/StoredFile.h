#pragma once

#include <QDateTime>
#include <QString>

namespace palisade {

// A PDF kept inside the encrypted file: a policy revision's signed copy, a
// training certificate. The bytes are read separately so lists stay light.
struct StoredFile
{
    qint64 id = 0; // 0 until stored
    QString fileName;
    QString sha256; // lower-case hex of the stored bytes
    qint64 size = 0;
    int pageCount = 0;
    QDateTime addedAt; // UTC
    QString addedBy;

    friend bool operator==(const StoredFile&, const StoredFile&) = default;
};

} // namespace palisade
