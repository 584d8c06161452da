#include "ui/assets/AssetFilterProxyModel.h"

#include "ui/assets/AssetTableModel.h"

namespace palisade::ui {

AssetFilterProxyModel::AssetFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AssetTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void AssetFilterProxyModel::setText(const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void AssetFilterProxyModel::setUnencryptedOnly(bool only)
{
    if (only == m_unencryptedOnly)
        return;
    m_unencryptedOnly = only;
    invalidateRowsFilter();
}

bool AssetFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_unencryptedOnly &&
        sourceModel()->data(index, AssetTableModel::UnencryptedCountRole).toInt() == 0)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = sourceModel()->data(index, AssetTableModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace palisade::ui
