#pragma once

#include "core/io/OverwritePolicy.h"
#include "core/io/XlsxSheet.h"
#include "core/risk/Asset.h"
#include "core/risk/RemediationTask.h"
#include "core/risk/Risk.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace palisade {

class AssetRegister;
class RiskRegister;
struct RiskRegisterSnapshot;

// The risk register as a table, one row per risk with every field: the
// reference, levels as their labels, the inherent and residual level, the
// number of open tasks and dates as dates. Written as CSV the columns are
// those RiskCsvImporter reads, so an export imports again; written as XLSX
// the dates are real date cells.
class RiskTableExporter
{
    Q_DECLARE_TR_FUNCTIONS(palisade::RiskTableExporter)

public:
    // The risks with their levels filled in; tasks and assets give the open
    // task counts and the asset names.
    RiskTableExporter(const std::vector<Risk>& risks, const std::vector<RemediationTask>& tasks,
                      const std::vector<Asset>& assets);

    // The register as it stood on a past day.
    static RiskTableExporter fromSnapshot(const RiskRegisterSnapshot& snapshot);
    static Result<RiskTableExporter> fromRegister(const RiskRegister& risks,
                                                  const AssetRegister& assets);

    static QStringList header();
    const QList<XlsxRow>& rows() const { return m_rows; }
    // The rows as the CSV file holds them: dates as YYYY-MM-DD.
    QList<QStringList> textRows() const;
    XlsxSheet sheet() const;

    Result<void> saveCsv(const QString& path,
                         OverwritePolicy policy = OverwritePolicy::Refuse) const;
    Result<void> saveXlsx(const QString& path,
                          OverwritePolicy policy = OverwritePolicy::Refuse) const;

    // How a typed cell reads in a CSV file.
    static QString cellText(const XlsxCell& cell);

private:
    QList<XlsxRow> m_rows;
};

} // namespace palisade
