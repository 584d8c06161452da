#include "ui/retention/RetentionRecordsTab.h"

#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "ui/retention/RetentionFilterBar.h"
#include "ui/retention/RetentionRecordModel.h"
#include "ui/retention/RetentionRecordProxyModel.h"
#include "ui/retention/RetentionRoles.h"
#include "ui/widgets/FirstRunPanel.h"
#include "ui/widgets/NoMatchHint.h"
#include "ui/widgets/TableRows.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <set>

namespace palisade::ui {
namespace {

enum Page
{
    TablePage,
    NoMatchPage,
    FirstRunPage,
};

} // namespace

RetentionRecordsTab::RetentionRecordsTab(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_model(new RetentionRecordModel(program, this))
    , m_proxy(new RetentionRecordProxyModel(this))
    , m_filter(new RetentionFilterBar(program.clock().today(), this))
    , m_table(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_noMatch(new NoMatchHint(tr("Clear Filters"), this))
    , m_firstRun(new FirstRunPanel(
          tr("Nothing is kept yet"),
          tr("Records appear here as the program grows: signed business associate agreements "
             "and their documents, counterparties, risks and their completed tasks, the assets "
             "risks name, and approved policies. Each is kept six years from its creation or "
             "the last day it was in effect, whichever is later, and Palisade refuses to delete "
             "one before then."),
          this))
    , m_summary(new QLabel(this))
    , m_placeHold(new QPushButton(tr("Place Legal &Hold\u2026"), this))
    , m_dispose(new QPushButton(tr("&Dispose of Eligible\u2026"), this))
{
    setObjectName(QStringLiteral("retentionRecordsTab"));
    m_proxy->setSourceModel(m_model);
    buildTable();

    m_noMatch->setObjectName(QStringLiteral("retentionNoMatch"));
    m_firstRun->setObjectName(QStringLiteral("retentionFirstRun"));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_noMatch);
    m_stack->addWidget(m_firstRun);

    m_summary->setObjectName(QStringLiteral("retentionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_placeHold->setObjectName(QStringLiteral("placeHoldButton"));
    m_placeHold->setToolTip(tr("Keep the selected record, or every record of a type, from "
                               "disposal until the hold is released"));
    m_dispose->setObjectName(QStringLiteral("disposeEligibleButton"));

    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(8);
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_placeHold);
    bottom->addWidget(m_dispose);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);

    auto* dispose = new QAction(tr("Dispose of Selected"), m_table);
    dispose->setShortcut(QKeySequence::Delete);
    dispose->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(dispose);
    connect(dispose, &QAction::triggered, this, [this] {
        if (!selectedEligible().empty() && m_dispose->isEnabled())
            emit disposeRequested();
    });

    connect(m_filter, &RetentionFilterBar::asOfChanged, this, [this](const QDate& day) {
        m_model->setAsOf(day);
        updateState();
    });
    connect(m_filter, &RetentionFilterBar::filtersChanged, this, &RetentionRecordsTab::applyFilter);
    connect(m_noMatch, &NoMatchHint::clearRequested, m_filter, &RetentionFilterBar::clear);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RetentionRecordsTab::updateState);
    connect(m_placeHold, &QPushButton::clicked, this, &RetentionRecordsTab::placeHoldRequested);
    connect(m_dispose, &QPushButton::clicked, this, &RetentionRecordsTab::disposeRequested);

    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_placeHold);
    setTabOrder(m_placeHold, m_dispose);
}

