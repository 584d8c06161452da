#include "ui/risk/RiskHistoryDiff.h"

#include "core/risk/RiskEntities.h"
#include "core/risk/RiskLevel.h"
#include "core/risk/RiskStatus.h"
#include "core/risk/RiskTreatment.h"
#include "core/risk/TaskStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace palisade::ui {
namespace {

// The order of the editor's fields; keys not listed follow in JSON order.
const QStringList& fieldOrder()
{
    static const QStringList order{
        QStringLiteral("title"),
        QStringLiteral("description"),
        QStringLiteral("owner"),
        QStringLiteral("status"),
        QStringLiteral("identified_on"),
        QStringLiteral("due_on"),
        QStringLiteral("completed_on"),
        QStringLiteral("asset_ids"),
        QStringLiteral("threat_source"),
        QStringLiteral("threat_event"),
        QStringLiteral("vulnerability"),
        QStringLiteral("existing_controls"),
        QStringLiteral("likelihood"),
        QStringLiteral("impact"),
        QStringLiteral("inherent_level"),
        QStringLiteral("last_assessed_on"),
        QStringLiteral("next_reassessment_on"),
        QStringLiteral("treatment"),
        QStringLiteral("treatment_plan"),
        QStringLiteral("residual_likelihood"),
        QStringLiteral("residual_impact"),
        QStringLiteral("residual_level"),
        QStringLiteral("accepted_by"),
        QStringLiteral("accepted_on"),
        QStringLiteral("acceptance_rationale"),
        QStringLiteral("acceptance_expires_on"),
        QStringLiteral("evidence_note"),
        QStringLiteral("citations"),
    };
    return order;
}

bool isHiddenKey(const QString& key)
{
    return key == QLatin1String("id") || key == QLatin1String("risk_id");
}

bool isLevelKey(const QString& key)
{
    return key == QLatin1String("likelihood") || key == QLatin1String("impact") ||
           key == QLatin1String("inherent_level") || key == QLatin1String("residual_likelihood") ||
           key == QLatin1String("residual_impact") || key == QLatin1String("residual_level");
}

QJsonObject objectOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

RiskHistoryDiff::RiskHistoryDiff(QHash<qint64, QString> assetNames)
    : m_assetNames(std::move(assetNames))
{
}

QString RiskHistoryDiff::fieldLabel(const QString& key)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("identified_on"), QT_TR_NOOP("Identified")},
        {QStringLiteral("due_on"), QT_TR_NOOP("Due")},
        {QStringLiteral("completed_on"), QT_TR_NOOP("Completed")},
        {QStringLiteral("asset_ids"), QT_TR_NOOP("Assets")},
        {QStringLiteral("threat_source"), QT_TR_NOOP("Threat source")},
        {QStringLiteral("threat_event"), QT_TR_NOOP("Threat event")},
        {QStringLiteral("vulnerability"), QT_TR_NOOP("Vulnerability")},
        {QStringLiteral("existing_controls"), QT_TR_NOOP("Existing controls")},
        {QStringLiteral("likelihood"), QT_TR_NOOP("Likelihood")},
        {QStringLiteral("impact"), QT_TR_NOOP("Impact")},
        {QStringLiteral("inherent_level"), QT_TR_NOOP("Risk level")},
        {QStringLiteral("last_assessed_on"), QT_TR_NOOP("Last assessed")},
        {QStringLiteral("next_reassessment_on"), QT_TR_NOOP("Next reassessment")},
        {QStringLiteral("treatment"), QT_TR_NOOP("Treatment")},
        {QStringLiteral("treatment_plan"), QT_TR_NOOP("Treatment plan")},
        {QStringLiteral("residual_likelihood"), QT_TR_NOOP("Residual likelihood")},
        {QStringLiteral("residual_impact"), QT_TR_NOOP("Residual impact")},
        {QStringLiteral("residual_level"), QT_TR_NOOP("Residual level")},
        {QStringLiteral("accepted_by"), QT_TR_NOOP("Accepted by")},
        {QStringLiteral("accepted_on"), QT_TR_NOOP("Accepted on")},
        {QStringLiteral("acceptance_rationale"), QT_TR_NOOP("Acceptance rationale")},
        {QStringLiteral("acceptance_expires_on"), QT_TR_NOOP("Acceptance expires")},
        {QStringLiteral("evidence_note"), QT_TR_NOOP("Evidence")},
        {QStringLiteral("citations"), QT_TR_NOOP("Security Rule")},
    };
    const auto found = labels.constFind(key);
    return found == labels.constEnd() ? key : tr(found.value());
}

