#include "tests/support/FileDigest.h"

#include <QCryptographicHash>
#include <QFile>

namespace palisade::test {

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

bool flipBytes(const QString& path, qint64 offset, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    QByteArray bytes = file.read(count);
    if (bytes.size() != count)
        return false;
    for (char& b : bytes)
        b = char(~b);
    return file.seek(offset) && file.write(bytes) == count;
}

} // namespace palisade::test
