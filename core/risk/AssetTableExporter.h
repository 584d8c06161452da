#pragma once

#include "core/io/OverwritePolicy.h"
#include "core/io/XlsxSheet.h"
#include "core/risk/Asset.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace palisade {

class AssetRegister;

// The asset inventory as a table, one row per asset, with the data flows in
// the syntax AssetCsvImporter reads, so a CSV export imports again.
class AssetTableExporter
{
    Q_DECLARE_TR_FUNCTIONS(palisade::AssetTableExporter)

public:
    explicit AssetTableExporter(const std::vector<Asset>& assets);

    static Result<AssetTableExporter> fromRegister(const AssetRegister& assets);

    static QStringList header();
    const QList<XlsxRow>& rows() const { return m_rows; }
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
