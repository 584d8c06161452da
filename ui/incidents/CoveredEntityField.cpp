#include "ui/incidents/CoveredEntityField.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {

CoveredEntityField::CoveredEntityField(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(tr("No covered entities on file. When the PHI is a client's, add the "
                           "client on the Vendors & BAAs page first."),
                        this))
{
    m_list->setObjectName(QStringLiteral("incidentCoveredEntities"));
    m_list->setAccessibleName(tr("Covered entities whose PHI it is"));
    m_list->setUniformItemSizes(true);
    m_hint->setObjectName(QStringLiteral("incidentCoveredEntitiesHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->hide();
    setFocusProxy(m_list);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_hint);
    connect(m_list, &QListWidget::itemChanged, this, &CoveredEntityField::selectionChanged);
}

void CoveredEntityField::setCounterparties(const std::vector<Counterparty>& counterparties)
{
    m_counterparties = counterparties;
    fill(selectedIds());
}

void CoveredEntityField::fill(const std::vector<qint64>& keep)
{
    {
        const QSignalBlocker quiet(m_list);
        m_list->clear();
        for (const Counterparty& each : m_counterparties) {
            const bool named = std::find(keep.begin(), keep.end(), each.id) != keep.end();
            if (each.relationship != CounterpartyRelationship::CoveredEntity && !named)
                continue;
            auto* item = new QListWidgetItem(each.name, m_list);
            item->setData(Qt::UserRole, each.id);
            if (!each.phiTypes.isEmpty())
                item->setToolTip(tr("PHI shared: %1").arg(each.phiTypes));
            item->setCheckState(named ? Qt::Checked : Qt::Unchecked);
        }
    }
    const bool empty = m_list->count() == 0;
    m_list->setVisible(!empty);
    m_hint->setVisible(empty);
    setFocusProxy(empty ? nullptr : m_list);
}

std::vector<qint64> CoveredEntityField::selectedIds() const
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

void CoveredEntityField::setSelectedIds(const std::vector<qint64>& ids)
{
    fill(ids);
    emit selectionChanged();
}

} // namespace palisade::ui
