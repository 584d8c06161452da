#include "core/io/CsvParser.h"

#include "core/io/FormulaGuard.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <algorithm>

namespace palisade {
namespace {

// Spreadsheets save trailing rows of bare delimiters (";;;;"); to a user those
// are empty lines too.
bool isBlank(const CsvRecord& record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
                       [](const QString& field) { return field.trimmed().isEmpty(); });
}

// The field's text, with a U+FEFF at its start kept: QString::fromUtf8 would
// drop it as a byte-order mark, and a value written back would lose it.
QString decoded(const QByteArray& field)
{
    if (!field.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(field);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(field);
}

Error invalidAt(int line, const QString& problem)
{
    return Error{
        ErrorKind::Invalid,
        QCoreApplication::translate("palisade::CsvParser", "Line %1: %2").arg(line).arg(problem),
        {}};
}

} // namespace

CsvParser::CsvParser(QByteArrayView data, char delimiter)
    : m_data(data)
    , m_delimiter(delimiter)
{
}

Result<QList<CsvRecord>> CsvParser::records()
{
    QList<CsvRecord> result;
    while (m_pos < m_data.size()) {
        if (atLineBreak()) {
            skipLineBreak();
            continue;
        }
        CsvRecord record;
        record.line = m_line;
        for (;;) {
            QByteArray field;
            // A delimiter at the very end of the data starts an empty last field.
            if (m_pos < m_data.size() && m_data[m_pos] == '"') {
                if (auto error = readQuoted(field))
                    return *error;
            } else {
                readUnquoted(field);
            }
            record.fields.append(FormulaGuard::unguard(decoded(field)));
            if (m_pos < m_data.size() && m_data[m_pos] == m_delimiter) {
                ++m_pos;
                continue;
            }
            break;
        }
        if (m_pos < m_data.size())
            skipLineBreak();
        if (!isBlank(record))
            result.append(std::move(record));
    }
    return result;
}

std::optional<Error> CsvParser::readQuoted(QByteArray& field)
{
    const int startLine = m_line;
    ++m_pos;
    for (;;) {
        if (m_pos >= m_data.size())
            return invalidAt(startLine,
                             QCoreApplication::translate("palisade::CsvParser",
                                                         "a quoted field is not closed."));
        const char c = m_data[m_pos];
        if (c == '"') {
            if (m_pos + 1 < m_data.size() && m_data[m_pos + 1] == '"') {
                field.append('"');
                m_pos += 2;
                continue;
            }
            ++m_pos;
            break;
        }
        if (c == '\r' || c == '\n') {
            skipLineBreak();
            field.append('\n');
            continue;
        }
        field.append(c);
        ++m_pos;
    }
    // Spaces after the closing quote are a common hand-editing slip and carry
    // no data; anything else means the quoting is broken.
    while (m_pos < m_data.size() && m_data[m_pos] == ' ' && m_delimiter != ' ')
        ++m_pos;
    if (m_pos < m_data.size() && m_data[m_pos] != m_delimiter && !atLineBreak())
        return invalidAt(m_line, QCoreApplication::translate(
                                     "palisade::CsvParser",
                                     "there is text after the closing quote of a field. Put the "
                                     "whole field in quotes and double every quote inside it."));
    return std::nullopt;
}

void CsvParser::readUnquoted(QByteArray& field)
{
    const qsizetype start = m_pos;
    while (m_pos < m_data.size() && m_data[m_pos] != m_delimiter && !atLineBreak())
        ++m_pos;
    field = m_data.sliced(start, m_pos - start).toByteArray();
}

bool CsvParser::atLineBreak() const
{
    return m_pos < m_data.size() && (m_data[m_pos] == '\n' || m_data[m_pos] == '\r');
}

// CRLF, LF and a lone CR (old Mac exports) each end one physical line.
void CsvParser::skipLineBreak()
{
    if (m_data[m_pos] == '\r' && m_pos + 1 < m_data.size() && m_data[m_pos + 1] == '\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

} // namespace palisade
