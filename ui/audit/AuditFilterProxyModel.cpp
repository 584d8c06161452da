#include "ui/audit/AuditFilterProxyModel.h"

#include "ui/audit/AuditTrailModel.h"

namespace palisade::ui {

AuditFilterProxyModel::AuditFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AuditTrailModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void AuditFilterProxyModel::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void AuditFilterProxyModel::setActor(const QString& actor)
{
    if (actor == m_actor)
        return;
    m_actor = actor;
    invalidateRowsFilter();
}

void AuditFilterProxyModel::setAction(const QString& action)
{
    if (action == m_action)
        return;
    m_action = action;
    invalidateRowsFilter();
}

void AuditFilterProxyModel::setEntity(const QString& entity)
{
    if (entity == m_entity)
        return;
    m_entity = entity;
    invalidateRowsFilter();
}

void AuditFilterProxyModel::setDateRange(const QDate& from, const QDate& to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

void AuditFilterProxyModel::clearFilters()
{
    m_text.clear();
    m_actor.clear();
    m_action.clear();
    m_entity.clear();
    m_from = {};
    m_to = {};
    invalidateRowsFilter();
}

bool AuditFilterProxyModel::isFiltering() const
{
    return !m_text.isEmpty() || !m_actor.isEmpty() || !m_action.isEmpty() || !m_entity.isEmpty() ||
           m_from.isValid() || m_to.isValid();
}

bool AuditFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto value = [&](int role) {
        return sourceModel()->data(index, role);
    };
    if (!m_actor.isEmpty() && value(AuditTrailModel::ActorRole).toString() != m_actor)
        return false;
    if (!m_action.isEmpty() && value(AuditTrailModel::ActionRole).toString() != m_action)
        return false;
    if (!m_entity.isEmpty() && value(AuditTrailModel::EntityRole).toString() != m_entity)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate date = value(AuditTrailModel::LocalDateRole).toDate();
        if (m_from.isValid() && date < m_from)
            return false;
        if (m_to.isValid() && date > m_to)
            return false;
    }
    if (!m_text.isEmpty() &&
        !value(AuditTrailModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace palisade::ui