void RetentionRecordsTab::buildTable()
{
    m_table->setObjectName(QStringLiteral("retentionRecordTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RetentionRecordModel::KeepUntilColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    const int charWidth = fontMetrics().averageCharWidth();
    columns->setSectionResizeMode(RetentionRecordModel::RecordColumn, QHeaderView::Stretch);
    for (const int column :
         {int(RetentionRecordModel::TypeColumn), int(RetentionRecordModel::CreatedColumn),
          int(RetentionRecordModel::LastInEffectColumn), int(RetentionRecordModel::KeepUntilColumn),
          int(RetentionRecordModel::StatusColumn)})
        columns->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    columns->resizeSection(RetentionRecordModel::HoldColumn, charWidth * 28);
    columns->setStretchLastSection(false);
}

bool RetentionRecordsTab::reload()
{
    const std::optional<RetentionRecord> selected = selectedRecord();
    m_filter->setToday(m_program.clock().today());
    const bool read = m_model->reload();
    if (selected)
        selectRecord(selected->ref());
    updateState();
    return read;
}

void RetentionRecordsTab::applyFilter()
{
    m_proxy->setText(m_filter->text());
    m_proxy->setStatusKey(m_filter->statusKey());
    m_proxy->setRecordType(m_filter->recordType());
    updateState();
}

void RetentionRecordsTab::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const bool empty = total == 0 && m_model->lastError().isEmpty();
    const bool noMatch = !empty && shown == 0 && total > 0;
    if (noMatch)
        m_noMatch->setText(tr("No record matches these filters as of %1. Change them, or clear "
                              "them to see all %n record(s).",
                              nullptr, total)
                               .arg(isoDate(m_model->asOf())));
    m_stack->setCurrentIndex(empty ? FirstRunPage : noMatch ? NoMatchPage : TablePage);
    // Nothing to filter or count yet; a hold on a whole type can still be placed.
    m_filter->setVisible(!empty);
    m_summary->setVisible(!empty);
    m_filter->setCountText(shown == total ? QString()
                                          : tr("%L1 of %L2 shown").arg(shown).arg(total));

    QStringList counts;
    const std::map<RetentionStatus, int> byStatus = m_model->statusCounts();
    for (const RetentionStatus status :
         {RetentionStatus::InEffect, RetentionStatus::Retained, RetentionStatus::Eligible,
          RetentionStatus::OnHold, RetentionStatus::Discardable}) {
        const int count = byStatus.at(status);
        QString part = tr("%1: %L2").arg(retentionStatusLabel(status).toHtmlEscaped()).arg(count);
        if (count > 0 && status == RetentionStatus::Eligible)
            part = QStringLiteral("<b style=\"color:#2e7d32\">%1</b>").arg(part);
        else if (count > 0 && status == RetentionStatus::OnHold)
            part = QStringLiteral("<b style=\"color:#9a5b00\">%1</b>").arg(part);
        counts << part;
    }
    m_summary->setText(
        tr("As of %1: %2").arg(isoDate(m_model->asOf()), counts.join(QStringLiteral(" \u00b7 "))));

    const bool writable = m_program.isOpen() && !m_program.isReadOnly();
    m_placeHold->setEnabled(writable);

    const QDate today = m_program.clock().today();
    const std::vector<RetentionRecord> selected = selectedEligible();
    const std::vector<RetentionRecord> candidates = disposalCandidates();
    m_dispose->setText(selected.empty() ? tr("&Dispose of Eligible\u2026")
                                        : tr("&Dispose of Selected\u2026"));
    if (!writable) {
        m_dispose->setEnabled(false);
        m_dispose->setToolTip(tr("The file is open read-only"));
    } else if (m_model->asOf() > today) {
        m_dispose->setEnabled(false);
        m_dispose->setToolTip(tr("Records are disposed of only once their day has come: set "
                                 "“As of\u201d to today or earlier"));
    } else if (candidates.empty()) {
        m_dispose->setEnabled(false);
        m_dispose->setToolTip(
            tr("Nothing is past its retention period as of %1").arg(isoDate(m_model->asOf())));
    } else {
        m_dispose->setEnabled(true);
        m_dispose->setToolTip(selected.empty() ? tr("Dispose of the %n record(s) eligible as of %1",
                                                    nullptr, int(candidates.size()))
                                                     .arg(isoDate(m_model->asOf()))
                                               : tr("Dispose of the %n selected eligible record(s)",
                                                    nullptr, int(candidates.size())));
    }
}

std::optional<RetentionRecord> RetentionRecordsTab::selectedRecord() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QModelIndex current = m_table->selectionModel()->currentIndex();
    if (rows.size() == 1)
        current = rows.front();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return std::nullopt;
    const int row = m_proxy->mapToSource(current).row();
    if (row < 0)
        return std::nullopt;
    return m_model->recordAt(row);
}

std::vector<RetentionRecord> RetentionRecordsTab::selectedEligible() const
{
    std::vector<RetentionRecord> out;
    const std::vector<RetentionRecord> eligible = m_model->eligible();
    std::set<RecordRef> eligibleRefs;
    for (const RetentionRecord& record : eligible)
        eligibleRefs.insert(record.ref());
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0 && eligibleRefs.contains(m_model->recordAt(row).ref()))
            out.push_back(m_model->recordAt(row));
    }
    std::sort(out.begin(), out.end(),
              [](const RetentionRecord& a, const RetentionRecord& b) { return a.ref() < b.ref(); });
    return out;
}

std::vector<RetentionRecord> RetentionRecordsTab::disposalCandidates() const
{
    std::vector<RetentionRecord> selected = selectedEligible();
    return selected.empty() ? m_model->eligible() : selected;
}

bool RetentionRecordsTab::selectRecord(const RecordRef& ref)
{
    return TableRows::selectSourceRow(m_table, m_model->rowFor(ref));
}

bool RetentionRecordsTab::isShowingFirstRun() const
{
    return m_stack->currentIndex() == FirstRunPage;
}

bool RetentionRecordsTab::isShowingNoMatch() const
{
    return m_stack->currentIndex() == NoMatchPage;
}

} // namespace palisade::ui
