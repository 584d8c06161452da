#include "ui/retention/DisposalLogTab.h"

#include "ui/retention/DisposalModel.h"
#include "ui/retention/RetentionRoles.h"
#include "ui/widgets/FirstRunPanel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {

DisposalLogTab::DisposalLogTab(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_model(new DisposalModel(program, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_firstRun(new FirstRunPanel(
          tr("Nothing disposed of yet"),
          tr("When a record is past its retention period and no legal hold keeps it, you may "
             "dispose of it from the Records tab. Its content is destroyed; this log keeps what "
             "it was, who disposed of it and when, and the SHA-256 of its content, so an auditor "
             "can see that it was kept for as long as required."),
          this))
    , m_note(new QLabel(tr("What remains of each disposed record. The content is gone; the "
                           "SHA-256 of its content proves what it was."),
                        this))
    , m_copy(new QPushButton(tr("&Copy SHA-256"), this))
{
    setObjectName(QStringLiteral("disposalLogTab"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(retentionrole::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    buildTable();
    m_firstRun->setObjectName(QStringLiteral("disposalLogFirstRun"));
    m_copy->setObjectName(QStringLiteral("copyDigestButton"));
    m_copy->setToolTip(tr("Copy the selected record's SHA-256 (Ctrl+C in the table copies the "
                          "selected cell)"));

    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_firstRun);

    auto* top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_note, 1);
    top->addWidget(m_copy);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    auto* copyDigest = new QAction(tr("Copy SHA-256"), m_table);
    m_table->addAction(copyDigest);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copyDigest, &QAction::triggered, this, &DisposalLogTab::copySelectedDigest);
    connect(m_copy, &QPushButton::clicked, this, &DisposalLogTab::copySelectedDigest);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DisposalLogTab::updateState);
}

void DisposalLogTab::buildTable()
{
    m_table->setObjectName(QStringLiteral("disposalTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DisposalModel::DisposedAtColumn, Qt::DescendingOrder);
    // Cells, not rows: Ctrl+C copies the current cell, such as the digest.
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // A digest cut short keeps both ends readable for comparison; it is
    // copied whole.
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(DisposalModel::RecordColumn, QHeaderView::Interactive);
    columns->setSectionResizeMode(DisposalModel::Sha256Column, QHeaderView::Stretch);
    columns->setStretchLastSection(false);
}

bool DisposalLogTab::reload()
{
    const bool read = m_model->reload();
    // As wide as the labels need, short of crowding out the digest.
    const int widest = fontMetrics().averageCharWidth() * maximumRecordChars;
    m_table->resizeColumnToContents(DisposalModel::RecordColumn);
    if (m_table->columnWidth(DisposalModel::RecordColumn) > widest)
        m_table->setColumnWidth(DisposalModel::RecordColumn, widest);
    updateState();
    return read;
}

void DisposalLogTab::updateState()
{
    const bool none = m_model->rowCount() == 0 && m_model->lastError().isEmpty();
    m_stack->setCurrentIndex(none ? 1 : 0);
    m_note->setVisible(!none);
    m_copy->setVisible(!none);
    m_copy->setEnabled(!selectedDigest().isEmpty());
}

QString DisposalLogTab::selectedDigest() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return {};
    const int row = m_proxy->mapToSource(current).row();
    return row < 0 ? QString() : m_model->disposalAt(row).contentSha256;
}

void DisposalLogTab::copySelectedDigest()
{
    const QString digest = selectedDigest();
    if (!digest.isEmpty())
        QGuiApplication::clipboard()->setText(digest);
}

bool DisposalLogTab::isShowingFirstRun() const
{
    return m_stack->currentIndex() == 1;
}

} // namespace palisade::ui
