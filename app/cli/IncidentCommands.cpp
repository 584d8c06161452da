#include "app/cli/IncidentCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliJson.h"
#include "app/cli/IncidentChangeCommands.h"
#include "app/cli/TableFileCommand.h"
#include "app/cli/TextTable.h"
#include "core/incidents/BreachLogExporter.h"
#include "core/incidents/BreachNotificationRules.h"
#include "core/incidents/BreachReporting.h"
#include "core/incidents/IncidentRegister.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace palisade::cli {
namespace {

// "Media (FL)", "Covered entity: Lakeside Family Clinic", "HHS (annual log)".
QString recipientText(const RequiredNotification& notice)
{
    const QString label = notificationRecipientLabel(notice.recipient);
    if (notice.recipient == NotificationRecipient::CoveredEntity)
        return IncidentCommands::tr("%1: %2").arg(label, notice.recipientName);
    if (notice.recipient == NotificationRecipient::Hhs && notice.annualLog)
        return IncidentCommands::tr("%1 (annual log)").arg(label);
    if (!notice.jurisdiction.isEmpty())
        return QStringLiteral("%1 (%2)").arg(label, notice.jurisdiction);
    return label;
}

QString daysText(const IncidentDeadline& deadline)
{
    if (deadline.sent)
        return {};
    if (deadline.overdue)
        return IncidentCommands::tr("%n day(s) overdue", nullptr, int(-deadline.daysLeft));
    if (deadline.daysLeft == 0)
        return IncidentCommands::tr("due today");
    return IncidentCommands::tr("%n day(s) left", nullptr, int(deadline.daysLeft));
}

QJsonObject deadlineJson(const IncidentDeadline& deadline)
{
    const RequiredNotification& notice = deadline.notice;
    return QJsonObject{
        {QStringLiteral("incident_id"), QString::number(deadline.incidentId)},
        {QStringLiteral("reference"), deadline.reference},
        {QStringLiteral("title"), deadline.title},
        {QStringLiteral("incident_closed"), deadline.incidentClosed},
        {QStringLiteral("key"), notice.key()},
        {QStringLiteral("recipient"), notificationRecipientKey(notice.recipient)},
        {QStringLiteral("recipient_label"), recipientText(notice)},
        {QStringLiteral("jurisdiction"),
         notice.jurisdiction.isEmpty() ? QJsonValue() : QJsonValue(notice.jurisdiction)},
        {QStringLiteral("counterparty_id"), notice.counterpartyId > 0
                                                ? QJsonValue(QString::number(notice.counterpartyId))
                                                : QJsonValue()},
        {QStringLiteral("recipient_name"),
         notice.recipientName.isEmpty() ? QJsonValue() : QJsonValue(notice.recipientName)},
        {QStringLiteral("due_on"), jsonDateOrNull(notice.dueOn)},
        {QStringLiteral("annual_log"), notice.annualLog},
        {QStringLiteral("basis"), notice.basis},
        {QStringLiteral("sent"), deadline.sent},
        {QStringLiteral("sent_on"), jsonDateOrNull(deadline.sentOn)},
        {QStringLiteral("days_left"), deadline.daysLeft},
        {QStringLiteral("overdue"), deadline.overdue},
        {QStringLiteral("late"), deadline.late},
    };
}

// The unsent notice of each incident that falls due first.
QHash<qint64, IncidentDeadline> nextDeadlines(const std::vector<IncidentDeadline>& deadlines)
{
    QHash<qint64, IncidentDeadline> next;
    for (const IncidentDeadline& deadline : deadlines) {
        if (deadline.sent)
            continue;
        const auto found = next.constFind(deadline.incidentId);
        if (found == next.constEnd() || deadline.notice.dueOn < found->notice.dueOn)
            next.insert(deadline.incidentId, deadline);
    }
    return next;
}

QString stateKey(const Incident& incident)
{
    return incident.isClosed() ? QStringLiteral("closed") : QStringLiteral("open");
}

QString stateText(const Incident& incident)
{
    return incident.isClosed() ? IncidentCommands::tr("closed") : IncidentCommands::tr("open");
}

} // namespace

