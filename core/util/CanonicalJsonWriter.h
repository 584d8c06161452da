#pragma once

#include "core/util/JsonText.h"

#include <QByteArray>
#include <QStringList>
#include <QStringView>
#include <vector>

namespace palisade {

// Writes one flat JSON object straight into its canonical form, byte for byte
// what canonicalJson() makes of the same QJsonObject, without building the
// QJsonObject: several times faster, for records written in bulk. Keys are
// ASCII literals, each added once, in any order; values are strings, null or
// arrays of strings.
class CanonicalJsonWriter
{
public:
    CanonicalJsonWriter& add(const char* key, QStringView value);
    CanonicalJsonWriter& addNull(const char* key);
    // null when `value` is empty.
    CanonicalJsonWriter& addOrNull(const char* key, QStringView value);
    CanonicalJsonWriter& add(const char* key, const QStringList& values);

    // The object; the writer is empty again afterwards.
    JsonText finish();

    // `value` as a JSON string literal, quotes included, appended to `out`.
    static void appendString(QByteArray& out, QStringView value);

private:
    struct Field
    {
        const char* key;
        qsizetype keyLength;
        qsizetype begin;
        qsizetype end;
    };
    // Each value is written between these two.
    void startField(const char* key);
    CanonicalJsonWriter& endField();

    QByteArray m_values;
    std::vector<Field> m_fields;
};

} // namespace palisade
