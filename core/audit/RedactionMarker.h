#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace palisade {

// What replaces one side of a format 2 audit event when the record it
// describes is disposed of: the SHA-256 of the JSON it held (which the
// event's hash covers) and the sequence number of the event recording the
// disposal, whose after JSON lists the redacted events under `listKey()`.
struct RedactionMarker
{
    qint64 byEvent = 0;
    QString sha256;

    // The marker in canonical JSON: {"redacted":{"by_event":N,"sha256":"…"}}.
    QByteArray toJson() const;
    // A side that is exactly a marker's canonical JSON; anything else (a
    // record's state, or a marker written any other way) is not one.
    static std::optional<RedactionMarker> parse(const QByteArray& json);
    // The key of the array of redacted sequence numbers in the disposal event.
    static QString listKey();
};

} // namespace palisade
