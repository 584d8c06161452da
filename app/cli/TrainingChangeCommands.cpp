#include "app/cli/TrainingChangeCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/TableFileCommand.h"
#include "core/io/CsvReader.h"
#include "core/risk/RiskCsvValues.h"
#include "core/training/CompletionCsvImporter.h"
#include "core/training/PeopleCsvImporter.h"
#include "core/training/TrainingColumns.h"
#include "core/training/TrainingCsvTable.h"
#include "core/training/TrainingJson.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/IsoDate.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace palisade::cli {
namespace {

const QString lockReason = QStringLiteral("cli");

// What an import command was asked for, checked before unlocking.
struct ImportRequest
{
    QString path;
    QByteArray data;
    QString mappingName; // --mapping, else --source
    bool mappingRequired = false;
    QString sourceName;
};

std::optional<ImportRequest> importRequest(CliContext& context, int& exitCode)
{
    const CliArguments& arguments = context.arguments();
    ImportRequest request;
    request.path = arguments.operands().value(0);
    // Read before unlocking, so a mistyped name costs no passphrase.
    Result<QByteArray> data = TrainingCsvTable::readBytes(request.path);
    if (!data) {
        exitCode = context.fail(data.error());
        return std::nullopt;
    }
    request.data = std::move(data).value();
    request.mappingRequired = arguments.has(QStringLiteral("mapping"));
    request.mappingName = request.mappingRequired
                              ? arguments.value(QStringLiteral("mapping")).simplified()
                              : arguments.value(QStringLiteral("source")).simplified();
    request.sourceName = arguments.value(QStringLiteral("source")).simplified();
    if (request.sourceName.isEmpty())
        request.sourceName = request.mappingName;
    if (request.sourceName.isEmpty())
        request.sourceName = TrainingChangeCommands::tr("CSV file");
    return request;
}

// The saved mapping of the request's source, or the canonical columns.
Result<TrainingColumnMapping> mappingFor(Program& program, const ImportRequest& request,
                                         ImportKind kind)
{
    if (request.mappingName.isEmpty())
        return TrainingColumnMapping(kind);
    Result<std::optional<ImportMapping>> saved = program.training().mapping(request.mappingName);
    if (!saved)
        return saved.error();
    if (!saved->has_value()) {
        if (!request.mappingRequired)
            return TrainingColumnMapping(kind);
        return Error{ErrorKind::Invalid,
                     TrainingChangeCommands::tr("There is no saved mapping named \"%1\".")
                         .arg(request.mappingName),
                     {}};
    }
    if ((*saved)->kind != kind)
        return Error{ErrorKind::Invalid,
                     TrainingChangeCommands::tr("The mapping \"%1\" is for %2, not for %3.")
                         .arg((*saved)->sourceName, importKindLabel((*saved)->kind).toLower(),
                              importKindLabel(kind).toLower()),
                     {}};
    return TrainingColumnMapping::fromSaved(**saved);
}

// A note when the same bytes were imported before; nothing new comes of it.
void noteEarlierImports(CliContext& context, Program& program, const TrainingCsvTable& table)
{
    Result<std::vector<ImportBatch>> earlier = program.training().importsOfFile(table.sha256());
    if (!earlier || earlier->empty())
        return;
    const ImportBatch& latest = earlier->front();
    context.output().message(
        TrainingChangeCommands::tr("Note: this file was imported before, on %1 by %2.")
            .arg(latest.importedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                     QStringLiteral(" UTC"),
                 latest.importedBy));
}

template <typename Report>
int runImport(
    CliContext& context, ImportKind kind,
    const std::function<Result<Report>(Program&, const TrainingCsvTable&, const QString&)>& run,
    const std::function<void(const Report&, QJsonObject&, const QString&)>& report)
{
    int exitCode = 0;
    std::optional<ImportRequest> request = importRequest(context, exitCode);
    if (!request)
        return exitCode;
    const QString fileName = QFileInfo(request->path).fileName();
    // Without a mapping to look up, the CSV is checked before unlocking too.
    if (request->mappingName.isEmpty()) {
        Result<TrainingCsvTable> table =
            TrainingCsvTable::parse(request->data, TrainingColumnMapping(kind), fileName);
        if (!table)
            return context.fail(table.error());
    }

    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadWrite);
    if (!opened)
        return context.fail(opened.error());
    Program& program = *opened.value();
    const auto finish = [&](int code) {
        program.lock(lockReason);
        return code;
    };
    Result<TrainingColumnMapping> mapping = mappingFor(program, *request, kind);
    if (!mapping)
        return finish(context.fail(mapping.error()));
    Result<TrainingCsvTable> table = TrainingCsvTable::parse(request->data, *mapping, fileName);
    if (!table)
        return finish(context.fail(table.error()));
    noteEarlierImports(context, program, *table);
    Result<Report> imported = run(program, *table, request->sourceName);
    if (!imported)
        return finish(context.fail(imported.error()));

