#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace palisade {

// An audit event as it is stored, its text columns as the bytes on file:
// what verification hashes, with no decoding into text and encoding back.
struct StoredAuditEvent
{
    qint64 seq = 0;
    int format = 0;
    QByteArray at; // "2026-03-01T09:00:00.000Z" when canonical
    QByteArray actor;
    QByteArray action;
    QByteArray entity;
    QByteArray recordId;
    QByteArray before; // JSON
    QByteArray after;  // JSON
    QByteArray prevHash;
    QByteArray hash;
};

} // namespace palisade
