#include "ui/assets/AssetHistoryList.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace palisade::ui {

AssetHistoryList::AssetHistoryList(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("assetHistory"));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(true);
}

void AssetHistoryList::setEvents(const std::vector<AuditEvent>& events)
{
    clear();
    for (auto it = events.rbegin(); it != events.rend(); ++it)
        addItem(describe(*it));
    if (events.empty())
        addItem(tr("No recorded changes."));
}

void AssetHistoryList::showError(const QString& message)
{
    clear();
    addItem(tr("The history could not be read: %1").arg(message));
}

QString AssetHistoryList::describe(const AuditEvent& event)
{
    const QString when = event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString& who = event.actor;
    if (event.action == QLatin1String("created"))
        return tr("%1  Created by %2").arg(when, who);
    if (event.action == QLatin1String("imported"))
        return tr("%1  Imported by %2").arg(when, who);
    if (event.action == QLatin1String("deleted"))
        return tr("%1  Deleted by %2").arg(when, who);
    if (event.action != QLatin1String("updated"))
        return tr("%1  %2 by %3").arg(when, event.action, who);

    const QJsonObject before = QJsonDocument::fromJson(event.before).object();
    const QJsonObject after = QJsonDocument::fromJson(event.after).object();
    QStringList changed;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value())
            changed << fieldLabel(it.key());
    }
    if (changed.isEmpty())
        return tr("%1  Updated by %2").arg(when, who);
    return tr("%1  Updated by %2: %3").arg(when, who, changed.join(QStringLiteral(", ")));
}

QString AssetHistoryList::fieldLabel(const QString& key)
{
    if (key == QLatin1String("name"))
        return tr("name");
    if (key == QLatin1String("kind"))
        return tr("kind");
    if (key == QLatin1String("location"))
        return tr("location");
    if (key == QLatin1String("owner"))
        return tr("owner");
    if (key == QLatin1String("phi_held"))
        return tr("PHI held");
    if (key == QLatin1String("notes"))
        return tr("notes");
    if (key == QLatin1String("data_flows"))
        return tr("data flows");
    return key;
}

} // namespace palisade::ui
