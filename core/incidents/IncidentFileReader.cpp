#include "core/incidents/IncidentFileReader.h"

#include "core/incidents/IncidentRegister.h"
#include "core/incidents/IncidentValidator.h"
#include "core/program/Program.h"
#include "core/risk/AssetRegister.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "core/vendors/CounterpartyRegister.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>

namespace palisade {
namespace {

const char* const factorKeys[BreachAssessment::factorCount] = {"nature", "unauthorized_person",
                                                               "acquired_or_viewed", "mitigation"};

QString member(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString element(const QString& path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

QString located(const QString& path, const QString& problem)
{
    return path.isEmpty() ? problem : path + QStringLiteral(": ") + problem;
}

std::optional<qint64> wholeNumber(const QJsonValue& value, qint64 maximum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::floor(number) != number || std::fabs(number) > double(maximum))
        return std::nullopt;
    return qint64(number);
}

// "a, b or c", for the keys an enumeration accepts.
template <typename Values, typename KeyOf> QString choices(const Values& values, KeyOf keyOf)
{
    QStringList keys;
    for (const auto value : values)
        keys << keyOf(value);
    return keys.join(QStringLiteral(", "));
}

QString enumKey(const QString& text)
{
    return text.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
}

QString duplicateKey(const QString& title, const QDate& discoveredOn)
{
    return title.simplified().toCaseFolded() + QLatin1Char('|') + isoDate(discoveredOn);
}

// One JSON object of the file: its keys are checked against those it may
// have, and each value is read with its type checked. Problems are collected
// with their path, not returned one by one, so one run lists them all.
class Fields
{
public:
    Fields(const QJsonObject& object, QString path, QStringList& problems,
           std::initializer_list<const char*> known)
        : m_object(object)
        , m_path(std::move(path))
        , m_problems(problems)
    {
        QSet<QString> allowed;
        for (const char* key : known)
            allowed.insert(QLatin1String(key));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!allowed.contains(it.key()))
                m_problems << located(member(m_path, it.key()),
                                      IncidentFileReader::tr("unknown key"));
        }
    }

    QString path(const QString& key) const { return member(m_path, key); }
    const QString& path() const { return m_path; }
    void problem(const QString& key, const QString& text)
    {
        m_problems << located(path(key), text);
    }

    // Present and not null: null and absent both mean "not given".
    bool has(const char* key) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        return !value.isUndefined() && !value.isNull();
    }
    QJsonValue value(const char* key) const { return m_object.value(QLatin1String(key)); }

    QString text(const char* key)
    {
        if (!has(key))
            return {};
        const QJsonValue value = this->value(key);
        if (!value.isString()) {
            problem(QLatin1String(key), IncidentFileReader::tr("not a string"));
            return {};
        }
        return value.toString();
    }

    // An empty string is no date, as IncidentJson writes an unknown one.
    QDate date(const char* key)
    {
        if (!has(key))
            return {};
        const QJsonValue value = this->value(key);
        if (value.isString() && value.toString().isEmpty())
            return {};
        const QDate date = value.isString() ? dateFromIso(value.toString()) : QDate();
        if (!date.isValid())
            problem(QLatin1String(key), IncidentFileReader::tr("not a date (YYYY-MM-DD)"));
        return date;
    }

    std::optional<bool> flag(const char* key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue value = this->value(key);
        if (!value.isBool()) {
            problem(QLatin1String(key), IncidentFileReader::tr("not true or false"));
            return std::nullopt;
        }
        return value.toBool();
    }

    std::optional<QJsonObject> object(const char* key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue value = this->value(key);
        if (!value.isObject()) {
            problem(QLatin1String(key), IncidentFileReader::tr("not an object ({...})"));
            return std::nullopt;
        }
        return value.toObject();
    }

    QJsonArray array(const char* key)
    {
        if (!has(key))
            return {};
        const QJsonValue value = this->value(key);
        if (!value.isArray()) {
            problem(QLatin1String(key), IncidentFileReader::tr("not a list ([...])"));
            return {};
        }
        return value.toArray();
    }

    void missing(const char* key, const QString& expected)
    {
        problem(QLatin1String(key), IncidentFileReader::tr("missing; give %1").arg(expected));
    }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList& m_problems;
};

