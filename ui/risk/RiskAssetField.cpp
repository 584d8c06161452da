#include "ui/risk/RiskAssetField.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {

RiskAssetField::RiskAssetField(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(tr("No assets yet \u2014 add them on the Assets page."), this))
{
    m_list->setObjectName(QStringLiteral("riskAssets"));
    m_list->setAccessibleName(tr("Linked assets"));
    m_list->setUniformItemSizes(true);
    m_hint->setObjectName(QStringLiteral("riskAssetsHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->hide();
    setFocusProxy(m_list);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_hint);
    connect(m_list, &QListWidget::itemChanged, this, &RiskAssetField::selectionChanged);
}

void RiskAssetField::setAssets(const std::vector<Asset>& assets)
{
    const std::vector<qint64> selected = selectedIds();
    {
        const QSignalBlocker quiet(m_list);
        m_list->clear();
        for (const Asset& asset : assets) {
            auto* item = new QListWidgetItem(
                tr("%1 (%2)").arg(asset.name, assetKindLabel(asset.kind)), m_list);
            item->setData(Qt::UserRole, asset.id);
            item->setToolTip(asset.phiHeld.isEmpty() ? asset.location
                                                     : tr("PHI held: %1").arg(asset.phiHeld));
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_list->setVisible(!assets.empty());
    m_hint->setVisible(assets.empty());
    setFocusProxy(assets.empty() ? nullptr : m_list);
    setSelectedIds(selected);
    setReadOnly(m_readOnly);
}

std::vector<qint64> RiskAssetField::selectedIds() const
{
    std::vector<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            ids.push_back(item->data(Qt::UserRole).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void RiskAssetField::setSelectedIds(const std::vector<qint64>& ids)
{
    {
        const QSignalBlocker quiet(m_list);
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem* item = m_list->item(row);
            const bool on = std::find(ids.begin(), ids.end(),
                                      item->data(Qt::UserRole).toLongLong()) != ids.end();
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
    emit selectionChanged();
}

void RiskAssetField::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (!readOnly)
            flags |= Qt::ItemIsUserCheckable;
        item->setFlags(flags);
    }
}

} // namespace palisade::ui
