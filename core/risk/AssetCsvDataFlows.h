#pragma once

#include "core/risk/DataFlow.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

namespace palisade {

// The data_flows cell of an asset CSV file: flows separated by ';', each
// written as a spreadsheet user would say it,
//     Clinic EHR > Coding workstation via VPN [encrypted]
// "via CHANNEL" and the bracketed marker are optional; without "[encrypted]"
// the flow is recorded as not encrypted in transit.
class AssetCsvDataFlows
{
    Q_DECLARE_TR_FUNCTIONS(palisade::AssetCsvDataFlows)

public:
    // Invalid with one message per malformed flow, each naming the flow.
    static Result<std::vector<DataFlow>> parse(const QString& text);
    static QString format(const std::vector<DataFlow>& flows);

private:
    static std::optional<DataFlow> parseOne(QString text, int number, QStringList& problems);
};

} // namespace palisade
