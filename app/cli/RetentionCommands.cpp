#include "app/cli/RetentionCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliJson.h"
#include "app/cli/PassphraseSource.h"
#include "app/cli/TextTable.h"
#include "core/retention/RetentionJson.h"
#include "core/retention/RetentionRegister.h"
#include "core/retention/RetentionRules.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <map>

namespace palisade::cli {
namespace {

// "policy-revision" and "Policy_Revision" name the type "policy_revision".
std::optional<RetentionRule> ruleNamed(const QString& text)
{
    QString key = text.trimmed().toLower();
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    return RetentionRules::find(key);
}

QString typeChoices()
{
    QStringList keys;
    for (const RetentionRule& rule : RetentionRules::all()) {
        if (rule.disposable)
            keys << rule.recordType;
    }
    return keys.join(QLatin1Char('|'));
}

QJsonObject recordJson(const RetentionRecord& record, const QDate& asOf)
{
    QJsonObject json{{QStringLiteral("record_type"), record.recordType},
                     {QStringLiteral("record_id"), QString::number(record.recordId)},
                     {QStringLiteral("label"), record.label},
                     {QStringLiteral("created_on"), jsonDateOrNull(record.createdOn)},
                     {QStringLiteral("last_in_effect_on"), jsonDateOrNull(record.lastInEffectOn)},
                     {QStringLiteral("in_effect"), record.inEffect},
                     {QStringLiteral("kept"), record.kept},
                     {QStringLiteral("retain_until"), jsonDateOrNull(record.retainUntil())},
                     {QStringLiteral("status"), retentionStatusKey(record.status(asOf))}};
    if (record.hold)
        json.insert(QStringLiteral("hold"), RetentionJson::toJson(*record.hold));
    return json;
}

QString holdScope(const LegalHold& hold)
{
    return hold.coversEveryRecord()
               ? RetentionCommands::tr("every %1")
                     .arg(RetentionRules::labelOf(hold.recordType).toLower())
               : QStringLiteral("%1 %2").arg(hold.recordType).arg(hold.recordId);
}

void printTable(CliContext& context, const TextTable& table)
{
    for (const QString& line : table.lines())
        context.output().print(line);
}

// Asks on the terminal; anything but "yes" declines.
bool confirmed(CliContext& context, const QString& question)
{
    context.output().message(question);
    QTextStream in(stdin);
    return in.readLine().trimmed().compare(QStringLiteral("yes"), Qt::CaseInsensitive) == 0;
}

} // namespace

std::vector<CliCommandSpec> RetentionCommands::commands()
{
    std::vector<CliCommandSpec> list;

    CliCommandSpec rules = CliCommandSpec::make(
        u"retention", QStringLiteral("rules"), tr("Show how long each kind of record is kept"),
        tr("Lists the retention rule of every record type: what makes it a record, the dates its "
           "six years count from, and the regulation. No program file is needed."),
        &RetentionCommands::rules);
    rules.needsProgram = false;
    list.push_back(rules);

    CliCommandSpec report = CliCommandSpec::make(
        u"retention", QStringLiteral("report"),
        tr("Show where every record stands in its retention"),
        tr("Lists every record with the day it was created, the last day it was in effect, the "
           "day it must be kept until (six years after the later of the two) and its status as "
           "of --as-of: draft (may be deleted), in effect, retained, eligible for disposal, or on "
           "legal hold. The file is opened read-only."),
        &RetentionCommands::report);
    report.options = {
        {QStringLiteral("as-of"), QStringLiteral("YYYY-MM-DD"),
         tr("Look from this day instead of today.")},
        {QStringLiteral("status"), QStringLiteral("draft|in_effect|retained|eligible|on_hold"),
         tr("Only records with this status.")},
    };
    list.push_back(report);

    CliCommandSpec holds = CliCommandSpec::make(
        u"retention", QStringLiteral("holds"), tr("List the legal holds"),
        tr("Lists the active legal holds, or with --all the released ones too. The file "
           "is opened read-only."),
        &RetentionCommands::holds);
    holds.options = {{QStringLiteral("all"), QString(), tr("Include released holds.")}};
    list.push_back(holds);

    CliCommandSpec hold = CliCommandSpec::make(
        u"retention", QStringLiteral("hold"), tr("Place a legal hold"),
        tr("Keeps one record (--type and --record) or every record of a type (--type alone) from "
           "deletion and disposal, however old, until the hold is released."),
        &RetentionCommands::hold);
    hold.options = {
        {QStringLiteral("type"), typeChoices(), tr("The kind of record (required).")},
        {QStringLiteral("record"), QStringLiteral("ID"),
         tr("The record's number; without it the hold covers every record of the type.")},
        {QStringLiteral("reason"), QStringLiteral("TEXT"),
         tr("Why, e.g. the matter it is kept for (required).")},
    };
    hold.requiredOptions = {QStringLiteral("type"), QStringLiteral("reason")};
    list.push_back(hold);

    CliCommandSpec release = CliCommandSpec::make(
        u"retention", QStringLiteral("release"), tr("Release a legal hold"),
        tr("Ends the legal hold numbered HOLD ('retention holds' lists them). The "
           "records it kept fall back under their retention period."),
        &RetentionCommands::release);
    release.operands = {QStringLiteral("HOLD")};
    release.options = {
        {QStringLiteral("reason"), QStringLiteral("TEXT"), tr("Why it ends (required).")}};
    release.requiredOptions = {QStringLiteral("reason")};
    list.push_back(release);

    CliCommandSpec dispose = CliCommandSpec::make(
        u"retention", QStringLiteral("dispose"),
        tr("Dispose of the records past their retention period"),
        tr("Destroys every record eligible for disposal on --as-of (today or earlier): its "
           "content is deleted and overwritten in the file, its earlier states are redacted "
           "from the audit trail, and the trail keeps a tombstone with the SHA-256 of what was "
           "destroyed. Lists the records and asks for "
           "confirmation first, unless --yes is given. Records on legal hold are never "
           "disposed of."),
        &RetentionCommands::dispose);
    dispose.options = {
        {QStringLiteral("as-of"), QStringLiteral("YYYY-MM-DD"),
         tr("Dispose of what is eligible on this day (default: today).")},
        {QStringLiteral("yes"), QString(), tr("Do not ask for confirmation.")},
    };
    list.push_back(dispose);

    list.push_back(
        CliCommandSpec::make(u"retention", QStringLiteral("log"), tr("Show the disposal log"),
                             tr("Lists every record disposed of: when, by whom, its retain-until "
                                "date and the SHA-256 of its content. The file is opened "
                                "read-only."),
                             &RetentionCommands::log));
    return list;
}

int RetentionCommands::rules(CliContext& context)
{
    const std::vector<RetentionRule> all = RetentionRules::all();
    if (context.output().json()) {
        QJsonArray array;
        for (const RetentionRule& rule : all) {
            array.append(QJsonObject{{QStringLiteral("record_type"), rule.recordType},
                                     {QStringLiteral("label"), rule.label},
                                     {QStringLiteral("record"), rule.record},
                                     {QStringLiteral("created"), rule.createdBasis},
                                     {QStringLiteral("last_in_effect"), rule.lastInEffectBasis},
                                     {QStringLiteral("citation"), rule.citation},
                                     {QStringLiteral("disposable"), rule.disposable}});
        }
        context.output().printJson(array);
        return 0;
    }
    for (const RetentionRule& rule : all) {
        context.output().print(
            QStringLiteral("%1 (%2), %3").arg(rule.label, rule.recordType, rule.citation));
        context.output().print(tr("  A record: %1").arg(rule.record));
        context.output().print(tr("  Created: %1").arg(rule.createdBasis));
        context.output().print(tr("  Last in effect: %1").arg(rule.lastInEffectBasis));
        if (!rule.disposable)
            context.output().print(tr("  Never disposed of by Palisade."));
    }
    return 0;
}

int RetentionCommands::report(CliContext& context)
{
    const QString name = QStringLiteral("retention report");
    int exitCode = 0;
    const std::optional<QDate> asOf =
        context.dateOption(name, QStringLiteral("as-of"), context.clock().today(), exitCode);
    if (!asOf)
        return exitCode;
    std::optional<RetentionStatus> only;
    if (context.arguments().has(QStringLiteral("status"))) {
        QString key = context.arguments().value(QStringLiteral("status")).trimmed().toLower();
        key.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (key == QLatin1String("draft"))
            key = retentionStatusKey(RetentionStatus::Discardable);
        only = retentionStatusFromKey(key);
        if (!only)
            return context.usage(name,
                                 tr("Unknown status '%1'.")
                                     .arg(context.arguments().value(QStringLiteral("status"))));
    }
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Result<std::vector<RetentionRecord>> records = opened.value()->retention().records();
    if (!records)
        return context.fail(records.error());

    std::map<RetentionStatus, int> counts;
    QJsonArray array;
    TextTable table({tr("TYPE"), tr("RECORD"), tr("CREATED"), tr("LAST IN EFFECT"),
                     tr("KEEP UNTIL"), tr("STATUS")});
    for (const RetentionRecord& record : *records) {
        const RetentionStatus status = record.status(*asOf);
        if (only && status != *only)
            continue;
        ++counts[status];
        if (context.output().json()) {
            array.append(recordJson(record, *asOf));
            continue;
        }
        QString statusText = retentionStatusLabel(status);
        if (status == RetentionStatus::OnHold && record.hold)
            statusText = tr("%1: %2").arg(statusText, record.hold->reason);
        table.addRow({RetentionRules::labelOf(record.recordType), record.label,
                      isoDate(record.createdOn),
                      record.inEffect ? tr("in effect") : isoDate(record.lastInEffectOn),
                      isoDate(record.retainUntil()), statusText});
    }
    if (context.output().json()) {
        QJsonObject summary;
        for (const RetentionStatus status : allRetentionStatuses())
            summary.insert(retentionStatusKey(status), counts[status]);
        context.output().printJson(QJsonObject{{QStringLiteral("as_of"), isoDate(*asOf)},
                                               {QStringLiteral("counts"), summary},
                                               {QStringLiteral("records"), array}});
        return 0;
    }
    if (table.rowCount() == 0) {
        context.output().message(tr("No records as of %1.").arg(isoDate(*asOf)));
        return 0;
    }
    printTable(context, table);
    QStringList summary;
    for (const RetentionStatus status : allRetentionStatuses()) {
        if (counts[status] > 0)
            summary << tr("%1: %L2").arg(retentionStatusLabel(status)).arg(counts[status]);
    }
    context.output().message(
        tr("As of %1. %2.").arg(isoDate(*asOf), summary.join(QStringLiteral(", "))));
    return 0;
}

int RetentionCommands::holds(CliContext& context)
{
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Result<std::vector<LegalHold>> all =
        opened.value()->retention().holds(context.arguments().has(QStringLiteral("all")));
    if (!all)
        return context.fail(all.error());
    if (context.output().json()) {
        QJsonArray array;
        for (const LegalHold& hold : *all)
            array.append(RetentionJson::toJson(hold));
        context.output().printJson(array);
        return 0;
    }
    if (all->empty()) {
        context.output().message(tr("No legal holds."));
        return 0;
    }
    TextTable table(
        {tr("HOLD"), tr("COVERS"), tr("PLACED"), tr("BY"), tr("REASON"), tr("RELEASED")});
    table.setRightAligned(0);
    for (const LegalHold& hold : *all) {
        table.addRow({QString::number(hold.id), holdScope(hold),
                      isoTimestamp(hold.placedAt).left(10), hold.placedBy, hold.reason,
                      hold.isActive() ? QString() : isoTimestamp(hold.releasedAt).left(10)});
    }
    printTable(context, table);
    return 0;
}

int RetentionCommands::hold(CliContext& context)
{
    const QString name = QStringLiteral("retention hold");
    const CliArguments& arguments = context.arguments();
    const std::optional<RetentionRule> rule = ruleNamed(arguments.value(QStringLiteral("type")));
    if (!rule || !rule->disposable)
        return context.usage(name,
                             tr("Unknown record type '%1'; use %2.")
                                 .arg(arguments.value(QStringLiteral("type")), typeChoices()));
    std::optional<qint64> id;
    if (arguments.has(QStringLiteral("record"))) {
        bool ok = false;
        id = arguments.value(QStringLiteral("record")).toLongLong(&ok);
        if (!ok || *id < 1)
            return context.usage(name, tr("'--record' needs a record number, not '%1'.")
                                           .arg(arguments.value(QStringLiteral("record"))));
    }
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadWrite);
    if (!opened)
        return context.fail(opened.error());
    Result<LegalHold> placed = opened.value()->retention().placeHold(
        rule->recordType, id, arguments.value(QStringLiteral("reason")).trimmed());
    if (!placed)
        return context.fail(placed.error());
    if (context.output().json())
        context.output().printJson(RetentionJson::toJson(*placed));
    context.output().message(
        tr("Legal hold %1 placed on %2.").arg(placed->id).arg(holdScope(*placed)));
    return 0;
}

