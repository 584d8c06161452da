#pragma once

#include "core/io/OverwritePolicy.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace palisade {

// Builds a CSV file in memory and saves it atomically: UTF-8 with a BOM (so
// spreadsheets read accented names right), CRLF, ',' as the delimiter, fields
// quoted only when they must be. Text that a spreadsheet would run as a
// formula gets FormulaGuard's apostrophe unless the guard is turned off.
class CsvWriter
{
public:
    explicit CsvWriter(QStringList header);

    // On by default; plain numbers are never guarded, so turning it off is only
    // for files meant for programs rather than spreadsheets.
    void setFormulaGuard(bool enabled) { m_guard = enabled; }
    void addRow(QStringList fields) { m_rows.append(std::move(fields)); }
    qsizetype rowCount() const { return m_rows.size(); }

    QByteArray toUtf8() const;

    // Writes through QSaveFile: on any failure the target is untouched and no
    // partial file is left. Io errors name the path.
    Result<void> save(const QString& path, OverwritePolicy policy = OverwritePolicy::Refuse) const;

private:
    void appendRecord(QByteArray& out, const QStringList& fields) const;

    QStringList m_header;
    QList<QStringList> m_rows;
    bool m_guard = true;
};

} // namespace palisade