// A record given by name (ignoring case) or by id, as a number or digits.
template <typename Record>
std::optional<qint64> findRecord(const QJsonValue& value, const std::vector<Record>& records,
                                 const QString& path, const QString& noName, const QString& noId,
                                 QStringList& problems)
{
    std::optional<qint64> id;
    if (value.isString()) {
        const QString name = value.toString().simplified();
        for (const Record& record : records) {
            if (record.name.compare(name, Qt::CaseInsensitive) == 0)
                return record.id;
        }
        bool digits = false;
        const qint64 number = name.toLongLong(&digits);
        if (!digits) {
            problems << located(path, noName.arg(name));
            return std::nullopt;
        }
        id = number;
    } else {
        id = wholeNumber(value, std::numeric_limits<qint64>::max() / 2);
        if (!id) {
            problems << located(path, IncidentFileReader::tr("not a name or an id"));
            return std::nullopt;
        }
    }
    for (const Record& record : records) {
        if (record.id == *id)
            return record.id;
    }
    problems << located(path, noId.arg(*id));
    return std::nullopt;
}

} // namespace

IncidentFileReader::IncidentFileReader(std::vector<Asset> assets,
                                       std::vector<Counterparty> counterparties,
                                       std::vector<Incident> existing, const QDate& today)
    : m_assets(std::move(assets))
    , m_counterparties(std::move(counterparties))
    , m_existing(std::move(existing))
    , m_today(today)
{
}

Result<IncidentFileReader> IncidentFileReader::fromProgram(Program& program)
{
    Result<std::vector<Asset>> assets = program.assets().assets();
    if (!assets)
        return assets.error();
    Result<std::vector<Counterparty>> counterparties = program.counterparties().counterparties();
    if (!counterparties)
        return counterparties.error();
    Result<std::vector<Incident>> existing = program.incidents().incidents();
    if (!existing)
        return existing.error();
    return IncidentFileReader(std::move(assets).value(), std::move(counterparties).value(),
                              std::move(existing).value(), program.clock().today());
}

Result<QByteArray> IncidentFileReader::readBytes(const QString& path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.isFile())
        return Error{ErrorKind::Io,
                     IncidentFileReader::tr("There is no file to read at this location."), shown};
    if (info.size() > maximumFileBytes)
        return Error{ErrorKind::Invalid,
                     IncidentFileReader::tr(
                         "The file is larger than %1 MB; an incident file is much smaller.")
                         .arg(maximumFileBytes / (1024 * 1024)),
                     shown};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            ErrorKind::Io,
            IncidentFileReader::tr("The file could not be read: %1").arg(file.errorString()),
            shown};
    return file.readAll();
}

Result<std::vector<IncidentFileReader::Entry>> IncidentFileReader::read(const QString& path) const
{
    Result<QByteArray> bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    return parse(*bytes);
}

