#include "ui/vendors/VendorHistoryList.h"

#include "core/vendors/VendorEntities.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace palisade::ui {

VendorHistoryList::VendorHistoryList(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("vendorHistory"));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(true);
    setAccessibleName(tr("History"));
}

void VendorHistoryList::setEvents(const std::vector<AuditEvent>& events)
{
    clear();
    for (auto it = events.rbegin(); it != events.rend(); ++it)
        addItem(describe(*it));
    if (events.empty())
        addItem(tr("No recorded changes."));
}

void VendorHistoryList::showMessage(const QString& message)
{
    clear();
    auto* item = new QListWidgetItem(message, this);
    item->setFlags(Qt::ItemIsEnabled);
}

QString VendorHistoryList::describe(const AuditEvent& event)
{
    const QString when = event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString& who = event.actor;
    const QJsonObject before = QJsonDocument::fromJson(event.before).object();
    const QJsonObject after = QJsonDocument::fromJson(event.after).object();

    if (event.entity == vendorentity::document()) {
        const QString file =
            (after.isEmpty() ? before : after).value(QStringLiteral("file_name")).toString();
        if (event.action == QLatin1String("attached"))
            return tr("%1  %2 attached by %3").arg(when, file, who);
        if (event.action == QLatin1String("copied"))
            return tr("%1  A decrypted copy of %2 saved by %3 to %4")
                .arg(when, file, who, after.value(QStringLiteral("copied_to")).toString());
        if (event.action == QLatin1String("deleted"))
            return tr("%1  %2 deleted by %3").arg(when, file, who);
        return tr("%1  %2: %3 by %4").arg(when, file, event.action, who);
    }

    if (event.action == QLatin1String("created"))
        return tr("%1  Created by %2").arg(when, who);
    if (event.action == QLatin1String("imported"))
        return tr("%1  Imported by %2").arg(when, who);
    if (event.action == QLatin1String("deleted"))
        return tr("%1  Deleted by %2").arg(when, who);
    if (event.action == QLatin1String("reviewed"))
        return tr("%1  Reviewed by %2 on %3; next review %4")
            .arg(when, who, after.value(QStringLiteral("last_reviewed_on")).toString(),
                 after.value(QStringLiteral("next_review_on")).toString());
    if (event.action != QLatin1String("updated"))
        return tr("%1  %2 by %3").arg(when, event.action, who);

    QStringList changed;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value())
            changed << fieldLabel(it.key());
    }
    if (changed.isEmpty())
        return tr("%1  Updated by %2").arg(when, who);
    return tr("%1  Updated by %2: %3").arg(when, who, changed.join(QStringLiteral(", ")));
}

QString VendorHistoryList::fieldLabel(const QString& key)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("relationship"), QT_TR_NOOP("relationship")},
        {QStringLiteral("services"), QT_TR_NOOP("services")},
        {QStringLiteral("phi_types"), QT_TR_NOOP("PHI shared")},
        {QStringLiteral("shares_phi"), QT_TR_NOOP("whether PHI is shared")},
        {QStringLiteral("notes"), QT_TR_NOOP("notes")},
        {QStringLiteral("contacts"), QT_TR_NOOP("contacts")},
        {QStringLiteral("asset_ids"), QT_TR_NOOP("linked assets")},
        {QStringLiteral("counterparty_id"), QT_TR_NOOP("counterparty")},
        {QStringLiteral("title"), QT_TR_NOOP("title")},
        {QStringLiteral("direction"), QT_TR_NOOP("direction")},
        {QStringLiteral("flows_down_from"), QT_TR_NOOP("flows down from")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("signed_on"), QT_TR_NOOP("signed")},
        {QStringLiteral("effective_on"), QT_TR_NOOP("effective")},
        {QStringLiteral("expires_on"), QT_TR_NOOP("expires")},
        {QStringLiteral("evergreen"), QT_TR_NOOP("evergreen")},
        {QStringLiteral("renewal_terms"), QT_TR_NOOP("renewal terms")},
        {QStringLiteral("review_cadence_months"), QT_TR_NOOP("review cadence")},
        {QStringLiteral("last_reviewed_on"), QT_TR_NOOP("last reviewed")},
        {QStringLiteral("next_review_on"), QT_TR_NOOP("next review")},
        {QStringLiteral("breach_notice_days"), QT_TR_NOOP("breach notice")},
        {QStringLiteral("incident_report_days"), QT_TR_NOOP("incident reporting")},
        {QStringLiteral("permitted_uses"), QT_TR_NOOP("permitted uses")},
        {QStringLiteral("terminated_on"), QT_TR_NOOP("terminated")},
        {QStringLiteral("phi_disposition"), QT_TR_NOOP("PHI disposition")},
        {QStringLiteral("disposition_attested_on"), QT_TR_NOOP("attestation date")},
        {QStringLiteral("disposition_attested_by"), QT_TR_NOOP("attested by")},
        {QStringLiteral("provisions"), QT_TR_NOOP("required provisions")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : tr(it.value());
}

} // namespace palisade::ui
