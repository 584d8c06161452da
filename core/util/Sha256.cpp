#include "core/util/Sha256.h"

#include <QCryptographicHash>

namespace palisade {

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace palisade
