#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace palisade {

// The SHA-256 of `bytes`: 32 raw bytes. Computed by OpenSSL's libcrypto,
// which uses the processor's SHA instructions where it has them; hashing is
// what verifying a long audit trail spends most of its time on.
QByteArray sha256(QByteArrayView bytes);

// The same as 64 lower-case hex digits, the form stored beside every
// attachment and in every audit event.
QByteArray sha256HexBytes(QByteArrayView bytes);
QString sha256Hex(const QByteArray& bytes);

} // namespace palisade
