#include "core/io/CsvWriter.h"

#include "core/io/ExportTarget.h"
#include "core/io/FormulaGuard.h"

#include <QFileInfo>
#include <QSaveFile>

namespace palisade {
namespace {

// Semicolons and tabs are quoted too: CsvReader takes whichever of ',' ';'
// and tab is most frequent on the first line as the delimiter.
bool needsQuotes(const QString& field)
{
    for (const QChar c : field)
        if (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\t') ||
            c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            return true;
    // Leading or trailing spaces survive any reader only inside quotes.
    return !field.isEmpty() && (field.front().isSpace() || field.back().isSpace());
}

} // namespace

CsvWriter::CsvWriter(QStringList header)
    : m_header(std::move(header))
{
}

QByteArray CsvWriter::toUtf8() const
{
    QByteArray out("\xEF\xBB\xBF");
    appendRecord(out, m_header);
    for (const QStringList& row : m_rows)
        appendRecord(out, row);
    return out;
}

void CsvWriter::appendRecord(QByteArray& out, const QStringList& fields) const
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(',');
        const QString field = m_guard ? FormulaGuard::guard(fields.at(i)) : fields.at(i);
        if (needsQuotes(field)) {
            QString escaped = field;
            escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            out.append('"').append(escaped.toUtf8()).append('"');
        } else {
            out.append(field.toUtf8());
        }
    }
    out.append("\r\n");
}

Result<void> CsvWriter::save(const QString& path, OverwritePolicy policy) const
{
    if (auto checked = ExportTarget::check(path, policy); !checked.ok())
        return checked;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportTarget::writeFailed(path, file.errorString());
    const QByteArray bytes = toUtf8();
    if (file.write(bytes) != bytes.size())
        return ExportTarget::writeFailed(path, file.errorString());
    // Checked again right before the rename: the file may have appeared while
    // this one was being written.
    if (policy == OverwritePolicy::Refuse && QFileInfo::exists(path))
        return ExportTarget::alreadyExists(path);
    if (!file.commit())
        return ExportTarget::writeFailed(path, file.errorString());
    return {};
}

} // namespace palisade
