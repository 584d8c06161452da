#include "ui/vendors/AgreementProvisionsTab.h"

#include "core/vendors/Agreement.h"
#include "core/vendors/ProvisionCompleteness.h"
#include "ui/vendors/ProvisionStateDelegate.h"
#include "ui/vendors/ProvisionTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {

AgreementProvisionsTab::AgreementProvisionsTab(QWidget* parent)
    : QWidget(parent)
    , m_model(new ProvisionTableModel(this))
    , m_summary(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_table(new QTableView(this))
{
    auto* intro = new QLabel(tr("What 164.504(e)(2) and 164.314(a)(2)(i) require every business "
                                "associate agreement to say. Mark each one as you read the "
                                "signed agreement, and note the clause that says it."),
                             this);
    intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("provisionSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_bar->setObjectName(QStringLiteral("provisionBar"));
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(m_summary->sizeHint().height() * 2 / 3);
    m_bar->setMaximumWidth(240);
    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary);
    summaryRow->addSpacing(12);
    summaryRow->addWidget(m_bar, 1);
    summaryRow->addStretch(1);

    m_table->setObjectName(QStringLiteral("provisionTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ProvisionTableModel::StateColumn,
                                      new ProvisionStateDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Required provisions"));
    QHeaderView* columns = m_table->horizontalHeader();
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    columns->setSectionResizeMode(ProvisionTableModel::CitationColumn,
                                  QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(ProvisionTableModel::ProvisionColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(ProvisionTableModel::StateColumn, QHeaderView::Fixed);
    columns->resizeSection(ProvisionTableModel::StateColumn, charWidth * 20);
    columns->setSectionResizeMode(ProvisionTableModel::ClauseColumn, QHeaderView::Interactive);
    columns->resizeSection(ProvisionTableModel::ClauseColumn, charWidth * 12);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(summaryRow);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);

    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateSummary();
        emit edited();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        openEditors();
        updateSummary();
    });
    openEditors();
    updateSummary();
}

void AgreementProvisionsTab::load(const std::vector<ProvisionCheck>& checks)
{
    m_model->setChecks(checks);
}

std::vector<ProvisionCheck> AgreementProvisionsTab::checks() const
{
    return m_model->checks();
}

void AgreementProvisionsTab::setReadOnly(bool readOnly)
{
    m_model->setReadOnly(readOnly);
    openEditors();
}

QString AgreementProvisionsTab::summaryText() const
{
    return m_summary->text();
}

void AgreementProvisionsTab::openEditors()
{
    // Always-open choices: fifteen rows are marked one after another.
    const bool editable =
        m_model->rowCount() > 0 &&
        m_model->flags(m_model->index(0, ProvisionTableModel::StateColumn)) & Qt::ItemIsEditable;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, ProvisionTableModel::StateColumn);
        if (editable)
            m_table->openPersistentEditor(index);
        else
            m_table->closePersistentEditor(index);
    }
}

void AgreementProvisionsTab::updateSummary()
{
    Agreement probe;
    probe.provisions = m_model->checks();
    const ProvisionCompleteness completeness = ProvisionCompleteness::of(probe);
    QString text = completeness.summary();
    if (completeness.missing > 0)
        text += tr(" \u2014 %n missing", nullptr, completeness.missing);
    if (completeness.unchecked > 0)
        text += tr(" \u2014 %n not checked yet", nullptr, completeness.unchecked);
    m_summary->setText(text);
    m_bar->setValue(completeness.percent());
}

} // namespace palisade::ui
