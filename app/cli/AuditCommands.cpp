#include "app/cli/AuditCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/TextTable.h"
#include "core/audit/AuditHasher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <utility>

namespace palisade::cli {
namespace {

QString problemKey(ChainVerification::Problem problem)
{
    switch (problem) {
    case ChainVerification::Problem::None:
        return QStringLiteral("none");
    case ChainVerification::Problem::ContentChanged:
        return QStringLiteral("content_changed");
    case ChainVerification::Problem::LinkBroken:
        return QStringLiteral("link_broken");
    case ChainVerification::Problem::Gap:
        return QStringLiteral("gap");
    case ChainVerification::Problem::Unreadable:
        return QStringLiteral("unreadable");
    case ChainVerification::Problem::RedactionUnaccounted:
        return QStringLiteral("redaction_unaccounted");
    }
    return {};
}

QJsonObject parseObject(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QString recordLabel(const AuditEvent& event)
{
    return event.recordId.isEmpty() ? event.entity
                                    : event.entity + QLatin1Char('/') + event.recordId;
}

} // namespace

std::vector<CliCommandSpec> AuditCommands::commands()
{
    std::vector<CliCommandSpec> list;

    CliCommandSpec listCommand;
    listCommand.words = {QStringLiteral("audit"), QStringLiteral("list")};
    listCommand.summary = tr("List audit trail events");
    listCommand.description = tr(
        "Lists the events of the audit trail, oldest first, as a table or, with --json, as an "
        "array of complete events (before and after as objects, with their hashes). The file is "
        "opened read-only and nothing is recorded. Filters combine; dates are UTC calendar days, "
        "both ends included. Here --actor filters by who acted.");
    listCommand.options = {
        {QStringLiteral("entity"), QStringLiteral("ENTITY"),
         tr("Only events about this kind of record (e.g. program).")},
        {QStringLiteral("actor"), QStringLiteral("NAME"),
         tr("Only events recorded by this person.")},
        {QStringLiteral("action"), QStringLiteral("ACTION"),
         tr("Only events with this action (e.g. unlocked, unlock_failed).")},
        {QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"),
         tr("Only events on or after this day.")},
        {QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"),
         tr("Only events on or before this day.")},
        {QStringLiteral("limit"), QStringLiteral("N"),
         tr("At most N events (the oldest that match).")},
    };
    listCommand.run = &AuditCommands::list;
    list.push_back(listCommand);

    CliCommandSpec verifyCommand;
    verifyCommand.words = {QStringLiteral("audit"), QStringLiteral("verify")};
    verifyCommand.summary = tr("Verify the audit trail's hash chain");
    verifyCommand.description =
        tr("Walks the whole hash chain of the audit trail and names the first event that was "
           "changed, removed or does not follow from the one before it. The file is opened "
           "read-only. The exit code is 0 when the chain is intact and 3 when it is broken.");
    verifyCommand.run = &AuditCommands::verify;
    list.push_back(verifyCommand);

    return list;
}

QJsonObject AuditCommands::eventToJson(const AuditEvent& event)
{
    return QJsonObject{
        {QStringLiteral("seq"), event.seq},
        {QStringLiteral("format"), event.format},
        {QStringLiteral("at"), AuditHasher::timestamp(event.at)},
        {QStringLiteral("actor"), event.actor},
        {QStringLiteral("action"), event.action},
        {QStringLiteral("entity"), event.entity},
        {QStringLiteral("record_id"), event.recordId},
        {QStringLiteral("before"), parseObject(event.before)},
        {QStringLiteral("after"), parseObject(event.after)},
        {QStringLiteral("prev_hash"), event.prevHash},
        {QStringLiteral("hash"), event.hash},
    };
}

int AuditCommands::list(CliContext& context)
{
    const CliArguments& arguments = context.arguments();
    const auto usage = [&](const QString& message) {
        return context.fail({ErrorKind::Usage,
                             message + QLatin1Char(' ') +
                                 tr("Run 'palisade-cli audit list --help' for its options."),
                             {}});
    };

    AuditQuery query;
    query.entity = arguments.value(QStringLiteral("entity"));
    query.actor = arguments.value(QStringLiteral("actor"));
    query.action = arguments.value(QStringLiteral("action"));
    const auto readDay = [&](const QString& name, QDate& day) {
        if (!arguments.has(name))
            return true;
        day = QDate::fromString(arguments.value(name), Qt::ISODate);
        return day.isValid();
    };
    for (const auto& [name, day] : {std::pair{QStringLiteral("from"), &query.from},
                                    std::pair{QStringLiteral("to"), &query.to}}) {
        if (!readDay(name, *day)) {
            return usage(tr("'--%1' needs a date as YYYY-MM-DD, not '%2'.")
                             .arg(name, arguments.value(name)));
        }
    }
    if (arguments.has(QStringLiteral("limit"))) {
        bool number = false;
        const int limit = arguments.value(QStringLiteral("limit")).toInt(&number);
        if (!number || limit < 1) {
            return usage(tr("'--limit' needs a whole number of 1 or more, not '%1'.")
                             .arg(arguments.value(QStringLiteral("limit"))));
        }
        query.limit = limit;
    }

    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    const std::vector<AuditEvent> events = opened.value()->auditTrail().events(query);

    if (context.output().json()) {
        QJsonArray array;
        for (const AuditEvent& event : events)
            array.append(eventToJson(event));
        context.output().printJson(array);
        return 0;
    }
    if (events.empty()) {
        context.output().message(tr("No events match."));
        return 0;
    }
    TextTable table({tr("SEQ"), tr("TIME (UTC)"), tr("ACTOR"), tr("ACTION"), tr("RECORD")});
    table.setRightAligned(0);
    for (const AuditEvent& event : events) {
        table.addRow({QString::number(event.seq),
                      event.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), event.actor,
                      event.action, recordLabel(event)});
    }
    for (const QString& line : table.lines())
        context.output().print(line);
    return 0;
}

int AuditCommands::verify(CliContext& context)
{
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    const ChainVerification result = opened.value()->auditTrail().verify();

    if (context.output().json()) {
        context.output().printJson(QJsonObject{
            {QStringLiteral("intact"), result.intact},
            {QStringLiteral("events_checked"), result.eventsChecked},
            {QStringLiteral("redacted_events"), result.redactedEvents},
            {QStringLiteral("first_broken_seq"),
             result.intact ? QJsonValue(QJsonValue::Null) : QJsonValue(result.firstBrokenSeq)},
            {QStringLiteral("problem"), problemKey(result.problem)},
            {QStringLiteral("head_hash"), result.headHash},
            {QStringLiteral("message"), result.describe()},
        });
    }
    context.output().message(result.describe());
    if (!result.intact)
        return exitCodeFor(ErrorKind::Integrity);
    context.output().message(tr("Head hash: %1").arg(result.headHash));
    return 0;
}

} // namespace palisade::cli