std::vector<CliCommandSpec> IncidentCommands::commands()
{
    std::vector<CliCommandSpec> list;
    const CliOptionSpec asOf{QStringLiteral("as-of"), QStringLiteral("YYYY-MM-DD"),
                             tr("Look from this day instead of today.")};

    CliCommandSpec listCommand = CliCommandSpec::make(
        u"incident", QStringLiteral("list"), tr("List the incidents"),
        tr("Lists every incident by discovery date with its reference, title, kind, discovery "
           "date, whether it is open or closed, its breach status (presumed_breach, breach, "
           "low_probability or secured_phi), the individuals affected and the notice it owes "
           "next; with --json every one of these with stable keys. The file is opened "
           "read-only."),
        &IncidentCommands::list);
    listCommand.options = {asOf};
    list.push_back(listCommand);

    CliCommandSpec add = CliCommandSpec::make(
        u"incident", QStringLiteral("add"), tr("Add incidents from a JSON file"),
        tr("Adds the incident of a JSON file, or every incident of {\"incidents\": [...]}, with "
           "its breach assessment, the notices already sent and its corrective actions (the "
           "format is described in docs/incident-file.md). Assets and covered entities are "
           "named as they are in the program. The whole file is read and checked first: an "
           "unknown key, a value of the wrong type, a name not on file or a rule violation is "
           "listed with where it is, nothing is added and the exit code is 4. A file that "
           "cannot be read gives exit code 5."),
        &IncidentChangeCommands::add);
    add.options = {{QStringLiteral("from-file"), QStringLiteral("FILE"),
                    tr("The JSON file to read (required).")}};
    add.requiredOptions = {QStringLiteral("from-file")};
    list.push_back(add);

    CliCommandSpec deadlines = CliCommandSpec::make(
        u"incident", QStringLiteral("deadlines"),
        tr("Show the breach notices owed and their deadlines"),
        tr("Lists every notice a breach calls for (covered entities, individuals, HHS, the "
           "media, State authorities) by due date: for an open incident every notice, sent or "
           "not; for a closed one the notices never sent. Each with its due date, the days left "
           "or overdue, the day it was sent and whether that was late. --json prints a JSON "
           "array. The exit code is 0 whether or not a notice is overdue. The file is opened "
           "read-only."),
        &IncidentCommands::deadlines);
    deadlines.options = {asOf};
    list.push_back(deadlines);

    CliCommandSpec breachLog = CliCommandSpec::make(
        u"incident", QStringLiteral("breach-log"),
        tr("Write the breach log of a year to a CSV or XLSX file"),
        tr("Writes one row per breach (a breach or a presumed breach) discovered in the year, "
           "with what HHS's breach portal asks for each: reference, title, status, kind, "
           "description, dates, individuals affected in total and per State, the PHI involved, "
           "safeguards and response, and the notices sent to individuals, HHS, the media, State "
           "authorities and covered entities. The file is opened read-only. An existing file is "
           "left alone (exit code 5) unless --replace is given."),
        &IncidentCommands::breachLog);
    breachLog.options = {
        {QStringLiteral("year"), QStringLiteral("YYYY"),
         tr("The calendar year of discovery (required).")},
        {QStringLiteral("format"), QStringLiteral("csv|xlsx"), tr("The file format (required).")},
        {QStringLiteral("out"), QStringLiteral("FILE"), tr("Where to write the file (required).")},
        {QStringLiteral("replace"), QString(), tr("Replace FILE if it already exists.")},
    };
    breachLog.requiredOptions = {QStringLiteral("year"), QStringLiteral("format"),
                                 QStringLiteral("out")};
    list.push_back(breachLog);

    return list;
}

int IncidentCommands::list(CliContext& context)
{
    const QString name = QStringLiteral("incident list");
    int exitCode = 0;
    const std::optional<QDate> asOf =
        context.dateOption(name, QStringLiteral("as-of"), context.clock().today(), exitCode);
    if (!asOf)
        return exitCode;

    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Program& program = *opened.value();
    Result<std::vector<Incident>> incidents = program.incidents().incidents();
    if (!incidents)
        return context.fail(incidents.error());
    Result<std::vector<IncidentDeadline>> deadlines = BreachReporting(program).deadlines(*asOf);
    if (!deadlines)
        return context.fail(deadlines.error());
    const QHash<qint64, IncidentDeadline> next = nextDeadlines(*deadlines);

    if (context.output().json()) {
        QJsonArray array;
        for (const Incident& incident : *incidents) {
            const auto found = next.constFind(incident.id);
            QJsonValue nextJson;
            if (found != next.constEnd()) {
                nextJson = QJsonObject{
                    {QStringLiteral("key"), found->notice.key()},
                    {QStringLiteral("recipient"),
                     notificationRecipientKey(found->notice.recipient)},
                    {QStringLiteral("recipient_label"), recipientText(found->notice)},
                    {QStringLiteral("due_on"), jsonDateOrNull(found->notice.dueOn)},
                    {QStringLiteral("days_left"), found->daysLeft},
                    {QStringLiteral("overdue"), found->overdue},
                };
            }
            array.append(QJsonObject{
                {QStringLiteral("id"), QString::number(incident.id)},
                {QStringLiteral("reference"), incidentReference(incident.id)},
                {QStringLiteral("title"), incident.title},
                {QStringLiteral("kind"), incidentKindKey(incident.kind)},
                {QStringLiteral("occurred_on"), jsonDateOrNull(incident.occurredOn)},
                {QStringLiteral("discovered_on"), jsonDateOrNull(incident.discoveredOn)},
                {QStringLiteral("closed_on"), jsonDateOrNull(incident.closedOn)},
                {QStringLiteral("state"), stateKey(incident)},
                {QStringLiteral("breach_status"),
                 breachStatusKey(BreachNotificationRules::status(incident))},
                {QStringLiteral("assessed"), incident.assessment.has_value()},
                {QStringLiteral("total_affected"), incident.totalAffected()},
                {QStringLiteral("next_deadline"), nextJson},
            });
        }
        context.output().printJson(array);
        return 0;
    }
    if (incidents->empty()) {
        context.output().message(tr("No incidents."));
        return 0;
    }
    TextTable table({tr("REFERENCE"), tr("TITLE"), tr("KIND"), tr("DISCOVERED"), tr("STATE"),
                     tr("BREACH STATUS"), tr("AFFECTED"), tr("NEXT DEADLINE")});
    table.setRightAligned(6);
    for (const Incident& incident : *incidents) {
        QString nextText;
        if (const auto found = next.constFind(incident.id); found != next.constEnd()) {
            nextText = tr("%1 %2").arg(isoDate(found->notice.dueOn), recipientText(found->notice));
            if (found->overdue)
                nextText += QLatin1Char(' ') + tr("(overdue)");
        }
        table.addRow({incidentReference(incident.id), incident.title,
                      incidentKindKey(incident.kind), isoDate(incident.discoveredOn),
                      stateText(incident),
                      breachStatusKey(BreachNotificationRules::status(incident)),
                      QString::number(incident.totalAffected()), nextText});
    }
    context.output().print(table);
    return 0;
}

