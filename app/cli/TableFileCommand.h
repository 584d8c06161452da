#pragma once

#include "core/io/ExportTarget.h"
#include "core/risk/ImportReport.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

namespace palisade {
class Program;
} // namespace palisade

namespace palisade::cli {

class CliContext;

// What the import and export commands of every register share: checking the
// file arguments before a passphrase is asked for, and reporting the outcome.
class TableFileCommand
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::TableFileCommand)

public:
    struct ExportRequest
    {
        QString format; // "csv" or "xlsx"
        QString out;
        OverwritePolicy policy = OverwritePolicy::Refuse;
    };

    static QString nativePath(const QString& path);

    // Imports the file named by the command's operand into a read-write
    // program. `summary` words the success message from the count and file name.
    static int importFile(CliContext& context, const QString& jsonKey,
                          const std::function<Result<ImportReport>(Program&, const QString&)>& run,
                          const std::function<QString(int count, const QString& fileName,
                                                      const QString& created)>& summary);

    // Reads --format, --out and --replace; on a problem reports it and returns
    // nullopt with `exitCode` set.
    static std::optional<ExportRequest> exportRequest(CliContext& context, const QString& command,
                                                      int& exitCode);
};

} // namespace palisade::cli
