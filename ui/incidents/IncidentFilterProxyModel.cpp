#include "ui/incidents/IncidentFilterProxyModel.h"

#include "ui/incidents/IncidentTableRoles.h"

namespace palisade::ui {

IncidentFilterProxyModel::IncidentFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(incidentrole::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void IncidentFilterProxyModel::setText(const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void IncidentFilterProxyModel::setShown(Shown shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    invalidateRowsFilter();
}

void IncidentFilterProxyModel::setBreachStatusKey(const QString& key)
{
    if (key == m_breachStatus)
        return;
    m_breachStatus = key;
    invalidateRowsFilter();
}

bool IncidentFilterProxyModel::isFiltering() const
{
    return !m_words.isEmpty() || m_shown != Shown::All || !m_breachStatus.isEmpty();
}

bool IncidentFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool closed = sourceModel()->data(index, incidentrole::ClosedRole).toBool();
    if ((m_shown == Shown::Open && closed) || (m_shown == Shown::Closed && !closed))
        return false;
    if (!m_breachStatus.isEmpty() &&
        sourceModel()->data(index, incidentrole::BreachStatusKeyRole).toString() != m_breachStatus)
        return false;
    const QString haystack = sourceModel()->data(index, incidentrole::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace palisade::ui
