#pragma once

#include "app/cli/CliCommandSpec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace palisade {
struct Risk;
}

namespace palisade::cli {

class CliContext;

// The risk register: risk list, risk import, risk export. List and export
// open the file read-only and can show the register as of a past day.
class RiskCommands
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::RiskCommands)

public:
    static std::vector<CliCommandSpec> commands();

    static int list(CliContext& context);
    static int importCsv(CliContext& context);
    static int exportTable(CliContext& context);

    static QJsonObject riskToJson(const Risk& risk, const QStringList& assetNames,
                                  qint64 openTasks);
};

} // namespace palisade::cli
