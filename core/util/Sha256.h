#pragma once

#include <QByteArray>
#include <QString>

namespace palisade {

// The SHA-256 of `bytes` as 64 lower-case hex digits, the form stored beside
// every attachment.
QString sha256Hex(const QByteArray& bytes);

} // namespace palisade
