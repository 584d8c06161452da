#include "ui/widgets/AuditEventList.h"

namespace palisade::ui {

AuditEventList::AuditEventList(QWidget* parent)
    : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(true);
    setAccessibleName(tr("History"));
}

void AuditEventList::setEvents(const std::vector<AuditEvent>& events)
{
    clear();
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
        auto* item = new QListWidgetItem(describe(*it), this);
        item->setToolTip(tr("Audit event %1").arg(it->seq));
    }
    if (events.empty())
        showMessage(tr("No recorded changes."));
}

void AuditEventList::showMessage(const QString& message)
{
    clear();
    auto* item = new QListWidgetItem(message, this);
    item->setFlags(Qt::ItemIsEnabled);
}

QString AuditEventList::when(const AuditEvent& event)
{
    return event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace palisade::ui