int IncidentCommands::deadlines(CliContext& context)
{
    const QString name = QStringLiteral("incident deadlines");
    int exitCode = 0;
    const std::optional<QDate> asOf =
        context.dateOption(name, QStringLiteral("as-of"), context.clock().today(), exitCode);
    if (!asOf)
        return exitCode;

    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Result<std::vector<IncidentDeadline>> deadlines =
        BreachReporting(*opened.value()).deadlines(*asOf);
    if (!deadlines)
        return context.fail(deadlines.error());

    if (context.output().json()) {
        QJsonArray array;
        for (const IncidentDeadline& deadline : *deadlines)
            array.append(deadlineJson(deadline));
        context.output().printJson(array);
        return 0;
    }
    if (deadlines->empty()) {
        context.output().message(tr("No breach notices are owed as of %1.").arg(isoDate(*asOf)));
        return 0;
    }
    const auto overdue = std::count_if(deadlines->begin(), deadlines->end(),
                                       [](const IncidentDeadline& each) { return each.overdue; });
    context.output().message(
        tr("%n notice(s) overdue as of %1.", nullptr, int(overdue)).arg(isoDate(*asOf)));
    TextTable table(
        {tr("REFERENCE"), tr("RECIPIENT"), tr("DUE"), tr("DAYS"), tr("SENT"), tr("LATE")});
    for (const IncidentDeadline& deadline : *deadlines) {
        table.addRow({deadline.reference, recipientText(deadline.notice),
                      isoDate(deadline.notice.dueOn), daysText(deadline), isoDate(deadline.sentOn),
                      deadline.late ? tr("late") : QString()});
    }
    context.output().print(table);
    return 0;
}

int IncidentCommands::breachLog(CliContext& context)
{
    const QString name = QStringLiteral("incident breach-log");
    const QString yearText = context.arguments().value(QStringLiteral("year")).trimmed();
    bool isNumber = false;
    const int year = yearText.toInt(&isNumber);
    if (!isNumber || yearText.size() != 4 || year < 1900)
        return context.usage(name, tr("'--year' needs a year as YYYY, not '%1'.").arg(yearText));
    int exitCode = 0;
    const std::optional<TableFileCommand::ExportRequest> request =
        TableFileCommand::exportRequest(context, name, exitCode);
    if (!request)
        return exitCode;

    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Result<BreachLogExporter> exporter = BreachLogExporter::fromProgram(*opened.value(), year);
    if (!exporter)
        return context.fail(exporter.error());
    const Result<void> saved = request->format == QStringLiteral("csv")
                                   ? exporter->saveCsv(request->out, request->policy)
                                   : exporter->saveXlsx(request->out, request->policy);
    if (!saved)
        return context.fail(saved.error());

    const int breaches = int(exporter->entries().size());
    const QString path = TableFileCommand::nativePath(request->out);
    if (context.output().json()) {
        context.output().printJson(QJsonObject{{QStringLiteral("ok"), true},
                                               {QStringLiteral("file"), path},
                                               {QStringLiteral("format"), request->format},
                                               {QStringLiteral("year"), year},
                                               {QStringLiteral("breaches"), breaches}});
    }
    context.output().message(
        tr("Wrote the breach log of %1 (%n breach(es)) to %2.", nullptr, breaches)
            .arg(year)
            .arg(path));
    return 0;
}

} // namespace palisade::cli
