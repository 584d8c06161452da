#include "app/cli/TableFileCommand.h"

#include "app/cli/CliContext.h"
#include "core/program/Program.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace palisade::cli {

QString TableFileCommand::nativePath(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

int TableFileCommand::importFile(
    CliContext& context, const QString& jsonKey,
    const std::function<Result<ImportReport>(Program&, const QString&)>& run,
    const std::function<QString(int, const QString&, const QString&)>& summary)
{
    const QString path = context.arguments().operands().value(0);
    // Checked before unlocking, so a mistyped name costs no passphrase.
    if (!QFileInfo(path).isFile()) {
        return context.fail(
            {ErrorKind::Io, tr("There is no file to import at this location."), nativePath(path)});
    }
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadWrite);
    if (!opened)
        return context.fail(opened.error());
    Program& program = *opened.value();
    const auto finish = [&](int exitCode) {
        program.lock(QStringLiteral("cli"));
        return exitCode;
    };

    Result<ImportReport> report = run(program, path);
    if (!report)
        return finish(context.fail(report.error()));
    if (context.output().json()) {
        context.output().printJson(
            QJsonObject{{QStringLiteral("ok"), true},
                        {QStringLiteral("file"), nativePath(path)},
                        {QStringLiteral("imported"), report->imported()},
                        {jsonKey, QJsonArray::fromStringList(report->created)}});
    }
    context.output().message(summary(int(report->imported()), QFileInfo(path).fileName(),
                                     report->created.join(QStringLiteral(", "))));
    return finish(0);
}

std::optional<TableFileCommand::ExportRequest>
TableFileCommand::exportRequest(CliContext& context, const QString& command, int& exitCode)
{
    const CliArguments& arguments = context.arguments();
    ExportRequest request;
    request.format = arguments.value(QStringLiteral("format")).trimmed().toLower();
    if (request.format != QStringLiteral("csv") && request.format != QStringLiteral("xlsx")) {
        exitCode = context.fail(
            {ErrorKind::Usage,
             tr("Unknown format '%1'; use csv or xlsx.")
                     .arg(arguments.value(QStringLiteral("format"))) +
                 QLatin1Char(' ') +
                 QCoreApplication::translate("palisade::cli::CliParser",
                                             "Run 'palisade-cli %1 --help' for its options.")
                     .arg(command),
             {}});
        return std::nullopt;
    }
    request.out = arguments.value(QStringLiteral("out"));
    request.policy = arguments.has(QStringLiteral("replace")) ? OverwritePolicy::Replace
                                                              : OverwritePolicy::Refuse;
    // Checked before unlocking too, so a taken name costs no passphrase.
    if (Result<void> target = ExportTarget::check(request.out, request.policy); !target) {
        exitCode = context.fail(target.error());
        return std::nullopt;
    }
    return request;
}

} // namespace palisade::cli
