#include "app/cli/AssetCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/TableFileCommand.h"
#include "app/cli/TextTable.h"
#include "core/io/ExportTarget.h"
#include "core/risk/AssetCsvImporter.h"
#include "core/risk/AssetJson.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/AssetTableExporter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace palisade::cli {
namespace {

const QString lockReason = QStringLiteral("cli");

using palisade::cli::TableFileCommand;

QString nativePath(const QString& path)
{
    return TableFileCommand::nativePath(path);
}

} // namespace

std::vector<CliCommandSpec> AssetCommands::commands()
{
    std::vector<CliCommandSpec> list;

    CliCommandSpec listCommand;
    listCommand.words = {QStringLiteral("asset"), QStringLiteral("list")};
    listCommand.summary = tr("List the assets that hold ePHI");
    listCommand.description =
        tr("Lists the assets by name with their kind, owner, location and number of data flows, "
           "or with --json every field including the data flows. The file is opened read-only.");
    listCommand.run = &AssetCommands::list;
    list.push_back(listCommand);

    CliCommandSpec importCommand;
    importCommand.words = {QStringLiteral("asset"), QStringLiteral("import")};
    importCommand.summary = tr("Add the assets of a CSV file to the inventory");
    importCommand.description =
        tr("Reads assets from a CSV file (UTF-8; the columns are described in docs/csv-import.md) "
           "and adds them all in one step. Every row is checked first: if any row is wrong, for "
           "example a name already in use, nothing is added, each problem is listed with its line "
           "number and the exit code is 4.");
    importCommand.operands = {QStringLiteral("FILE")};
    importCommand.run = &AssetCommands::importCsv;
    list.push_back(importCommand);

    CliCommandSpec exportCommand;
    exportCommand.words = {QStringLiteral("asset"), QStringLiteral("export")};
    exportCommand.summary = tr("Write the asset inventory to a CSV or XLSX file");
    exportCommand.description =
        tr("Writes every asset with its data flows. A CSV export can be imported again. The file "
           "is opened read-only. An existing file is left alone (exit code 5) unless --replace is "
           "given.");
    exportCommand.options = {
        {QStringLiteral("format"), QStringLiteral("csv|xlsx"), tr("The file format (required).")},
        {QStringLiteral("out"), QStringLiteral("FILE"), tr("Where to write the file (required).")},
        {QStringLiteral("replace"), QString(), tr("Replace FILE if it already exists.")},
    };
    exportCommand.requiredOptions = {QStringLiteral("format"), QStringLiteral("out")};
    exportCommand.run = &AssetCommands::exportTable;
    list.push_back(exportCommand);

    return list;
}

int AssetCommands::list(CliContext& context)
{
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Result<std::vector<Asset>> assets = opened.value()->assets().assets();
    if (!assets)
        return context.fail(assets.error());

    if (context.output().json()) {
        QJsonArray array;
        for (const Asset& asset : *assets)
            array.append(AssetJson::toJson(asset));
        context.output().printJson(array);
        return 0;
    }
    if (assets->empty()) {
        context.output().message(tr("No assets."));
        return 0;
    }
    TextTable table({tr("NAME"), tr("KIND"), tr("OWNER"), tr("LOCATION"), tr("FLOWS")});
    table.setRightAligned(4);
    for (const Asset& asset : *assets) {
        table.addRow({asset.name, assetKindLabel(asset.kind), asset.owner, asset.location,
                      QString::number(asset.dataFlows.size())});
    }
    for (const QString& line : table.lines())
        context.output().print(line);
    return 0;
}

int AssetCommands::importCsv(CliContext& context)
{
    return TableFileCommand::importFile(
        context, QStringLiteral("assets"),
        [](Program& program, const QString& path) {
            return AssetCsvImporter(program.assets()).importFile(path);
        },
        [](int count, const QString& fileName, const QString& created) {
            return tr("Imported %n asset(s) from %1: %2.", nullptr, count).arg(fileName, created);
        });
}

int AssetCommands::exportTable(CliContext& context)
{
    int exitCode = 0;
    const std::optional<TableFileCommand::ExportRequest> request =
        TableFileCommand::exportRequest(context, QStringLiteral("asset export"), exitCode);
    if (!request)
        return exitCode;
    const QString& format = request->format;
    const QString& out = request->out;
    const OverwritePolicy policy = request->policy;

    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Result<AssetTableExporter> exporter =
        AssetTableExporter::fromRegister(opened.value()->assets());
    if (!exporter)
        return context.fail(exporter.error());
    const Result<void> saved = format == QStringLiteral("csv") ? exporter->saveCsv(out, policy)
                                                               : exporter->saveXlsx(out, policy);
    if (!saved)
        return context.fail(saved.error());

    const int count = int(exporter->rows().size());
    if (context.output().json()) {
        context.output().printJson(QJsonObject{{QStringLiteral("ok"), true},
                                               {QStringLiteral("file"), nativePath(out)},
                                               {QStringLiteral("format"), format},
                                               {QStringLiteral("assets"), count}});
    }
    context.output().message(
        tr("Exported %n asset(s) to %1.", nullptr, count).arg(nativePath(out)));
    return 0;
}

} // namespace palisade::cli
