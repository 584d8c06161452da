#include "ui/retention/RetentionRulesTab.h"

#include "ui/retention/RetentionRuleModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <array>
#include <numeric>

namespace palisade::ui {

RetentionRulesTab::RetentionRulesTab(QWidget* parent)
    : QWidget(parent)
    , m_model(new RetentionRuleModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("retentionRulesTab"));
    auto* intro = new QLabel(
        tr("HIPAA requires its documentation to be kept for six years from the date of its "
           "creation or the date when it last was in effect, whichever is later (45 CFR "
           "164.316(b)(2)(i) and 164.530(j)(2)). Palisade applies these rules to every record "
           "and refuses to delete one before its day. A legal hold keeps records longer."),
        this);
    intro->setObjectName(QStringLiteral("retentionRulesIntro"));
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("retentionRuleTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Whatever a scroll bar coming or going leaves over goes to the last column.
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
}

void RetentionRulesTab::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void RetentionRulesTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitColumns();
}

void RetentionRulesTab::fitColumns()
{
    // Shares of the width, by how much each column usually says.
    constexpr std::array<int, RetentionRuleModel::ColumnCount> weights{14, 26, 16, 18, 17, 12, 10};
    const int total = std::accumulate(weights.begin(), weights.end(), 0);
    const int width = m_table->viewport()->width();
    if (width <= 0)
        return;
    int used = 0;
    for (int column = 0; column < RetentionRuleModel::ColumnCount; ++column) {
        const int size = column == RetentionRuleModel::ColumnCount - 1
                             ? width - used
                             : width * weights[size_t(column)] / total;
        m_table->horizontalHeader()->resizeSection(column, size);
        used += size;
    }
    m_table->resizeRowsToContents();
    // Room above and below the wrapped text, so rows do not run together.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_table->setRowHeight(row, m_table->rowHeight(row) + rowPadding);
    // Taller rows may have brought a scroll bar that narrows the viewport.
    if (m_table->viewport()->width() != width && !m_refitting) {
        m_refitting = true;
        fitColumns();
        m_refitting = false;
    }
}

} // namespace palisade::ui
