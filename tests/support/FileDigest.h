#pragma once

#include <QByteArray>
#include <QString>

namespace palisade::test {

// SHA-256 of a file's bytes, or an empty array when it cannot be read.
QByteArray fileDigest(const QString& path);
// Overwrites `count` bytes at `offset` with their bitwise complement.
bool flipBytes(const QString& path, qint64 offset, int count = 1);

} // namespace palisade::test