    QJsonObject json{{QStringLiteral("ok"), true},
                     {QStringLiteral("file"), TableFileCommand::nativePath(request->path)},
                     {QStringLiteral("source"), imported->batch.sourceName},
                     {QStringLiteral("sha256"), imported->batch.fileSha256},
                     {QStringLiteral("batch_id"), QString::number(imported->batch.id)},
                     {QStringLiteral("rows"), imported->batch.rows}};
    report(*imported, json, fileName);
    if (context.output().json())
        context.output().printJson(json);
    return finish(0);
}

std::optional<int> wholeNumber(CliContext& context, const QString& name, int low, int high,
                               int& exitCode)
{
    bool ok = false;
    const int value = context.arguments().value(name).trimmed().toInt(&ok);
    if (ok && value >= low && value <= high)
        return value;
    exitCode = context.usage(
        QStringLiteral("training course add"),
        TrainingChangeCommands::tr("'--%1' needs a whole number from %2 to %3, not '%4'.")
            .arg(name)
            .arg(low)
            .arg(high)
            .arg(context.arguments().value(name)));
    return std::nullopt;
}

} // namespace

int TrainingChangeCommands::importPeople(CliContext& context)
{
    return runImport<PeopleImport>(
        context, ImportKind::People,
        [](Program& program, const TrainingCsvTable& table, const QString& source) {
            return PeopleCsvImporter(program.workforce()).importTable(table, source);
        },
        [&](const PeopleImport& imported, QJsonObject& json, const QString& fileName) {
            const int added = int(imported.addedIds.size());
            const int updated = int(imported.updatedIds.size());
            json.insert(QStringLiteral("added"), added);
            json.insert(QStringLiteral("updated"), updated);
            json.insert(QStringLiteral("unchanged"), imported.unchanged);
            context.output().message(
                tr("Imported %n person(s) from %1: %2 added, %3 updated, %4 unchanged.", nullptr,
                   imported.batch.rows)
                    .arg(fileName)
                    .arg(added)
                    .arg(updated)
                    .arg(imported.unchanged));
        });
}

int TrainingChangeCommands::importCompletions(CliContext& context)
{
    return runImport<CompletionImport>(
        context, ImportKind::Completions,
        [](Program& program, const TrainingCsvTable& table, const QString& source) {
            return CompletionCsvImporter(program.training(), program.workforce())
                .importTable(table, source);
        },
        [&](const CompletionImport& imported, QJsonObject& json, const QString& fileName) {
            const int added = int(imported.addedIds.size());
            json.insert(QStringLiteral("added"), added);
            json.insert(QStringLiteral("already_on_file"), imported.alreadyPresent);
            context.output().message(
                tr("Read %n completion(s) from %1: %2 added, %3 already on file.", nullptr,
                   imported.batch.rows)
                    .arg(fileName)
                    .arg(added)
                    .arg(imported.alreadyPresent));
        });
}

int TrainingChangeCommands::addCourse(CliContext& context)
{
    const CliArguments& arguments = context.arguments();
    const QString name = QStringLiteral("training course add");
    int exitCode = 0;
    Course course;
    course.title = arguments.value(QStringLiteral("title"));

    const QString kind = arguments.value(QStringLiteral("kind"));
    if (const auto found =
            RiskCsvValues::choice(kind, allCourseKinds(), &courseKindKey, &courseKindLabel))
        course.kind = *found;
    else {
        QStringList keys;
        for (const CourseKind each : allCourseKinds())
            keys << courseKindKey(each);
        return context.usage(
            name, tr("Unknown kind '%1'; use %2.").arg(kind, keys.join(QStringLiteral(", "))));
    }
    const QString cadence = arguments.value(QStringLiteral("cadence"));
    if (const auto found =
            RiskCsvValues::choice(cadence, allCadences(), &cadenceKey, &cadenceLabel))
        course.cadence = *found;
    else
        return context.usage(
            name, tr("Unknown cadence '%1'; use at-hire, every-months or on-policy-change.")
                      .arg(cadence));

    if (arguments.has(QStringLiteral("months"))) {
        if (course.cadence != Cadence::EveryMonths)
            return context.usage(name, tr("'--months' goes with '--cadence every-months' only."));
        const std::optional<int> months =
            wholeNumber(context, QStringLiteral("months"), 1, 120, exitCode);
        if (!months)
            return exitCode;
        course.cadenceMonths = *months;
    }
    if (arguments.has(QStringLiteral("passing-score"))) {
        const std::optional<int> score =
            wholeNumber(context, QStringLiteral("passing-score"), 0, 100, exitCode);
        if (!score)
            return exitCode;
        course.passingScore = *score;
    }
    if (arguments.has(QStringLiteral("validity-months"))) {
        const std::optional<int> months =
            wholeNumber(context, QStringLiteral("validity-months"), 1, 120, exitCode);
        if (!months)
            return exitCode;
        course.validityMonths = *months;
    }
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    const QStringList givenRoles =
        arguments.value(QStringLiteral("roles")).split(separators, Qt::SkipEmptyParts);

    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadWrite);
    if (!opened)
        return context.fail(opened.error());
    Program& program = *opened.value();
    const auto finish = [&](int code) {
        program.lock(lockReason);
        return code;
    };
    Result<std::vector<WorkforceRole>> roles = program.workforce().roles();
    if (!roles)
        return finish(context.fail(roles.error()));
    for (const QString& given : givenRoles) {
        const QString wanted = RiskCsvValues::normalized(given);
        QString key = given.trimmed();
        for (const WorkforceRole& role : *roles) {
            if (RiskCsvValues::normalized(role.key) == wanted ||
                RiskCsvValues::normalized(role.label) == wanted)
                key = role.key;
        }
        // An unknown role is left as given for the register to refuse.
        course.roles << key;
    }
    Result<Course> added = program.training().addCourse(course);
    if (!added)
        return finish(context.fail(added.error()));
    if (context.output().json())
        context.output().printJson(
            QJsonObject{{QStringLiteral("ok"), true},
                        {QStringLiteral("course"), TrainingJson::toJson(*added)}});
    context.output().message(tr("Added the course %1.").arg(added->title));
    return finish(0);
}

