#include "core/util/CanonicalJsonWriter.h"

#include <algorithm>
#include <cstring>

namespace palisade {
namespace {

constexpr char hexDigits[] = "0123456789abcdef";

char* writeEscape(char* out, char16_t unit)
{
    *out++ = '\\';
    *out++ = 'u';
    *out++ = hexDigits[(unit >> 12) & 0xF];
    *out++ = hexDigits[(unit >> 8) & 0xF];
    *out++ = hexDigits[(unit >> 4) & 0xF];
    *out++ = hexDigits[unit & 0xF];
    return out;
}

char* writeAscii(char* out, char16_t unit)
{
    char escaped = 0;
    switch (unit) {
    case u'"':
        escaped = '"';
        break;
    case u'\\':
        escaped = '\\';
        break;
    case u'\b':
        escaped = 'b';
        break;
    case u'\f':
        escaped = 'f';
        break;
    case u'\n':
        escaped = 'n';
        break;
    case u'\r':
        escaped = 'r';
        break;
    case u'\t':
        escaped = 't';
        break;
    default:
        if (unit < 0x20)
            return writeEscape(out, unit);
        *out++ = char(unit);
        return out;
    }
    *out++ = '\\';
    *out++ = escaped;
    return out;
}

} // namespace

void CanonicalJsonWriter::appendString(QByteArray& out, QStringView value)
{
    // Written through a pointer into room for the longest form (an escape of
    // six bytes per code unit), then cut to what was written.
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * value.size());
    char* cursor = out.data() + start;
    *cursor++ = '"';
    const char16_t* unit = value.utf16();
    const char16_t* const end = unit + value.size();
    while (unit != end) {
        const char16_t u = *unit++;
        if (u < 0x80) {
            cursor = writeAscii(cursor, u);
        } else if (u < 0x800) {
            *cursor++ = char(0xC0 | (u >> 6));
            *cursor++ = char(0x80 | (u & 0x3F));
        } else if (!QChar::isSurrogate(u)) {
            *cursor++ = char(0xE0 | (u >> 12));
            *cursor++ = char(0x80 | ((u >> 6) & 0x3F));
            *cursor++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && unit != end && QChar::isLowSurrogate(*unit)) {
            const char32_t code = QChar::surrogateToUcs4(u, *unit++);
            *cursor++ = char(0xF0 | (code >> 18));
            *cursor++ = char(0x80 | ((code >> 12) & 0x3F));
            *cursor++ = char(0x80 | ((code >> 6) & 0x3F));
            *cursor++ = char(0x80 | (code & 0x3F));
        } else {
            // A lone surrogate has no UTF-8 form; JSON escapes it.
            cursor = writeEscape(cursor, u);
        }
    }
    *cursor++ = '"';
    out.resize(cursor - out.constData());
}

void CanonicalJsonWriter::startField(const char* key)
{
    Q_ASSERT(std::none_of(m_fields.begin(), m_fields.end(),
                          [key](const Field& field) { return std::strcmp(field.key, key) == 0; }));
    m_fields.push_back(Field{key, qsizetype(std::strlen(key)), m_values.size(), m_values.size()});
}

CanonicalJsonWriter& CanonicalJsonWriter::endField()
{
    m_fields.back().end = m_values.size();
    return *this;
}

CanonicalJsonWriter& CanonicalJsonWriter::add(const char* key, QStringView value)
{
    startField(key);
    appendString(m_values, value);
    return endField();
}

CanonicalJsonWriter& CanonicalJsonWriter::addNull(const char* key)
{
    startField(key);
    m_values.append("null", 4);
    return endField();
}

CanonicalJsonWriter& CanonicalJsonWriter::addOrNull(const char* key, QStringView value)
{
    return value.isEmpty() ? addNull(key) : add(key, value);
}

CanonicalJsonWriter& CanonicalJsonWriter::add(const char* key, const QStringList& values)
{
    startField(key);
    m_values.append('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_values.append(',');
        appendString(m_values, values[i]);
    }
    m_values.append(']');
    return endField();
}

JsonText CanonicalJsonWriter::finish()
{
    std::sort(m_fields.begin(), m_fields.end(),
              [](const Field& a, const Field& b) { return std::strcmp(a.key, b.key) < 0; });
    // "{" + "key":value per field, joined by commas + "}"
    qsizetype size = 2 + std::max<qsizetype>(0, qsizetype(m_fields.size()) - 1);
    for (const Field& field : m_fields)
        size += field.keyLength + 3 + (field.end - field.begin);
    QByteArray out(size, Qt::Uninitialized);
    char* cursor = out.data();
    *cursor++ = '{';
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const Field& field = m_fields[i];
        if (i > 0)
            *cursor++ = ',';
        *cursor++ = '"';
        cursor = std::copy_n(field.key, field.keyLength, cursor);
        *cursor++ = '"';
        *cursor++ = ':';
        cursor = std::copy_n(m_values.constData() + field.begin, field.end - field.begin, cursor);
    }
    *cursor++ = '}';
    Q_ASSERT(cursor == out.constData() + out.size());
    m_values.clear();
    m_fields.clear();
    return JsonText(std::move(out));
}

} // namespace palisade
