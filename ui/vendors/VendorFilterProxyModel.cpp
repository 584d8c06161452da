#include "ui/vendors/VendorFilterProxyModel.h"

#include "ui/vendors/VendorRoles.h"

namespace palisade::ui {

VendorFilterProxyModel::VendorFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(vendorrole::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void VendorFilterProxyModel::setText(const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void VendorFilterProxyModel::setDocumentMatches(const std::set<qint64>& ids,
                                                const QString& searchedText)
{
    m_documentSearchText = searchedText;
    if (ids == m_documentMatches)
        return;
    m_documentMatches = ids;
    invalidateRowsFilter();
}

void VendorFilterProxyModel::setStatusKey(const QString& key)
{
    if (key == m_status)
        return;
    m_status = key;
    invalidateRowsFilter();
}

void VendorFilterProxyModel::setDirectionKey(const QString& key)
{
    if (key == m_direction)
        return;
    m_direction = key;
    invalidateRowsFilter();
}

void VendorFilterProxyModel::setAttentionOnly(bool only)
{
    if (only == m_attentionOnly)
        return;
    m_attentionOnly = only;
    invalidateRowsFilter();
}

bool VendorFilterProxyModel::isFiltering() const
{
    return !m_words.isEmpty() || !m_status.isEmpty() || !m_direction.isEmpty() || m_attentionOnly;
}

bool VendorFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto value = [&](int role) {
        return sourceModel()->data(index, role);
    };
    if (m_attentionOnly && !value(vendorrole::AttentionRole).toBool())
        return false;
    if (!m_status.isEmpty() && !value(vendorrole::StatusKeysRole).toStringList().contains(m_status))
        return false;
    if (!m_direction.isEmpty() && value(vendorrole::DirectionKeyRole).toString() != m_direction)
        return false;
    if (m_words.isEmpty())
        return true;
    if (m_documentMatches.count(value(vendorrole::IdRole).toLongLong()) > 0)
        return true;
    const QString haystack = value(vendorrole::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace palisade::ui
