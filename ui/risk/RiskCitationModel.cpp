#include "ui/risk/RiskCitationModel.h"

#include "core/catalog/SecurityRuleCatalog.h"

#include <QFont>
#include <algorithm>

namespace palisade::ui {

RiskCitationModel::RiskCitationModel(const SecurityRuleCatalog& catalog, QObject* parent)
    : QAbstractListModel(parent)
{
    for (const CatalogEntry& entry : catalog.entries())
        m_entries.push_back(&entry);
}

QString RiskCitationModel::entryLabel(const CatalogEntry& entry)
{
    const QString qualifier =
        entry.isStandard() ? entryKindLabel(entry.kind) : requirementLabel(entry.requirement);
    return tr("%1 %2 (%3)").arg(entry.citation, entry.title, qualifier);
}

QStringList RiskCitationModel::citations() const
{
    QStringList out = m_unknown;
    for (const CatalogEntry* entry : m_entries) {
        if (m_checked.contains(entry->citation))
            out << entry->citation;
    }
    out.sort();
    return out;
}

void RiskCitationModel::setCitations(const QStringList& citations)
{
    m_checked.clear();
    m_unknown.clear();
    for (const QString& citation : citations) {
        const bool known =
            std::any_of(m_entries.begin(), m_entries.end(),
                        [&](const CatalogEntry* e) { return e->citation == citation; });
        if (known)
            m_checked.insert(citation);
        else
            m_unknown << citation;
    }
    if (!m_entries.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
    emit citationsChanged();
}

void RiskCitationModel::setCheckable(bool checkable)
{
    m_checkable = checkable;
    if (!m_entries.empty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

int RiskCitationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant RiskCitationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogEntry& entry = *m_entries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return entryLabel(entry);
    case Qt::CheckStateRole:
        return m_checked.contains(entry.citation) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return tr("45 CFR %1 \u2014 %2, %3")
            .arg(entry.citation, safeguardLabel(entry.safeguard), entryKindLabel(entry.kind));
    case Qt::FontRole:
        if (entry.isStandard()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case CitationRole:
        return entry.citation;
    case SearchTextRole:
        return entryLabel(entry) + QLatin1Char(' ') + safeguardLabel(entry.safeguard);
    default:
        return {};
    }
}

bool RiskCitationModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_checkable || role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString& citation = m_entries[std::size_t(index.row())]->citation;
    const bool on = value.value<Qt::CheckState>() == Qt::Checked;
    if (on == m_checked.contains(citation))
        return true;
    if (on)
        m_checked.insert(citation);
    else
        m_checked.remove(citation);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit citationsChanged();
    return true;
}

Qt::ItemFlags RiskCitationModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_checkable)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

} // namespace palisade::ui
