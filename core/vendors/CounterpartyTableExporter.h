#pragma once

#include "core/io/OverwritePolicy.h"
#include "core/io/XlsxSheet.h"
#include "core/risk/Asset.h"
#include "core/util/Result.h"
#include "core/vendors/Counterparty.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace palisade {

class AssetRegister;
class CounterpartyRegister;

// The counterparties as a table, one row per counterparty, with the contacts
// and asset names in the syntax CounterpartyCsvImporter reads, so a CSV
// export imports again.
class CounterpartyTableExporter
{
    Q_DECLARE_TR_FUNCTIONS(palisade::CounterpartyTableExporter)

public:
    CounterpartyTableExporter(const std::vector<Counterparty>& counterparties,
                              const std::vector<Asset>& assets);

    static Result<CounterpartyTableExporter>
    fromRegister(const CounterpartyRegister& counterparties, const AssetRegister& assets);

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
