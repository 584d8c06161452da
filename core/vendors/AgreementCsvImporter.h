#pragma once

#include "core/io/CsvRecord.h"
#include "core/risk/ImportReport.h"
#include "core/util/Result.h"
#include "core/vendors/Agreement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace palisade {

class BaaRegister;
class CounterpartyRegister;
class CsvHeader;
struct CsvImportTable;
class ImportProblems;

// Imports business associate agreements from a CSV file (columns in
// AgreementCsvColumns, documented in docs/csv-import.md), all or nothing like
// RiskCsvImporter: every problem is reported as "Line N: reason" and nothing
// is written unless every row is good. The counterparty is named and must
// already exist; so must the upstream agreements named in flows_down_from
// (by reference, BAA-0001, or by title), because the register links only
// agreements it has stored.
class AgreementCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(palisade::AgreementCsvImporter)

public:
    AgreementCsvImporter(BaaRegister& agreements, const CounterpartyRegister& counterparties);

    // Reads and checks without writing anything.
    Result<std::vector<Agreement>> read(const QString& path) const;
    Result<std::vector<Agreement>> readData(const QByteArray& data) const;

    Result<ImportReport> importFile(const QString& path);
    Result<ImportReport> importData(const QByteArray& data);

private:
    struct Parsed
    {
        std::vector<Agreement> agreements;
        QList<int> lines;
    };
    // What the rows refer to by name: counterparties, stored agreements and
    // the titles of this file's own rows.
    struct Lookup
    {
        QHash<QString, qint64> counterpartyIds;
        QHash<qint64, QString> references;    // stored ids, to recognize BAA-0007
        QHash<QString, QList<qint64>> titles; // stored titles, folded
        QHash<QString, int> fileTitles;       // folded title → first line in the file
        // Rows parsed so far: folded title → position in the batch, and whether
        // that agreement runs upstream.
        QHash<QString, std::pair<std::size_t, bool>> earlierRows;
    };

    Result<Parsed> parseTable(const CsvImportTable& table) const;
    Result<std::vector<Agreement>> parsedItems(Result<CsvImportTable> table) const;
    Result<ImportReport> importTable(Result<CsvImportTable> table);
    std::optional<Agreement> parseRow(const CsvHeader& header, const CsvRecord& record,
                                      const Lookup& lookup, ImportProblems& problems) const;
    Result<ImportReport> store(Parsed parsed, const QString& fileName);

    BaaRegister& m_agreements;
    const CounterpartyRegister& m_counterparties;
};

} // namespace palisade
