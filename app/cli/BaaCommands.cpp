#include "app/cli/BaaCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/TableFileCommand.h"
#include "app/cli/TextTable.h"
#include "core/io/CsvReader.h"
#include "core/pdf/PdfTextExtractor.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskCsvValues.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "core/vendors/AgreementCsvColumns.h"
#include "core/vendors/AgreementCsvImporter.h"
#include "core/vendors/AgreementJson.h"
#include "core/vendors/AgreementTableExporter.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyCsvColumns.h"
#include "core/vendors/CounterpartyCsvImporter.h"
#include "core/vendors/CounterpartyJson.h"
#include "core/vendors/CounterpartyRegister.h"
#include "core/vendors/CounterpartyTableExporter.h"
#include "core/vendors/ProvisionCompleteness.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <optional>

namespace palisade::cli {
namespace {

const QString lockReason = QStringLiteral("cli");

// Which table a CSV file or an export holds.
enum class TableKind
{
    Counterparties,
    Agreements,
};

QString nativePath(const QString& path)
{
    return TableFileCommand::nativePath(path);
}

std::optional<TableKind> tableKind(const QString& text)
{
    const QString wanted = RiskCsvValues::normalized(text);
    if (wanted == QLatin1String("counterparties") || wanted == QLatin1String("counterparty"))
        return TableKind::Counterparties;
    if (wanted == QLatin1String("agreements") || wanted == QLatin1String("agreement") ||
        wanted == QLatin1String("baas") || wanted == QLatin1String("baa"))
        return TableKind::Agreements;
    return std::nullopt;
}

// A counterparty file has a relationship column, an agreement file a
// counterparty column; the header says which without a passphrase.
Result<TableKind> detectKind(const QString& path)
{
    Result<QList<CsvRecord>> records = CsvReader::readFile(path);
    if (!records)
        return records.error();
    QStringList columns;
    if (!records->isEmpty()) {
        for (const QString& field : records->constFirst().fields)
            columns << RiskCsvValues::columnName(field);
    }
    if (columns.contains(AgreementCsvColumns::counterparty))
        return TableKind::Agreements;
    if (columns.contains(CounterpartyCsvColumns::relationship))
        return TableKind::Counterparties;
    return Error{ErrorKind::Invalid,
                 BaaCommands::tr("%1 has neither a '%2' column (counterparties) nor a '%3' column "
                                 "(agreements); say which it holds with --kind counterparties or "
                                 "--kind agreements.")
                     .arg(QFileInfo(path).fileName(), CounterpartyCsvColumns::relationship,
                          AgreementCsvColumns::counterparty),
                 {}};
}

// "7", "BAA-0007" or "baa-7".
std::optional<qint64> agreementId(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:BAA-)?0*(\\d{1,15})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 id = match.captured(1).toLongLong();
    return id > 0 ? std::optional(id) : std::nullopt;
}

std::optional<DocumentKind> documentKind(const QString& text)
{
    const QString wanted = RiskCsvValues::normalized(text);
    if (wanted == QLatin1String("signed") || wanted == QLatin1String("signed_agreement"))
        return DocumentKind::SignedAgreement;
    if (wanted == QLatin1String("amendment"))
        return DocumentKind::Amendment;
    if (wanted == QLatin1String("other"))
        return DocumentKind::Other;
    return std::nullopt;
}

QString directionShort(AgreementDirection direction)
{
    return direction == AgreementDirection::Upstream ? BaaCommands::tr("Upstream")
                                                     : BaaCommands::tr("Downstream");
}

QString dueKindKey(BaaDueItem::Kind kind)
{
    switch (kind) {
    case BaaDueItem::Kind::NoAgreementInEffect:
        return QStringLiteral("no_agreement_in_effect");
    case BaaDueItem::Kind::Expired:
        return QStringLiteral("expired");
    case BaaDueItem::Kind::ReviewDue:
        return QStringLiteral("review_due");
    case BaaDueItem::Kind::Expiring:
        return QStringLiteral("expiring");
    case BaaDueItem::Kind::MissingProvisions:
        return QStringLiteral("missing_provisions");
    case BaaDueItem::Kind::NoticeLongerThanUpstream:
        return QStringLiteral("notice_longer_than_upstream");
    }
    return {};
}

QJsonValue optionalText(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject completenessJson(const ProvisionCompleteness& completeness)
{
    return QJsonObject{{QStringLiteral("present"), completeness.present},
                       {QStringLiteral("missing"), completeness.missing},
                       {QStringLiteral("unchecked"), completeness.unchecked},
                       {QStringLiteral("not_applicable"), completeness.notApplicable},
                       {QStringLiteral("percent"), completeness.percent()}};
}

Result<QHash<qint64, QString>> counterpartyNames(Program& program)
{
    Result<std::vector<Counterparty>> all = program.counterparties().counterparties();
    if (!all)
        return all.error();
    QHash<qint64, QString> names;
    for (const Counterparty& counterparty : *all)
        names.insert(counterparty.id, counterparty.name);
    return names;
}

} // namespace

std::vector<CliCommandSpec> BaaCommands::commands()
{
    std::vector<CliCommandSpec> list;
    const CliOptionSpec tableKindOption{
        QStringLiteral("kind"), QStringLiteral("counterparties|agreements"),
        tr("Which table the file holds (default: told by the header row).")};

    CliCommandSpec listCommand;
    listCommand.words = {QStringLiteral("baa"), QStringLiteral("list")};
    listCommand.summary = tr("List the business associate agreements");
    listCommand.description =
        tr("Lists the agreements with their reference, counterparty, direction, status, effective "
           "and expiration dates, next review and how complete their required-provisions "
           "checklist is, or with --json every field of each agreement. The file is opened "
           "read-only.");
    listCommand.run = &BaaCommands::list;
    list.push_back(listCommand);

    CliCommandSpec counterpartiesCommand;
    counterpartiesCommand.words = {QStringLiteral("baa"), QStringLiteral("counterparties")};
    counterpartiesCommand.summary = tr("List the covered entities, subcontractors and vendors");
    counterpartiesCommand.description =
        tr("Lists the counterparties by name with their relationship, whether they share PHI and "
           "their agreements, or with --json every field including contacts and linked assets. "
           "The file is opened read-only.");
    counterpartiesCommand.run = &BaaCommands::listCounterparties;
    list.push_back(counterpartiesCommand);

    CliCommandSpec importCommand;
    importCommand.words = {QStringLiteral("baa"), QStringLiteral("import")};
    importCommand.summary = tr("Add the counterparties or agreements of a CSV file");
    importCommand.description = tr(
        "Reads counterparties or agreements from a CSV file (UTF-8; the columns are described in "
        "docs/csv-import.md) and adds them all in one step. A file with a relationship column "
        "holds counterparties, one with a counterparty column agreements; --kind says so "
        "explicitly. Import the counterparties first: an agreement names its counterparty, which "
        "must exist. Every row is checked first: if any row is wrong, nothing is added, each "
        "problem is listed with its line number and the exit code is 4.");
    importCommand.operands = {QStringLiteral("FILE")};
    importCommand.options = {tableKindOption};
    importCommand.run = &BaaCommands::importCsv;
    list.push_back(importCommand);

    CliCommandSpec exportCommand;
    exportCommand.words = {QStringLiteral("baa"), QStringLiteral("export")};
    exportCommand.summary = tr("Write the agreements or counterparties to a CSV or XLSX file");
    exportCommand.description =
        tr("Writes every agreement (the default) or every counterparty with all its fields. "
           "Agreements come with their reference, counterparty name, checklist and completeness "
           "in percent. A CSV export can be imported again; an XLSX export has real dates. The "
           "file is opened read-only. An existing file is left alone (exit code 5) unless "
           "--replace is given.");
    exportCommand.options = {
        {QStringLiteral("format"), QStringLiteral("csv|xlsx"), tr("The file format (required).")},
        {QStringLiteral("out"), QStringLiteral("FILE"), tr("Where to write the file (required).")},
        {QStringLiteral("kind"), QStringLiteral("counterparties|agreements"),
         tr("What to export (default: agreements).")},
        {QStringLiteral("replace"), QString(), tr("Replace FILE if it already exists.")},
    };
    exportCommand.requiredOptions = {QStringLiteral("format"), QStringLiteral("out")};
    exportCommand.run = &BaaCommands::exportTable;
    list.push_back(exportCommand);

    CliCommandSpec dueCommand;
    dueCommand.words = {QStringLiteral("baa"), QStringLiteral("due")};
    dueCommand.summary = tr("Show what needs attention in the BAA inventory");
    dueCommand.description =
        tr("Lists overdue and upcoming items: counterparties that share PHI with no agreement in "
           "effect, expired agreements still marked active, reviews and expirations coming due, "
           "missing required provisions and subcontractor notice periods longer than ours. "
           "Overdue items come first. The exit code is 0 whether or not anything is due. The "
           "file is opened read-only.");
    dueCommand.options = {{QStringLiteral("as-of"), QStringLiteral("YYYY-MM-DD"),
                           tr("Look from this day instead of today.")}};
    dueCommand.run = &BaaCommands::due;
    list.push_back(dueCommand);

    CliCommandSpec attachCommand;
    attachCommand.words = {QStringLiteral("baa"), QStringLiteral("attach")};
    attachCommand.summary = tr("Store a signed agreement (PDF) inside the program file");
    attachCommand.description =
        tr("Stores the PDF inside the encrypted program file with the agreement, records its "
           "SHA-256 and prints it. Only PDF files are accepted (exit code 4 otherwise); a file "
           "that cannot be read gives exit code 5.");
    attachCommand.operands = {QStringLiteral("FILE")};
    attachCommand.options = {
        {QStringLiteral("agreement"), QStringLiteral("ID"),
         tr("The agreement, by reference (BAA-0007) or number (required).")},
        {QStringLiteral("kind"), QStringLiteral("signed|amendment|other"),
         tr("What the document is (default: signed).")},
    };
    attachCommand.requiredOptions = {QStringLiteral("agreement")};
    attachCommand.run = &BaaCommands::attach;
    list.push_back(attachCommand);

    return list;
}

int BaaCommands::list(CliContext& context)
{
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Program& program = *opened.value();
    Result<std::vector<Agreement>> agreements = program.baas().agreements();
    if (!agreements)
        return context.fail(agreements.error());
    Result<QHash<qint64, QString>> names = counterpartyNames(program);
    if (!names)
        return context.fail(names.error());

    if (context.output().json()) {
        QJsonArray array;
        for (const Agreement& agreement : *agreements) {
            QJsonObject json = AgreementJson::toJson(agreement);
            json.insert(QStringLiteral("reference"), agreementReference(agreement.id));
            json.insert(QStringLiteral("counterparty"), names->value(agreement.counterpartyId));
            json.insert(QStringLiteral("completeness"),
                        completenessJson(ProvisionCompleteness::of(agreement)));
            array.append(json);
        }
        context.output().printJson(array);
        return 0;
    }
    if (agreements->empty()) {
        context.output().message(tr("No agreements."));
        return 0;
    }
    TextTable table({tr("REF"), tr("COUNTERPARTY"), tr("DIRECTION"), tr("STATUS"), tr("EFFECTIVE"),
                     tr("EXPIRES"), tr("NEXT REVIEW"), tr("COMPLETE")});
    table.setRightAligned(7);
    for (const Agreement& agreement : *agreements) {
        table.addRow({agreementReference(agreement.id), names->value(agreement.counterpartyId),
                      directionShort(agreement.direction), agreementStatusLabel(agreement.status),
                      isoDate(agreement.effectiveOn),
                      agreement.evergreen ? tr("evergreen") : isoDate(agreement.expiresOn),
                      isoDate(agreement.nextReviewOn),
                      tr("%1%").arg(ProvisionCompleteness::of(agreement).percent())});
    }
    for (const QString& line : table.lines())
        context.output().print(line);
    return 0;
}

int BaaCommands::listCounterparties(CliContext& context)
{
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Program& program = *opened.value();
    Result<std::vector<Counterparty>> counterparties = program.counterparties().counterparties();
    if (!counterparties)
        return context.fail(counterparties.error());
    Result<std::vector<Agreement>> agreements = program.baas().agreements();
    if (!agreements)
        return context.fail(agreements.error());
    Result<std::vector<Asset>> assets = program.assets().assets();
    if (!assets)
        return context.fail(assets.error());
    QHash<qint64, QString> assetNames;
    for (const Asset& asset : *assets)
        assetNames.insert(asset.id, asset.name);
    QHash<qint64, QStringList> references;
    for (const Agreement& agreement : *agreements)
        references[agreement.counterpartyId] << agreementReference(agreement.id);

    if (context.output().json()) {
        QJsonArray array;
        for (const Counterparty& counterparty : *counterparties) {
            QStringList names;
            for (const qint64 id : counterparty.assetIds)
                names << assetNames.value(id);
            QJsonObject json = CounterpartyJson::toJson(counterparty);
            json.insert(QStringLiteral("assets"), QJsonArray::fromStringList(names));
            json.insert(QStringLiteral("agreements"),
                        QJsonArray::fromStringList(references.value(counterparty.id)));
            array.append(json);
        }
        context.output().printJson(array);
        return 0;
    }
    if (counterparties->empty()) {
        context.output().message(tr("No counterparties."));
        return 0;
    }
    TextTable table({tr("NAME"), tr("RELATIONSHIP"), tr("SHARES PHI"), tr("AGREEMENTS")});
    for (const Counterparty& counterparty : *counterparties) {
        table.addRow({counterparty.name, counterpartyRelationshipLabel(counterparty.relationship),
                      counterparty.sharesPhi ? tr("yes") : tr("no"),
                      references.value(counterparty.id).join(QStringLiteral(", "))});
    }
    for (const QString& line : table.lines())
        context.output().print(line);
    return 0;
}

int BaaCommands::importCsv(CliContext& context)
{
    const CliArguments& arguments = context.arguments();
    const QString command = QStringLiteral("baa import");
    const QString path = arguments.operands().value(0);
    std::optional<TableKind> kind;
    if (arguments.has(QStringLiteral("kind"))) {
        kind = tableKind(arguments.value(QStringLiteral("kind")));
        if (!kind) {
            return context.usage(command,
                         tr("Unknown kind '%1'; use counterparties or agreements.")
                             .arg(arguments.value(QStringLiteral("kind"))));
        }
    } else if (QFileInfo(path).isFile()) {
        Result<TableKind> detected = detectKind(path);
        if (!detected)
            return context.fail(detected.error());
        kind = *detected;
    }
    // A missing file is reported by importFile, before any passphrase.
    if (kind.value_or(TableKind::Agreements) == TableKind::Counterparties) {
        return TableFileCommand::importFile(
            context, QStringLiteral("counterparties"),
            [](Program& program, const QString& file) {
                return CounterpartyCsvImporter(program.counterparties(), program.assets())
                    .importFile(file);
            },
            [](int count, const QString& fileName, const QString& created) {
                return tr("Imported %n counterparty(ies) from %1: %2.", nullptr, count)
                    .arg(fileName, created);
            });
    }
    return TableFileCommand::importFile(
        context, QStringLiteral("agreements"),
        [](Program& program, const QString& file) {
            return AgreementCsvImporter(program.baas(), program.counterparties()).importFile(file);
        },
        [](int count, const QString& fileName, const QString& created) {
            return tr("Imported %n agreement(s) from %1: %2.", nullptr, count)
                .arg(fileName, created);
        });
}

int BaaCommands::exportTable(CliContext& context)
{
    const CliArguments& arguments = context.arguments();
    const QString command = QStringLiteral("baa export");
    TableKind kind = TableKind::Agreements;
    if (arguments.has(QStringLiteral("kind"))) {
        const std::optional<TableKind> given = tableKind(arguments.value(QStringLiteral("kind")));
        if (!given) {
            return context.usage(command,
                         tr("Unknown kind '%1'; use counterparties or agreements.")
                             .arg(arguments.value(QStringLiteral("kind"))));
        }
        kind = *given;
    }
    int exitCode = 0;
    const std::optional<TableFileCommand::ExportRequest> request =
        TableFileCommand::exportRequest(context, command, exitCode);
    if (!request)
        return exitCode;
    const bool csv = request->format == QStringLiteral("csv");

    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Program& program = *opened.value();
    int count = 0;
    Result<void> saved;
    if (kind == TableKind::Counterparties) {
        Result<CounterpartyTableExporter> exporter =
            CounterpartyTableExporter::fromRegister(program.counterparties(), program.assets());
        if (!exporter)
            return context.fail(exporter.error());
        count = int(exporter->rows().size());
        saved = csv ? exporter->saveCsv(request->out, request->policy)
                    : exporter->saveXlsx(request->out, request->policy);
    } else {
        Result<AgreementTableExporter> exporter =
            AgreementTableExporter::fromRegister(program.baas(), program.counterparties());
        if (!exporter)
            return context.fail(exporter.error());
        count = int(exporter->rows().size());
        saved = csv ? exporter->saveCsv(request->out, request->policy)
                    : exporter->saveXlsx(request->out, request->policy);
    }
    if (!saved)
        return context.fail(saved.error());

    const QString key = kind == TableKind::Counterparties ? QStringLiteral("counterparties")
                                                          : QStringLiteral("agreements");
    if (context.output().json()) {
        context.output().printJson(QJsonObject{{QStringLiteral("ok"), true},
                                               {QStringLiteral("file"), nativePath(request->out)},
                                               {QStringLiteral("format"), request->format},
                                               {QStringLiteral("kind"), key},
                                               {key, count}});
    }
    context.output().message(
        kind == TableKind::Counterparties
            ? tr("Exported %n counterparty(ies) to %1.", nullptr, count)
                  .arg(nativePath(request->out))
            : tr("Exported %n agreement(s) to %1.", nullptr, count).arg(nativePath(request->out)));
    return 0;
}

int BaaCommands::due(CliContext& context)
{
    const CliArguments& arguments = context.arguments();
    QDate asOf = context.clock().today();
    if (arguments.has(QStringLiteral("as-of"))) {
        asOf = dateFromIso(arguments.value(QStringLiteral("as-of")));
        if (!asOf.isValid()) {
            return context.usage(QStringLiteral("baa due"),
                         tr("'--as-of' needs a date as YYYY-MM-DD, not '%1'.")
                             .arg(arguments.value(QStringLiteral("as-of"))));
        }
    }
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Result<std::vector<BaaDueItem>> items = opened.value()->baas().due(asOf);
    if (!items)
        return context.fail(items.error());

    if (context.output().json()) {
        QJsonArray array;
        for (const BaaDueItem& item : *items) {
            array.append(QJsonObject{
                {QStringLiteral("kind"), dueKindKey(item.kind)},
                {QStringLiteral("overdue"), item.overdue},
                {QStringLiteral("date"), optionalText(isoDate(item.date))},
                {QStringLiteral("counterparty_id"), QString::number(item.counterpartyId)},
                {QStringLiteral("agreement_id"), item.agreementId > 0
                                                     ? QJsonValue(QString::number(item.agreementId))
                                                     : QJsonValue()},
                {QStringLiteral("reference"), item.agreementId > 0
                                                  ? QJsonValue(agreementReference(item.agreementId))
                                                  : QJsonValue()},
                {QStringLiteral("subject"), item.subject},
                {QStringLiteral("message"), item.message},
            });
        }
        context.output().printJson(QJsonObject{{QStringLiteral("as_of"), isoDate(asOf)},
                                               {QStringLiteral("items"), array}});
        return 0;
    }
    if (items->empty()) {
        context.output().message(tr("Nothing is due as of %1.").arg(isoDate(asOf)));
        return 0;
    }
    context.output().message(
        tr("%n item(s) need attention as of %1.", nullptr, int(items->size())).arg(isoDate(asOf)));
    TextTable table({tr("DATE"), tr("STATE"), tr("SUBJECT"), tr("FINDING")});
    for (const BaaDueItem& item : *items) {
        table.addRow({isoDate(item.date), item.overdue ? tr("overdue") : tr("due"), item.subject,
                      item.message});
    }
    for (const QString& line : table.lines())
        context.output().print(line);
    return 0;
}

int BaaCommands::attach(CliContext& context)
{
    const CliArguments& arguments = context.arguments();
    const QString command = QStringLiteral("baa attach");
    const std::optional<qint64> id = agreementId(arguments.value(QStringLiteral("agreement")));
    if (!id) {
        return context.usage(command,
                     tr("'--agreement' needs a reference such as BAA-0007 or a number, not '%1'.")
                         .arg(arguments.value(QStringLiteral("agreement"))));
    }
    DocumentKind kind = DocumentKind::SignedAgreement;
    if (arguments.has(QStringLiteral("kind"))) {
        const std::optional<DocumentKind> given =
            documentKind(arguments.value(QStringLiteral("kind")));
        if (!given) {
            return context.usage(command,
                         tr("Unknown kind '%1'; use signed, amendment or other.")
                             .arg(arguments.value(QStringLiteral("kind"))));
        }
        kind = *given;
    }

    // The file is read and checked before unlocking, so a wrong file costs no
    // passphrase.
    const QString path = arguments.operands().value(0);
    if (!QFileInfo(path).isFile()) {
        return context.fail(
            {ErrorKind::Io, tr("There is no file to attach at this location."), nativePath(path)});
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return context.fail({ErrorKind::Io,
                             tr("The file could not be read: %1").arg(file.errorString()),
                             nativePath(path)});
    }
    const QByteArray content = file.readAll();
    file.close();
    if (!PdfTextExtractor::isPdf(content)) {
        return context.fail({ErrorKind::Invalid,
                             tr("%1 is not a PDF file; attach the agreement as a PDF (scan or "
                                "print it to PDF first).")
                                 .arg(QFileInfo(path).fileName()),
                             nativePath(path)});
    }

    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadWrite);
    if (!opened)
        return context.fail(opened.error());
    Program& program = *opened.value();
    const auto finish = [&](int exitCode) {
        program.lock(lockReason);
        return exitCode;
    };
    Result<AgreementDocument> attached =
        program.baas().attach(*id, QFileInfo(path).fileName(), content, kind);
    if (!attached)
        return finish(context.fail(attached.error()));

    if (context.output().json()) {
        context.output().printJson(QJsonObject{
            {QStringLiteral("ok"), true},
            {QStringLiteral("agreement"), agreementReference(*id)},
            {QStringLiteral("document_id"), QString::number(attached->id)},
            {QStringLiteral("file"), nativePath(path)},
            {QStringLiteral("kind"), documentKindKey(attached->kind)},
            {QStringLiteral("sha256"), attached->sha256},
            {QStringLiteral("size"), QString::number(attached->size)},
            {QStringLiteral("pages"), attached->pageCount},
        });
    } else {
        context.output().print(QStringLiteral("%1  %2").arg(attached->sha256, attached->fileName));
    }
    context.output().message(
        tr("Attached %1 (%2, %n page(s)) to %3.", nullptr, attached->pageCount)
            .arg(attached->fileName, documentKindLabel(attached->kind), agreementReference(*id)));
    return finish(0);
}

} // namespace palisade::cli
