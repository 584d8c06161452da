#include "ui/training/PersonFilterProxyModel.h"

#include "ui/training/TrainingRoles.h"

namespace palisade::ui {

PersonFilterProxyModel::PersonFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(trainingrole::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void PersonFilterProxyModel::setText(const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void PersonFilterProxyModel::setDepartment(const QString& department)
{
    if (department == m_department)
        return;
    m_department = department;
    invalidateRowsFilter();
}

void PersonFilterProxyModel::setStatusKey(const QString& key)
{
    if (key == m_status)
        return;
    m_status = key;
    invalidateRowsFilter();
}

bool PersonFilterProxyModel::isFiltering() const
{
    return !m_words.isEmpty() || !m_department.isEmpty() || !m_status.isEmpty();
}

bool PersonFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto value = [&](int role) {
        return sourceModel()->data(index, role).toString();
    };
    if (!m_status.isEmpty() && value(trainingrole::StatusKeyRole) != m_status)
        return false;
    if (!m_department.isEmpty() &&
        value(trainingrole::DepartmentRole).compare(m_department, Qt::CaseInsensitive) != 0)
        return false;
    const QString haystack = value(trainingrole::SearchTextRole);
    for (const QString& word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace palisade::ui