QString RiskHistoryDiff::actionLabel(const AuditEvent& event)
{
    const bool task = isTask(event);
    if (event.action == QLatin1String("created"))
        return task ? tr("Task added") : tr("Created");
    if (event.action == QLatin1String("imported"))
        return tr("Imported");
    if (event.action == QLatin1String("updated"))
        return task ? tr("Task updated") : tr("Updated");
    if (event.action == QLatin1String("deleted"))
        return task ? tr("Task deleted") : tr("Deleted");
    return event.action;
}

bool RiskHistoryDiff::isTask(const AuditEvent& event)
{
    return event.entity == riskentity::task();
}

QString RiskHistoryDiff::taskTitle(const AuditEvent& event)
{
    QString title = objectOf(event.after).value(QStringLiteral("title")).toString();
    if (title.isEmpty())
        title = objectOf(event.before).value(QStringLiteral("title")).toString();
    return title;
}

QString RiskHistoryDiff::valueText(const QString& entity, const QString& key,
                                   const QJsonValue& value) const
{
    if (value.isNull() || value.isUndefined())
        return tr("none");
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            if (key == QLatin1String("asset_ids")) {
                const qint64 id = item.toString().toLongLong();
                items << m_assetNames.value(id, tr("asset #%1").arg(id));
            } else {
                items << item.toString();
            }
        }
        return items.isEmpty() ? tr("none") : items.join(QStringLiteral(", "));
    }
    const QString text = value.isString() ? value.toString() : value.toVariant().toString();
    if (text.isEmpty())
        return tr("none");
    if (isLevelKey(key)) {
        if (const auto level = riskLevelFromKey(text))
            return riskLevelLabel(*level);
    } else if (key == QLatin1String("status")) {
        if (entity == riskentity::task()) {
            if (const auto status = taskStatusFromKey(text))
                return taskStatusLabel(*status);
        } else if (const auto status = riskStatusFromKey(text)) {
            return riskStatusLabel(*status);
        }
    } else if (key == QLatin1String("treatment")) {
        if (const auto treatment = riskTreatmentFromKey(text))
            return riskTreatmentLabel(*treatment);
    }
    return text;
}

std::vector<RiskHistoryDiff::Change> RiskHistoryDiff::changes(const AuditEvent& event) const
{
    const QJsonObject before = objectOf(event.before);
    const QJsonObject after = objectOf(event.after);
    QStringList keys;
    for (const QString& key : fieldOrder()) {
        if (before.contains(key) || after.contains(key))
            keys << key;
    }
    for (const QJsonObject* side : {&before, &after}) {
        for (auto it = side->begin(); it != side->end(); ++it) {
            if (!keys.contains(it.key()))
                keys << it.key();
        }
    }
    std::vector<Change> out;
    for (const QString& key : keys) {
        if (isHiddenKey(key))
            continue;
        const QString was = valueText(event.entity, key, before.value(key));
        const QString now = valueText(event.entity, key, after.value(key));
        if (was == now)
            continue;
        out.push_back(Change{key, fieldLabel(key), was, now});
    }
    return out;
}

QString RiskHistoryDiff::elided(const QString& text)
{
    constexpr int limit = 48;
    QString flat = text.simplified();
    if (flat.size() > limit)
        flat = flat.left(limit - 1).trimmed() + QChar(0x2026);
    return flat;
}

QString RiskHistoryDiff::summary(const AuditEvent& event) const
{
    const bool task = isTask(event);
    const QJsonObject after = objectOf(event.after);
    if (event.action == QLatin1String("created") || event.action == QLatin1String("imported")) {
        const QString title = after.value(QStringLiteral("title")).toString();
        if (task)
            return tr("Task \u201c%1\u201d created").arg(title);
        return event.action == QLatin1String("imported")
                   ? tr("Risk \u201c%1\u201d imported").arg(title)
                   : tr("Risk \u201c%1\u201d created").arg(title);
    }
    if (event.action == QLatin1String("deleted"))
        return task ? tr("Task \u201c%1\u201d deleted").arg(taskTitle(event)) : tr("Risk deleted");
    QStringList parts;
    for (const Change& change : changes(event))
        parts << tr("%1: %2 \u2192 %3")
                     .arg(change.field, elided(change.before), elided(change.after));
    const QString changed =
        parts.isEmpty() ? tr("no field changed") : parts.join(QStringLiteral("; "));
    if (task)
        return tr("Task \u201c%1\u201d updated: %2").arg(taskTitle(event), changed);
    return changed;
}

QString RiskHistoryDiff::detail(const AuditEvent& event) const
{
    QStringList blocks;
    for (const Change& change : changes(event)) {
        if (event.action == QLatin1String("updated"))
            blocks << tr("%1\n    before: %2\n    after:  %3")
                          .arg(change.field, change.before, change.after);
        else if (event.action == QLatin1String("deleted"))
            blocks << tr("%1: %2").arg(change.field, change.before);
        else
            blocks << tr("%1: %2").arg(change.field, change.after);
    }
    return blocks.join(QLatin1Char('\n'));
}

} // namespace palisade::ui
