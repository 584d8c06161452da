#pragma once

#include "core/incidents/BreachLogEntry.h"
#include "core/io/OverwritePolicy.h"
#include "core/io/XlsxSheet.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace palisade {

class Program;

// The breach log of a calendar year as a file: one row per breach
// (BreachReporting::breachLog), with what HHS's breach portal asks for each:
// reference, title, status, kind, description, dates, the individuals
// affected in total and per State ("FL 612; GA 40"), the PHI involved, the
// safeguards and response, and the notices sent (individuals, HHS, media,
// State authorities, covered entities) with the day each was first sent.
//
// The CSV file holds dates as YYYY-MM-DD text, guarded against formulas by
// CsvWriter; the XLSX sheet holds real date and number cells.
class BreachLogExporter
{
    Q_DECLARE_TR_FUNCTIONS(palisade::BreachLogExporter)

public:
    // `counterpartyNames` names the covered entities notified, by id; an id
    // missing from it is shown as its number.
    BreachLogExporter(int year, std::vector<BreachLogEntry> entries,
                      QHash<qint64, QString> counterpartyNames);
    static Result<BreachLogExporter> fromProgram(Program& program, int year);

    int year() const { return m_year; }
    const std::vector<BreachLogEntry>& entries() const { return m_entries; }

    static QStringList header();
    // "FL 612; GA 40"
    static QString affectedText(const std::vector<JurisdictionCount>& affected);

    QList<XlsxRow> rows() const;
    QList<QStringList> csvRows() const;
    XlsxSheet sheet() const;

    Result<void> saveCsv(const QString& path,
                         OverwritePolicy policy = OverwritePolicy::Refuse) const;
    Result<void> saveXlsx(const QString& path,
                          OverwritePolicy policy = OverwritePolicy::Refuse) const;

private:
    XlsxRow row(const BreachLogEntry& entry) const;
    QString noticesText(const BreachLogEntry& entry, NotificationRecipient recipient) const;

    int m_year = 0;
    std::vector<BreachLogEntry> m_entries;
    QHash<qint64, QString> m_counterpartyNames;
};

} // namespace palisade