int RetentionCommands::release(CliContext& context)
{
    bool ok = false;
    const qint64 id = context.arguments().operands().value(0).toLongLong(&ok);
    if (!ok || id < 1)
        return context.usage(QStringLiteral("retention release"),
                             tr("HOLD is the number of a legal hold, not '%1'.")
                                 .arg(context.arguments().operands().value(0)));
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadWrite);
    if (!opened)
        return context.fail(opened.error());
    Result<LegalHold> released = opened.value()->retention().releaseHold(
        id, context.arguments().value(QStringLiteral("reason")).trimmed());
    if (!released)
        return context.fail(released.error());
    if (context.output().json())
        context.output().printJson(RetentionJson::toJson(*released));
    context.output().message(tr("Legal hold %1 on %2 released.").arg(id).arg(holdScope(*released)));
    return 0;
}

int RetentionCommands::dispose(CliContext& context)
{
    const QString name = QStringLiteral("retention dispose");
    int exitCode = 0;
    const QDate today = context.clock().today();
    const std::optional<QDate> asOf =
        context.dateOption(name, QStringLiteral("as-of"), today, exitCode);
    if (!asOf)
        return exitCode;
    if (*asOf > today)
        return context.usage(name, tr("Records are disposed of only once their time has come: "
                                      "'--as-of' cannot be later than today (%1).")
                                       .arg(isoDate(today)));
    const bool ask = !context.arguments().has(QStringLiteral("yes"));
    if (ask && !PassphraseSource::canPrompt())
        return context.usage(name, tr("Standard input is not a terminal, so nobody can confirm; "
                                      "add --yes to dispose without a question."));
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadWrite);
    if (!opened)
        return context.fail(opened.error());
    RetentionRegister& retention = opened.value()->retention();
    Result<std::vector<RetentionRecord>> eligible = retention.eligible(*asOf);
    if (!eligible)
        return context.fail(eligible.error());
    if (eligible->empty()) {
        if (context.output().json())
            context.output().printJson(QJsonObject{{QStringLiteral("as_of"), isoDate(*asOf)},
                                                   {QStringLiteral("disposed"), QJsonArray()},
                                                   {QStringLiteral("refused"), QJsonArray()}});
        context.output().message(
            tr("Nothing is eligible for disposal as of %1.").arg(isoDate(*asOf)));
        return 0;
    }
    if (ask) {
        for (const RetentionRecord& record : *eligible)
            context.output().message(
                tr("  %1 (kept until %2)").arg(record.label, isoDate(record.retainUntil())));
        if (!confirmed(context, tr("Dispose of these %n record(s)? Their content is destroyed. "
                                   "Type yes to go on:",
                                   nullptr, int(eligible->size())))) {
            context.output().message(tr("Nothing was disposed of."));
            return 0;
        }
    }
    std::vector<RecordRef> refs;
    for (const RetentionRecord& record : *eligible)
        refs.push_back(record.ref());
    const std::vector<DisposalOutcome> outcomes = retention.dispose(refs);
    QJsonArray disposed;
    QJsonArray refused;
    int count = 0;
    for (const DisposalOutcome& outcome : outcomes) {
        const QJsonObject entry{{QStringLiteral("record_type"), outcome.record.type},
                                {QStringLiteral("record_id"), QString::number(outcome.record.id)},
                                {QStringLiteral("label"), outcome.label}};
        if (outcome.disposed()) {
            ++count;
            QJsonObject done = entry;
            done.insert(QStringLiteral("disposal_id"), QString::number(*outcome.disposalId));
            disposed.append(done);
        } else {
            QJsonObject notDone = entry;
            notDone.insert(QStringLiteral("reason"), outcome.refusal);
            refused.append(notDone);
            context.output().message(
                tr("Not disposed of: %1: %2").arg(outcome.label, outcome.refusal));
        }
    }
    if (context.output().json())
        context.output().printJson(QJsonObject{{QStringLiteral("as_of"), isoDate(*asOf)},
                                               {QStringLiteral("disposed"), disposed},
                                               {QStringLiteral("refused"), refused}});
    context.output().message(tr("Disposed of %n record(s); the disposal log and the audit trail "
                                "keep their tombstones.",
                                nullptr, count));
    return refused.isEmpty() ? 0 : exitCodeFor(ErrorKind::Invalid);
}

int RetentionCommands::log(CliContext& context)
{
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Result<std::vector<Disposal>> all = opened.value()->retention().disposals();
    if (!all)
        return context.fail(all.error());
    if (context.output().json()) {
        QJsonArray array;
        for (const Disposal& disposal : *all)
            array.append(RetentionJson::tombstone(disposal));
        context.output().printJson(array);
        return 0;
    }
    if (all->empty()) {
        context.output().message(tr("Nothing has been disposed of."));
        return 0;
    }
    TextTable table(
        {tr("DISPOSED"), tr("BY"), tr("TYPE"), tr("RECORD"), tr("KEPT UNTIL"), tr("SHA-256")});
    for (const Disposal& disposal : *all) {
        table.addRow({isoTimestamp(disposal.disposedAt).left(10), disposal.disposedBy,
                      RetentionRules::labelOf(disposal.recordType), disposal.label,
                      isoDate(disposal.retainUntil), disposal.contentSha256});
    }
    printTable(context, table);
    return 0;
}

} // namespace palisade::cli
