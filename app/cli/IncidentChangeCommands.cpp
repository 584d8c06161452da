#include "app/cli/IncidentChangeCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/TableFileCommand.h"
#include "core/incidents/BreachNotificationRules.h"
#include "core/incidents/CorrectiveActionRegister.h"
#include "core/incidents/IncidentFileReader.h"
#include "core/incidents/IncidentNotificationRegister.h"
#include "core/incidents/IncidentRegister.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace palisade::cli {
namespace {

// Adds one incident of the file and what comes with it, each through its
// register. The reader checked every rule first, so a refusal here means the
// file changed meanwhile or storage failed.
Result<Incident> addEntry(Program& program, const IncidentFileReader::Entry& entry)
{
    Result<Incident> added = program.incidents().add(entry.incident);
    if (!added)
        return added.error();
    const qint64 id = added->id;
    if (entry.incident.assessment) {
        added = program.incidents().recordAssessment(id, *entry.incident.assessment);
        if (!added)
            return added.error();
    }
    for (IncidentNotification notification : entry.notifications) {
        notification.incidentId = id;
        if (Result<IncidentNotification> sent =
                program.incidentNotifications().recordNotification(notification);
            !sent)
            return sent.error();
    }
    for (CorrectiveAction action : entry.actions) {
        action.incidentId = id;
        Result<CorrectiveAction> stored = program.correctiveActions().addAction(action);
        if (!stored)
            return stored.error();
        if (action.doneOn.isValid()) {
            stored = program.correctiveActions().completeAction(stored->id, action.doneOn);
            if (!stored)
                return stored.error();
        }
    }
    if (entry.incident.closedOn.isValid()) {
        added = program.incidents().close(id, entry.incident.closedOn);
        if (!added)
            return added.error();
    }
    return added;
}

} // namespace

int IncidentChangeCommands::add(CliContext& context)
{
    const QString path = context.arguments().value(QStringLiteral("from-file"));
    const QString fileName = QFileInfo(path).fileName();
    // Read before unlocking, so a mistyped name costs no passphrase.
    Result<QByteArray> bytes = IncidentFileReader::readBytes(path);
    if (!bytes)
        return context.fail(bytes.error());

    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadWrite);
    if (!opened)
        return context.fail(opened.error());
    Program& program = *opened.value();
    const auto finish = [&](int exitCode) {
        program.lock(QStringLiteral("cli"));
        return exitCode;
    };

    Result<IncidentFileReader> reader = IncidentFileReader::fromProgram(program);
    if (!reader)
        return finish(context.fail(reader.error()));
    Result<std::vector<IncidentFileReader::Entry>> entries = reader->parse(*bytes);
    if (!entries) {
        Error error = entries.error();
        if (error.kind == ErrorKind::Invalid)
            error.message =
                tr("Nothing was added from %1:").arg(fileName) + QLatin1Char('\n') + error.message;
        return finish(context.fail(error));
    }

    std::vector<Incident> added;
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const IncidentFileReader::Entry& entry = (*entries)[i];
        Result<Incident> stored = addEntry(program, entry);
        if (!stored) {
            Error error = stored.error();
            QStringList references;
            for (const Incident& each : added)
                references << incidentReference(each.id);
            QString message = tr("Adding incident %1 of %2 (\"%3\") from %4 failed: %5")
                                  .arg(i + 1)
                                  .arg(entries->size())
                                  .arg(entry.incident.title, fileName, error.message);
            if (!references.isEmpty())
                message += QLatin1Char(' ') +
                           tr("Added before it: %1.").arg(references.join(QStringLiteral(", ")));
            error.message = message;
            return finish(context.fail(error));
        }
        added.push_back(stored.value());
    }

    QStringList references;
    QJsonArray json;
    for (const Incident& incident : added) {
        references << incidentReference(incident.id);
        json.append(QJsonObject{
            {QStringLiteral("id"), QString::number(incident.id)},
            {QStringLiteral("reference"), incidentReference(incident.id)},
            {QStringLiteral("title"), incident.title},
            {QStringLiteral("breach_status"),
             breachStatusKey(BreachNotificationRules::status(incident))},
        });
    }
    if (context.output().json()) {
        context.output().printJson(
            QJsonObject{{QStringLiteral("ok"), true},
                        {QStringLiteral("file"), TableFileCommand::nativePath(path)},
                        {QStringLiteral("added"), json}});
    }
    context.output().message(tr("Added %n incident(s) from %1: %2.", nullptr, int(added.size()))
                                 .arg(fileName, references.join(QStringLiteral(", "))));
    return finish(0);
}

} // namespace palisade::cli