int TrainingChangeCommands::proposeMapping(CliContext& context)
{
    const CliArguments& arguments = context.arguments();
    const QString name = QStringLiteral("training propose-mapping");
    const QString path = arguments.operands().value(0);
    const bool save = arguments.has(QStringLiteral("save"));
    const QString source = arguments.value(QStringLiteral("source")).simplified();
    if (save && source.isEmpty())
        return context.usage(name, tr("'--save' needs the source to save it for: --source NAME."));
    if (save && context.programPath().isEmpty())
        return context.usage(name, tr("'--save' needs the program file: --db FILE."));

    Result<QByteArray> data = TrainingCsvTable::readBytes(path);
    if (!data)
        return context.fail(data.error());
    Result<QList<CsvRecord>> records = CsvReader::parse(*data);
    if (!records)
        return context.fail(records.error());
    if (records->isEmpty())
        return context.fail(
            {ErrorKind::Invalid, tr("The file is empty: it has no header row."), {}});
    const QStringList header = records->constFirst().fields;

    std::optional<ImportKind> kind;
    if (arguments.has(QStringLiteral("kind"))) {
        const QString given = RiskCsvValues::normalized(arguments.value(QStringLiteral("kind")));
        if (given == QLatin1String("people"))
            kind = ImportKind::People;
        else if (given == QLatin1String("completions"))
            kind = ImportKind::Completions;
        else
            return context.usage(name, tr("Unknown kind '%1'; use people or completions.")
                                           .arg(arguments.value(QStringLiteral("kind"))));
    } else {
        kind = TrainingColumnMapping::guessKind(header);
        if (!kind)
            return context.fail({ErrorKind::Invalid,
                                 tr("The header row shows neither a course column "
                                    "(completions) nor a hire date column (people); say which "
                                    "the file holds with --kind people or --kind completions."),
                                 {}});
    }
    const TrainingColumnMapping mapping = TrainingColumnMapping::proposeMapping(*kind, header);
    const QStringList missing = TrainingColumnMapping::missingRequired(mapping, header);

    if (save) {
        if (!missing.isEmpty())
            return context.fail({ErrorKind::Invalid,
                                 tr("Not saved: no column was found for %1.")
                                     .arg(missing.join(QStringLiteral(", "))),
                                 {}});
        Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadWrite);
        if (!opened)
            return context.fail(opened.error());
        Program& program = *opened.value();
        ImportMapping saved;
        saved.sourceName = source;
        saved.kind = *kind;
        saved.mapping = mapping.toJson();
        Result<ImportMapping> stored = program.training().saveMapping(saved);
        program.lock(lockReason);
        if (!stored)
            return context.fail(stored.error());
        context.output().message(tr("Saved the mapping for %1.").arg(stored->sourceName));
    }

    if (context.output().json()) {
        context.output().printJson(
            QJsonObject{{QStringLiteral("kind"), importKindKey(*kind)},
                        {QStringLiteral("mapping"), mapping.toJson()},
                        {QStringLiteral("missing_required"), QJsonArray::fromStringList(missing)},
                        {QStringLiteral("saved"), save}});
        return 0;
    }
    for (const QString& field : TrainingColumns::fields(*kind)) {
        const QString column = mapping.column(field);
        context.output().print(QStringLiteral("%1  %2").arg(
            field.leftJustified(18), column.isEmpty() ? tr("(not imported)") : column));
    }
    if (!missing.isEmpty())
        context.output().message(tr("No column was found for %1; rename the file's columns or "
                                    "map them in Palisade.")
                                     .arg(missing.join(QStringLiteral(", "))));
    return 0;
}

} // namespace palisade::cli
