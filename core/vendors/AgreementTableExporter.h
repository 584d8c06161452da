#pragma once

#include "core/io/OverwritePolicy.h"
#include "core/io/XlsxSheet.h"
#include "core/util/Result.h"
#include "core/vendors/Agreement.h"
#include "core/vendors/Counterparty.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace palisade {

class BaaRegister;
class CounterpartyRegister;

// The business associate agreements as a table, one row per agreement with
// every field: the reference, the counterparty by name, the checklist
// (one column per provision) and its completeness in percent. Written as CSV
// the columns are those AgreementCsvImporter reads, so an export imports
// again; written as XLSX the dates are real date cells.
class AgreementTableExporter
{
    Q_DECLARE_TR_FUNCTIONS(palisade::AgreementTableExporter)

public:
    AgreementTableExporter(const std::vector<Agreement>& agreements,
                           const std::vector<Counterparty>& counterparties);

    static Result<AgreementTableExporter> fromRegister(const BaaRegister& agreements,
                                                       const CounterpartyRegister& counterparties);

    static QStringList header();
    const QList<XlsxRow>& rows() const { return m_rows; }
    // The rows as the CSV file holds them: dates as YYYY-MM-DD, yes/no.
    QList<QStringList> textRows() const;
    XlsxSheet sheet() const;

    Result<void> saveCsv(const QString& path,
                         OverwritePolicy policy = OverwritePolicy::Refuse) const;
    Result<void> saveXlsx(const QString& path,
                          OverwritePolicy policy = OverwritePolicy::Refuse) const;

private:
    QList<XlsxRow> m_rows;
};

} // namespace palisade
