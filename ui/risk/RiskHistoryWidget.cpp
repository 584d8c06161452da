#include "ui/risk/RiskHistoryWidget.h"

#include "ui/risk/RiskHistoryModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {

RiskHistoryWidget::RiskHistoryWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new RiskHistoryModel(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
{
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("riskHistory"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(RiskHistoryModel::ChangesColumn, QHeaderView::Stretch);

    m_detail->setObjectName(QStringLiteral("historyDetail"));
    m_detail->setReadOnly(true);
    m_detail->setAccessibleName(tr("Change detail"));
    m_detail->setPlaceholderText(tr("Select a change to see each field before and after it."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_stack->addWidget(m_message);
    m_stack->addWidget(splitter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    setFocusProxy(m_table);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RiskHistoryWidget::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RiskHistoryWidget::showDetail);
}

void RiskHistoryWidget::setEvents(const std::vector<AuditEvent>& events,
                                  const RiskHistoryDiff& diff)
{
    m_model->setEvents(events, diff);
    if (events.empty()) {
        showMessage(tr("No recorded changes."));
        return;
    }
    m_stack->setCurrentIndex(1);
    m_table->selectRow(0);
}

void RiskHistoryWidget::showMessage(const QString& message)
{
    m_message->setText(message);
    m_stack->setCurrentIndex(0);
}

QString RiskHistoryWidget::detailText() const
{
    return m_detail->toPlainText();
}

QString RiskHistoryWidget::messageText() const
{
    return m_stack->currentIndex() == 0 ? m_message->text() : QString();
}

void RiskHistoryWidget::showDetail()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_detail->clear();
        return;
    }
    const QModelIndex index = rows.first();
    const QString heading =
        tr("%1 \u2014 %2 by %3")
            .arg(m_model->data(index.siblingAtColumn(RiskHistoryModel::ActionColumn)).toString(),
                 m_model->data(index.siblingAtColumn(RiskHistoryModel::TimeColumn)).toString(),
                 m_model->data(index.siblingAtColumn(RiskHistoryModel::ActorColumn)).toString());
    m_detail->setPlainText(heading + QStringLiteral("\n\n") +
                           m_model->data(index, RiskHistoryModel::DetailRole).toString());
}

} // namespace palisade::ui
