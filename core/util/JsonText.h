#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace palisade {

class CanonicalJsonWriter;

// One JSON object in canonical form (see canonicalJson()): what the audit
// trail stores and hashes as a side of an event. It is made from a
// QJsonObject, or written directly by CanonicalJsonWriter where records are
// written in bulk. A default JsonText is the empty object "{}".
class JsonText
{
public:
    JsonText();
    // Implicit, so that wherever a QJsonObject (or its braced list of
    // members) was given, it still may be.
    JsonText(const QJsonObject& object); // NOLINT(google-explicit-constructor)
    JsonText(std::initializer_list<std::pair<QString, QJsonValue>> members); // NOLINT

    const QByteArray& bytes() const { return m_bytes; }
    QJsonObject object() const;

private:
    friend class CanonicalJsonWriter;
    explicit JsonText(QByteArray canonical);

    QByteArray m_bytes;
};

} // namespace palisade