namespace {

// What parsing one incident needs from the reader.
struct Known
{
    const std::vector<Asset>& assets;
    const std::vector<Counterparty>& counterparties;
    QDate today;
};

std::optional<BreachAssessment> readAssessment(const QJsonObject& object, const QString& path,
                                               const QDate& discoveredOn, const QDate& today,
                                               QStringList& problems)
{
    Fields fields(object, path, problems,
                  {"nature", "unauthorized_person", "acquired_or_viewed", "mitigation",
                   "low_probability", "conclusion", "assessed_by", "assessed_on"});
    BreachAssessment assessment;
    const qsizetype before = problems.size();
    for (int factor = 0; factor < BreachAssessment::factorCount; ++factor) {
        const char* key = factorKeys[factor];
        const QString ratings = choices(allFactorRatings(), &factorRatingKey);
        std::optional<QJsonObject> answerObject = fields.object(key);
        if (!answerObject) {
            if (!fields.has(key))
                fields.missing(key,
                               IncidentFileReader::tr("{\"rating\": %1, \"narrative\": \"...\"}")
                                   .arg(ratings));
            continue;
        }
        Fields answer(*answerObject, fields.path(QLatin1String(key)), problems,
                      {"rating", "narrative"});
        BreachAssessment::Answer& out = assessment.answers[std::size_t(factor)];
        const QString rating = answer.text("rating");
        if (!answer.has("rating")) {
            answer.missing("rating", ratings);
        } else if (answer.value("rating").isString()) {
            if (std::optional<FactorRating> known = factorRatingFromKey(enumKey(rating)))
                out.rating = *known;
            else
                answer.problem(QStringLiteral("rating"),
                               IncidentFileReader::tr("unknown rating \"%1\" (one of %2)")
                                   .arg(rating, ratings));
        }
        out.narrative = answer.text("narrative");
    }
    if (std::optional<bool> low = fields.flag("low_probability"))
        assessment.lowProbability = *low;
    else if (!fields.has("low_probability"))
        fields.missing("low_probability",
                       IncidentFileReader::tr(
                           "true (a low probability of compromise: not a breach) or false (a "
                           "breach)"));
    assessment.conclusion = fields.text("conclusion");
    assessment.assessedBy = fields.text("assessed_by");
    assessment.assessedOn = fields.date("assessed_on");
    if (problems.size() > before)
        return std::nullopt;
    IncidentValidator::normalize(assessment);
    for (const QString& problem : IncidentValidator::problems(assessment, discoveredOn, today))
        problems << located(path, problem);
    return assessment;
}

void readNotification(const QJsonObject& object, const QString& path, const Incident& incident,
                      const Known& known, std::vector<IncidentNotification>& out,
                      QStringList& problems)
{
    Fields fields(
        object, path, problems,
        {"recipient", "jurisdiction", "counterparty", "sent_on", "method", "content", "sent_by"});
    const qsizetype before = problems.size();
    IncidentNotification notification;
    const QString recipients = choices(allNotificationRecipients(), &notificationRecipientKey);
    const QString recipient = fields.text("recipient");
    if (!fields.has("recipient"))
        fields.missing("recipient", recipients);
    else if (std::optional<NotificationRecipient> key =
                 notificationRecipientFromKey(enumKey(recipient)))
        notification.recipient = *key;
    else if (fields.value("recipient").isString())
        fields.problem(QStringLiteral("recipient"),
                       IncidentFileReader::tr("unknown recipient \"%1\" (one of %2)")
                           .arg(recipient, recipients));
    notification.jurisdiction = fields.text("jurisdiction");
    if (fields.has("counterparty")) {
        if (notification.recipient != NotificationRecipient::CoveredEntity)
            fields.problem(
                QStringLiteral("counterparty"),
                IncidentFileReader::tr("only a notice to a covered entity names a counterparty"));
        else if (std::optional<qint64> id =
                     findRecord(fields.value("counterparty"), known.counterparties,
                                fields.path(QStringLiteral("counterparty")),
                                IncidentFileReader::tr("no counterparty named \"%1\""),
                                IncidentFileReader::tr("no counterparty with id %1"), problems))
            notification.counterpartyId = *id;
    }
    notification.sentOn = fields.date("sent_on");
    notification.method = fields.text("method");
    notification.content = fields.text("content");
    notification.sentBy = fields.text("sent_by");
    if (problems.size() > before)
        return;
    IncidentValidator::normalize(notification);
    QStringList found =
        IncidentValidator::problems(notification, incident.discoveredOn, known.today);
    const std::vector<qint64>& entities = incident.coveredEntityIds;
    if (notification.recipient == NotificationRecipient::CoveredEntity &&
        notification.counterpartyId > 0 &&
        std::find(entities.begin(), entities.end(), notification.counterpartyId) == entities.end())
        found << IncidentFileReader::tr(
            "the counterparty notified is not among the incident's covered_entities");
    for (const QString& problem : found)
        problems << located(path, problem);
    out.push_back(notification);
}

void readAction(const QJsonObject& object, const QString& path, const QDate& today,
                std::vector<CorrectiveAction>& out, QStringList& problems)
{
    Fields fields(object, path, problems, {"title", "owner", "due_on", "done_on", "notes"});
    const qsizetype before = problems.size();
    CorrectiveAction action;
    action.title = fields.text("title");
    action.owner = fields.text("owner");
    action.dueOn = fields.date("due_on");
    action.doneOn = fields.date("done_on");
    action.notes = fields.text("notes");
    if (problems.size() > before)
        return;
    IncidentValidator::normalize(action);
    QStringList found = IncidentValidator::problems(action);
    if (action.doneOn.isValid() && action.doneOn > today)
        found << IncidentFileReader::tr("The date it was done, %1, is in the future.")
                     .arg(isoDate(action.doneOn));
    for (const QString& problem : found)
        problems << located(path, problem);
    out.push_back(action);
}

std::optional<IncidentFileReader::Entry> readIncident(const QJsonObject& object,
                                                      const QString& path, const Known& known,
                                                      QStringList& problems)
{
    Fields fields(object, path, problems,
                  {"title",
                   "description",
                   "kind",
                   "occurred_on",
                   "discovered_on",
                   "reported_on",
                   "contained_on",
                   "closed_on",
                   "reporter",
                   "handler",
                   "assets",
                   "covered_entities",
                   "notifies_for_covered_entity",
                   "phi_types",
                   "phi_secured",
                   "secured_basis",
                   "affected",
                   "containment",
                   "lessons_learned",
                   "assessment",
                   "notifications",
                   "actions"});
    const qsizetype before = problems.size();
    IncidentFileReader::Entry entry;
    Incident& incident = entry.incident;
    incident.title = fields.text("title");
    incident.description = fields.text("description");

    const QString kinds = choices(allIncidentKinds(), &incidentKindKey);
    const QString kind = fields.text("kind");
    if (!fields.has("kind"))
        fields.missing("kind", kinds);
    else if (std::optional<IncidentKind> key = incidentKindFromKey(enumKey(kind)))
        incident.kind = *key;
    else if (fields.value("kind").isString())
        fields.problem(QStringLiteral("kind"),
                       IncidentFileReader::tr("unknown kind \"%1\" (one of %2)").arg(kind, kinds));

    incident.occurredOn = fields.date("occurred_on");
    incident.discoveredOn = fields.date("discovered_on");
    incident.reportedOn = fields.date("reported_on");
    incident.containedOn = fields.date("contained_on");
    incident.closedOn = fields.date("closed_on");
    incident.reporter = fields.text("reporter");
    incident.handler = fields.text("handler");

    const QJsonArray assets = fields.array("assets");
    for (qsizetype i = 0; i < assets.size(); ++i) {
        if (std::optional<qint64> id = findRecord(
                assets.at(i), known.assets, element(fields.path(QStringLiteral("assets")), i),
                IncidentFileReader::tr("no asset named \"%1\""),
                IncidentFileReader::tr("no asset with id %1"), problems))
            incident.assetIds.push_back(*id);
    }
    const QJsonArray entities = fields.array("covered_entities");
    for (qsizetype i = 0; i < entities.size(); ++i) {
        if (std::optional<qint64> id =
                findRecord(entities.at(i), known.counterparties,
                           element(fields.path(QStringLiteral("covered_entities")), i),
                           IncidentFileReader::tr("no counterparty named \"%1\""),
                           IncidentFileReader::tr("no counterparty with id %1"), problems))
            incident.coveredEntityIds.push_back(*id);
    }
    incident.notifiesForCoveredEntity = fields.flag("notifies_for_covered_entity").value_or(false);

    const QJsonArray types = fields.array("phi_types");
    for (qsizetype i = 0; i < types.size(); ++i) {
        if (types.at(i).isString())
            incident.phiTypes << types.at(i).toString();
        else
            problems << located(element(fields.path(QStringLiteral("phi_types")), i),
                                IncidentFileReader::tr("not a string"));
    }
    incident.phiSecured = fields.flag("phi_secured").value_or(false);
    incident.securedBasis = fields.text("secured_basis");

    if (std::optional<QJsonObject> affected = fields.object("affected")) {
        for (auto it = affected->constBegin(); it != affected->constEnd(); ++it) {
            const std::optional<qint64> count =
                wholeNumber(it.value(), std::numeric_limits<int>::max());
            if (!count || *count < 0)
                problems << located(
                    member(fields.path(QStringLiteral("affected")), it.key()),
                    IncidentFileReader::tr("not a number of individuals (0 or more)"));
            else
                incident.affected.push_back({it.key(), int(*count)});
        }
    }
    incident.containment = fields.text("containment");
    incident.lessonsLearned = fields.text("lessons_learned");

    std::optional<QJsonObject> assessment = fields.object("assessment");
    const QJsonArray notifications = fields.array("notifications");
    const QJsonArray actions = fields.array("actions");
    if (problems.size() > before)
        return std::nullopt;

    IncidentValidator::normalize(incident);
    for (const QString& problem : IncidentValidator::problems(incident, known.today))
        problems << located(path, problem);

    if (assessment)
        incident.assessment = readAssessment(*assessment, fields.path(QStringLiteral("assessment")),
                                             incident.discoveredOn, known.today, problems);
    for (qsizetype i = 0; i < notifications.size(); ++i) {
        const QString at = element(fields.path(QStringLiteral("notifications")), i);
        if (!notifications.at(i).isObject())
            problems << located(at, IncidentFileReader::tr("not an object ({...})"));
        else
            readNotification(notifications.at(i).toObject(), at, incident, known,
                             entry.notifications, problems);
    }
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const QString at = element(fields.path(QStringLiteral("actions")), i);
        if (!actions.at(i).isObject())
            problems << located(at, IncidentFileReader::tr("not an object ({...})"));
        else
            readAction(actions.at(i).toObject(), at, known.today, entry.actions, problems);
    }
    return entry;
}

} // namespace

