#include "app/cli/RiskCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/TableFileCommand.h"
#include "app/cli/TextTable.h"
#include "core/io/ExportTarget.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskCsvImporter.h"
#include "core/risk/RiskCsvValues.h"
#include "core/risk/RiskJson.h"
#include "core/risk/RiskRegister.h"
#include "core/risk/RiskTableExporter.h"
#include "core/util/IsoDate.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <optional>

namespace palisade::cli {
namespace {

const QString lockReason = QStringLiteral("cli");

using palisade::cli::TableFileCommand;

QString nativePath(const QString& path)
{
    return TableFileCommand::nativePath(path);
}

// The register as of now, or as it stood at the end of a past day.
struct RiskView
{
    std::vector<Risk> risks;
    std::vector<RemediationTask> tasks;
    std::vector<Asset> assets;
};

Result<RiskView> readView(Program& program, const QDate& asOf)
{
    RiskView view;
    if (asOf.isValid()) {
        Result<RiskRegisterSnapshot> snapshot = program.risks().asOf(asOf);
        if (!snapshot)
            return snapshot.error();
        view.risks = std::move(snapshot->risks);
        view.tasks = std::move(snapshot->tasks);
        view.assets = std::move(snapshot->assets);
        return view;
    }
    Result<std::vector<Risk>> risks = program.risks().risks();
    if (!risks)
        return risks.error();
    Result<std::vector<RemediationTask>> tasks = program.risks().allTasks();
    if (!tasks)
        return tasks.error();
    Result<std::vector<Asset>> assets = program.assets().assets();
    if (!assets)
        return assets.error();
    view.risks = std::move(*risks);
    view.tasks = std::move(*tasks);
    view.assets = std::move(*assets);
    return view;
}

} // namespace

std::vector<CliCommandSpec> RiskCommands::commands()
{
    std::vector<CliCommandSpec> list;

    CliCommandSpec listCommand;
    listCommand.words = {QStringLiteral("risk"), QStringLiteral("list")};
    listCommand.summary = tr("List the risks of the risk register");
    listCommand.description =
        tr("Lists the risks with their reference, title, owner, status, inherent and residual "
           "level and due date, or with --json every field of each risk. The file is opened "
           "read-only. With --as-of the register is shown as it stood at the end of that day, "
           "rebuilt from the audit trail.");
    listCommand.options = {
        {QStringLiteral("as-of"), QStringLiteral("YYYY-MM-DD"),
         tr("Show the register as it stood at the end of this day.")},
        {QStringLiteral("status"), QStringLiteral("STATUS"),
         tr("Only risks with this status: identified, in_remediation, accepted or closed.")},
    };
    listCommand.run = &RiskCommands::list;
    list.push_back(listCommand);

    CliCommandSpec importCommand;
    importCommand.words = {QStringLiteral("risk"), QStringLiteral("import")};
    importCommand.summary = tr("Add the risks of a CSV file to the register");
    importCommand.description = tr(
        "Reads risks from a CSV file (UTF-8; the columns are described in docs/csv-import.md) "
        "and adds them all in one step. Every row is checked first: if any row is wrong, nothing "
        "is added, each problem is listed with its line number and the exit code is 4. Assets "
        "are named in the assets column and must already exist.");
    importCommand.operands = {QStringLiteral("FILE")};
    importCommand.run = &RiskCommands::importCsv;
    list.push_back(importCommand);

    CliCommandSpec exportCommand;
    exportCommand.words = {QStringLiteral("risk"), QStringLiteral("export")};
    exportCommand.summary = tr("Write the risk register to a CSV or XLSX file");
    exportCommand.description =
        tr("Writes every risk with all its fields, its inherent and residual level and its number "
           "of open tasks. A CSV export can be imported again; an XLSX export has real dates. The "
           "file is opened read-only. An existing file is left alone (exit code 5) unless "
           "--replace is given.");
    exportCommand.options = {
        {QStringLiteral("format"), QStringLiteral("csv|xlsx"), tr("The file format (required).")},
        {QStringLiteral("out"), QStringLiteral("FILE"), tr("Where to write the file (required).")},
        {QStringLiteral("replace"), QString(), tr("Replace FILE if it already exists.")},
        {QStringLiteral("as-of"), QStringLiteral("YYYY-MM-DD"),
         tr("Export the register as it stood at the end of this day.")},
    };
    exportCommand.requiredOptions = {QStringLiteral("format"), QStringLiteral("out")};
    exportCommand.run = &RiskCommands::exportTable;
    list.push_back(exportCommand);

    return list;
}

QJsonObject RiskCommands::riskToJson(const Risk& risk, const QStringList& assetNames,
                                     qint64 openTasks)
{
    QJsonObject json = RiskJson::toJson(risk);
    json.insert(QStringLiteral("reference"), riskReference(risk.id));
    json.insert(QStringLiteral("assets"), QJsonArray::fromStringList(assetNames));
    json.insert(QStringLiteral("open_tasks"), openTasks);
    return json;
}

int RiskCommands::list(CliContext& context)
{
    const CliArguments& arguments = context.arguments();
    const auto usage = [&](const QString& message) {
        return context.usage(QStringLiteral("risk list"), message);
    };
    QDate asOf;
    if (arguments.has(QStringLiteral("as-of"))) {
        asOf = dateFromIso(arguments.value(QStringLiteral("as-of")));
        if (!asOf.isValid()) {
            return usage(tr("'--as-of' needs a date as YYYY-MM-DD, not '%1'.")
                             .arg(arguments.value(QStringLiteral("as-of"))));
        }
    }
    std::optional<RiskStatus> status;
    if (arguments.has(QStringLiteral("status"))) {
        status = RiskCsvValues::status(arguments.value(QStringLiteral("status")));
        if (!status) {
            return usage(tr("Unknown status '%1'; use identified, in_remediation, accepted or "
                            "closed.")
                             .arg(arguments.value(QStringLiteral("status"))));
        }
    }

    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Result<RiskView> view = readView(*opened.value(), asOf);
    if (!view)
        return context.fail(view.error());

    QHash<qint64, QString> assetNames;
    for (const Asset& asset : view->assets)
        assetNames.insert(asset.id, asset.name);
    QHash<qint64, qint64> openTasks;
    for (const RemediationTask& task : view->tasks) {
        if (isOpenTaskStatus(task.status))
            ++openTasks[task.riskId];
    }
    std::vector<Risk> shown;
    for (const Risk& risk : view->risks) {
        if (!status || risk.status == *status)
            shown.push_back(risk);
    }

    if (context.output().json()) {
        QJsonArray array;
        for (const Risk& risk : shown) {
            QStringList names;
            for (const qint64 id : risk.assetIds)
                names << assetNames.value(id);
            array.append(riskToJson(risk, names, openTasks.value(risk.id)));
        }
        context.output().printJson(array);
        return 0;
    }
    if (asOf.isValid())
        context.output().message(
            tr("The risk register as it stood at the end of %1.").arg(isoDate(asOf)));
    if (shown.empty()) {
        context.output().message(tr("No risks."));
        return 0;
    }
    TextTable table({tr("REF"), tr("TITLE"), tr("OWNER"), tr("STATUS"), tr("INHERENT"),
                     tr("RESIDUAL"), tr("DUE")});
    for (const Risk& risk : shown) {
        table.addRow({riskReference(risk.id), risk.title, risk.owner, riskStatusLabel(risk.status),
                      riskLevelLabel(risk.inherentLevel),
                      risk.residualLevel ? riskLevelLabel(*risk.residualLevel) : QString(),
                      isoDate(risk.dueOn)});
    }
    for (const QString& line : table.lines())
        context.output().print(line);
    return 0;
}

int RiskCommands::importCsv(CliContext& context)
{
    return TableFileCommand::importFile(
        context, QStringLiteral("risks"),
        [](Program& program, const QString& path) {
            return RiskCsvImporter(program.risks(), program.assets()).importFile(path);
        },
        [](int count, const QString& fileName, const QString& created) {
            return tr("Imported %n risk(s) from %1: %2.", nullptr, count).arg(fileName, created);
        });
}

int RiskCommands::exportTable(CliContext& context)
{
    const CliArguments& arguments = context.arguments();
    const auto usage = [&](const QString& message) {
        return context.usage(QStringLiteral("risk export"), message);
    };
    int exitCode = 0;
    const std::optional<TableFileCommand::ExportRequest> request =
        TableFileCommand::exportRequest(context, QStringLiteral("risk export"), exitCode);
    if (!request)
        return exitCode;
    const QString& format = request->format;
    const QString& out = request->out;
    const OverwritePolicy policy = request->policy;
    QDate asOf;
    if (arguments.has(QStringLiteral("as-of"))) {
        asOf = dateFromIso(arguments.value(QStringLiteral("as-of")));
        if (!asOf.isValid()) {
            return usage(tr("'--as-of' needs a date as YYYY-MM-DD, not '%1'.")
                             .arg(arguments.value(QStringLiteral("as-of"))));
        }
    }
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Result<RiskView> view = readView(*opened.value(), asOf);
    if (!view)
        return context.fail(view.error());
    const RiskTableExporter exporter(view->risks, view->tasks, view->assets);
    const Result<void> saved = format == QStringLiteral("csv") ? exporter.saveCsv(out, policy)
                                                               : exporter.saveXlsx(out, policy);
    if (!saved)
        return context.fail(saved.error());

    const int count = int(view->risks.size());
    if (context.output().json()) {
        context.output().printJson(QJsonObject{{QStringLiteral("ok"), true},
                                               {QStringLiteral("file"), nativePath(out)},
                                               {QStringLiteral("format"), format},
                                               {QStringLiteral("risks"), count}});
    }
    context.output().message(tr("Exported %n risk(s) to %1.", nullptr, count).arg(nativePath(out)));
    return 0;
}

} // namespace palisade::cli
