#include "ui/incidents/JurisdictionCountTable.h"

#include "ui/widgets/EditableRows.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {

JurisdictionCountTable::JurisdictionCountTable(QWidget* parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(0, 2, this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("Add &State"), this))
    , m_remove(new QPushButton(tr("Remo&ve State"), this))
    , m_total(new QLabel(this))
{
    m_model->setHorizontalHeaderLabels({tr("State"), tr("Individuals")});
    m_model->horizontalHeaderItem(JurisdictionColumn)
        ->setToolTip(tr("The two-letter USPS code of the State or jurisdiction, e.g. FL, PR, DC"));
    m_table->setObjectName(QStringLiteral("jurisdictionCounts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(JurisdictionColumn,
                            m_table->fontMetrics().horizontalAdvance(tr("State")) + 80);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Affected individuals by State"));
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4);
    m_add->setObjectName(QStringLiteral("addJurisdictionButton"));
    m_add->setAutoDefault(false);
    m_remove->setObjectName(QStringLiteral("removeJurisdictionButton"));
    m_remove->setAutoDefault(false);
    m_remove->setEnabled(false);
    m_total->setObjectName(QStringLiteral("jurisdictionTotal"));
    setFocusProxy(m_table);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_total);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &JurisdictionCountTable::addRow);
    connect(m_remove, &QPushButton::clicked, this, &JurisdictionCountTable::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });
    const auto changed = [this] {
        updateTotal();
        emit countsChanged();
    };
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, changed);
    connect(m_model, &QAbstractItemModel::dataChanged, this, changed);
    updateTotal();
}

std::vector<JurisdictionCount> JurisdictionCountTable::counts() const
{
    std::vector<JurisdictionCount> out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString code = m_model->item(row, JurisdictionColumn)->text().trimmed();
        const int individuals = m_model->item(row, IndividualsColumn)->data(Qt::EditRole).toInt();
        if (code.isEmpty() && individuals == 0)
            continue;
        out.push_back(JurisdictionCount{code, individuals});
    }
    return out;
}

void JurisdictionCountTable::setCounts(const std::vector<JurisdictionCount>& counts)
{
    m_model->removeRows(0, m_model->rowCount());
    for (const JurisdictionCount& count : counts) {
        auto* individuals = new QStandardItem;
        individuals->setData(count.individuals, Qt::EditRole);
        m_model->appendRow({new QStandardItem(count.jurisdiction), individuals});
    }
}

int JurisdictionCountTable::total() const
{
    int sum = 0;
    for (const JurisdictionCount& count : counts())
        sum += count.individuals;
    return sum;
}

void JurisdictionCountTable::addRow()
{
    auto* individuals = new QStandardItem;
    individuals->setData(0, Qt::EditRole);
    m_model->appendRow({new QStandardItem, individuals});
    EditableRows::editNew(m_table, m_model->index(m_model->rowCount() - 1, JurisdictionColumn));
}

void JurisdictionCountTable::removeSelected()
{
    EditableRows::removeSelected(m_table);
}

void JurisdictionCountTable::setReadOnly(bool readOnly)
{
    m_table->setEditTriggers(
        readOnly ? QAbstractItemView::NoEditTriggers
                 : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                       QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_add->setEnabled(!readOnly);
    m_remove->setVisible(!readOnly);
    m_add->setVisible(!readOnly);
}

void JurisdictionCountTable::updateTotal()
{
    m_total->setText(tr("Total: %L1").arg(total()));
}

} // namespace palisade::ui