Result<std::vector<IncidentFileReader::Entry>>
IncidentFileReader::parse(const QByteArray& json) const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{ErrorKind::Invalid,
                     IncidentFileReader::tr("The file is not valid JSON: %1 at character %2.")
                         .arg(error.errorString())
                         .arg(error.offset),
                     {}};
    if (!document.isObject())
        return Error{ErrorKind::Invalid,
                     IncidentFileReader::tr(
                         "The file must hold one incident ({...}) or {\"incidents\": [...]}."),
                     {}};

    QStringList problems;
    const Known known{m_assets, m_counterparties, m_today};
    std::vector<Entry> entries;
    std::vector<QString> paths;
    const QJsonObject top = document.object();
    if (top.contains(QStringLiteral("incidents"))) {
        Fields fields(top, {}, problems, {"incidents"});
        if (!fields.value("incidents").isArray()) {
            fields.problem(QStringLiteral("incidents"),
                           IncidentFileReader::tr("not a list ([...])"));
        } else {
            const QJsonArray list = fields.value("incidents").toArray();
            if (list.isEmpty())
                fields.problem(QStringLiteral("incidents"),
                               IncidentFileReader::tr("the list is empty"));
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString at = element(QStringLiteral("incidents"), i);
                if (!list.at(i).isObject()) {
                    problems << located(at, IncidentFileReader::tr("not an object ({...})"));
                    continue;
                }
                if (std::optional<Entry> entry =
                        readIncident(list.at(i).toObject(), at, known, problems)) {
                    entries.push_back(std::move(*entry));
                    paths.push_back(at);
                }
            }
        }
    } else if (std::optional<Entry> entry = readIncident(top, {}, known, problems)) {
        entries.push_back(std::move(*entry));
        paths.emplace_back();
    }

    // The same incident twice, in the file or on file already: most likely
    // the same file added again.
    QHash<QString, QString> seen;
    for (const Incident& incident : m_existing)
        seen.insert(duplicateKey(incident.title, incident.discoveredOn),
                    incidentReference(incident.id));
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Incident& incident = entries[i].incident;
        if (incident.title.isEmpty() || !incident.discoveredOn.isValid())
            continue;
        const QString key = duplicateKey(incident.title, incident.discoveredOn);
        if (const auto found = seen.constFind(key); found != seen.constEnd())
            problems << located(
                paths[i],
                IncidentFileReader::tr("%1 has the same title and discovery date and is on file "
                                       "already")
                    .arg(*found));
        else if (const auto earlier =
                     std::find_if(entries.begin(), entries.begin() + qsizetype(i),
                                  [&](const Entry& other) {
                                      return duplicateKey(other.incident.title,
                                                          other.incident.discoveredOn) == key;
                                  });
                 earlier != entries.begin() + qsizetype(i))
            problems << located(paths[i],
                                IncidentFileReader::tr("the same title and discovery date as %1")
                                    .arg(paths[std::size_t(earlier - entries.begin())]));
    }

    if (!problems.isEmpty())
        return Error{ErrorKind::Invalid, problems.join(QLatin1Char('\n')), {}};
    return entries;
}

} // namespace palisade
