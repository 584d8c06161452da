#include "ui/retention/RetentionRecordProxyModel.h"

#include "ui/retention/RetentionRoles.h"

namespace palisade::ui {

RetentionRecordProxyModel::RetentionRecordProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(retentionrole::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RetentionRecordProxyModel::setText(const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void RetentionRecordProxyModel::setStatusKey(const QString& key)
{
    if (key == m_status)
        return;
    m_status = key;
    invalidateRowsFilter();
}

void RetentionRecordProxyModel::setRecordType(const QString& recordType)
{
    if (recordType == m_type)
        return;
    m_type = recordType;
    invalidateRowsFilter();
}

bool RetentionRecordProxyModel::isFiltering() const
{
    return !m_words.isEmpty() || !m_status.isEmpty() || !m_type.isEmpty();
}

bool RetentionRecordProxyModel::filterAcceptsRow(int sourceRow,
                                                 const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto value = [&](int role) {
        return sourceModel()->data(index, role).toString();
    };
    if (!m_status.isEmpty() && value(retentionrole::StatusKeyRole) != m_status)
        return false;
    if (!m_type.isEmpty() && value(retentionrole::RecordTypeRole) != m_type)
        return false;
    const QString haystack = value(retentionrole::SearchTextRole);
    for (const QString& word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace palisade::ui
