#include "ui/policies/PolicyFilterProxyModel.h"

#include "ui/policies/PolicyRoles.h"

namespace palisade::ui {

PolicyFilterProxyModel::PolicyFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(policyrole::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void PolicyFilterProxyModel::setText(const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void PolicyFilterProxyModel::setCategoryKey(const QString& key)
{
    if (key == m_category)
        return;
    m_category = key;
    invalidateRowsFilter();
}

void PolicyFilterProxyModel::setReviewsDueOnly(bool only)
{
    if (only == m_reviewsDueOnly)
        return;
    m_reviewsDueOnly = only;
    invalidateRowsFilter();
}

bool PolicyFilterProxyModel::isFiltering() const
{
    return !m_words.isEmpty() || !m_category.isEmpty() || m_reviewsDueOnly;
}

bool PolicyFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto value = [&](int role) {
        return sourceModel()->data(index, role);
    };
    if (m_reviewsDueOnly && !value(policyrole::ReviewDueRole).toBool())
        return false;
    if (!m_category.isEmpty() && value(policyrole::CategoryKeyRole).toString() != m_category)
        return false;
    const QString haystack = value(policyrole::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace palisade::ui
