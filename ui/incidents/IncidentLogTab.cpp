#include "ui/incidents/IncidentLogTab.h"

#include "core/incidents/BreachStatus.h"
#include "core/program/Program.h"
#include "ui/incidents/IncidentDetailPanel.h"
#include "ui/incidents/IncidentFilterProxyModel.h"
#include "ui/incidents/IncidentTableModel.h"
#include "ui/incidents/IncidentTableRoles.h"
#include "ui/widgets/FirstRunPanel.h"
#include "ui/widgets/NoMatchHint.h"
#include "ui/widgets/PageShortcuts.h"
#include "ui/widgets/RecordTable.h"
#include "ui/widgets/TableRows.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <iterator>

namespace palisade::ui {

IncidentLogTab::IncidentLogTab(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_model(new IncidentTableModel(program, this))
    , m_proxy(new IncidentFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_shown(new QComboBox(this))
    , m_breachStatus(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_tableStack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_noMatch(new NoMatchHint(tr("Clear Filters"), this))
    , m_detail(new IncidentDetailPanel(program, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_empty(new FirstRunPanel(
          tr("No incidents recorded"),
          tr("When something happens \u2014 a misdirected fax, a lost laptop, a phishing email "
             "that worked \u2014 press Report Incident\u2026 The program presumes a breach until "
             "the four-factor assessment is documented, and counts down every notice owed from "
             "the day it was discovered."),
          this))
    , m_emptyReport(new QPushButton(tr("&Report Incident\u2026"), this))
{
    setObjectName(QStringLiteral("incidentLogTab"));
    m_search->setObjectName(QStringLiteral("incidentSearch"));
    m_search->setPlaceholderText(
        tr("Find by reference, title, what happened, reporter or handler"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find incidents"));
    m_shown->setObjectName(QStringLiteral("incidentShownFilter"));
    m_shown->setAccessibleName(tr("Open or closed"));
    m_shown->addItem(tr("Open incidents"), int(IncidentFilterProxyModel::Shown::Open));
    m_shown->addItem(tr("All incidents"), int(IncidentFilterProxyModel::Shown::All));
    m_shown->addItem(tr("Closed incidents"), int(IncidentFilterProxyModel::Shown::Closed));
    m_breachStatus->setObjectName(QStringLiteral("incidentBreachStatusFilter"));
    m_breachStatus->setAccessibleName(tr("Breach status"));
    m_breachStatus->addItem(tr("Any breach status"), QString());
    for (const BreachStatus status : allBreachStatuss())
        m_breachStatus->addItem(breachStatusLabel(status), breachStatusKey(status));
    m_count->setObjectName(QStringLiteral("incidentShownCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setObjectName(QStringLiteral("incidentEmptyState"));
    m_emptyReport->setObjectName(QStringLiteral("reportFirstIncidentButton"));
    m_empty->addButton(m_emptyReport);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_shown);
    filters->addWidget(m_breachStatus);
    filters->addWidget(m_count);

    buildTable();
    m_noMatch->setObjectName(QStringLiteral("incidentNoMatch"));
    m_noMatch->clearButton()->setObjectName(QStringLiteral("clearIncidentFiltersHint"));
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_noMatch);

    m_splitter->setObjectName(QStringLiteral("incidentSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tableStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({640, 460});

    auto* log = new QWidget(this);
    auto* logLayout = new QVBoxLayout(log);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->setSpacing(8);
    logLayout->addLayout(filters);
    logLayout->addWidget(m_splitter, 1);
    m_stack->addWidget(log);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_stack);

    setTabOrder(m_search, m_shown);
    setTabOrder(m_shown, m_breachStatus);
    setTabOrder(m_breachStatus, m_table);
    setTabOrder(m_table, m_detail);

    PageShortcuts::addFind(this, m_search, tr("Find"));
    connect(m_table, &QTableView::activated, this,
            [this] { emit editRequested(selectedIncidentId()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IncidentLogTab::showSelected);
    connect(m_detail, &IncidentDetailPanel::editRequested, this, &IncidentLogTab::editRequested);
    connect(m_search, &QLineEdit::textChanged, this, &IncidentLogTab::applyFilter);
    connect(m_shown, &QComboBox::currentIndexChanged, this, &IncidentLogTab::applyFilter);
    connect(m_breachStatus, &QComboBox::currentIndexChanged, this, &IncidentLogTab::applyFilter);
    connect(m_noMatch, &NoMatchHint::clearRequested, this, &IncidentLogTab::clearFilters);
    connect(m_emptyReport, &QPushButton::clicked, this, &IncidentLogTab::reportRequested);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &IncidentLogTab::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &IncidentLogTab::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &IncidentLogTab::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &IncidentLogTab::updateState);

    applyFilter();
    reload();
}

void IncidentLogTab::buildTable()
{
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("incidentTable"));
    RecordTable::setUp(m_table, m_proxy, IncidentTableModel::NextDeadlineColumn);
    m_table->setAccessibleName(tr("Incidents"));
    // What an officer under pressure looks for comes first: the title, the
    // countdown and whether it is a breach; the rest follows and scrolls.
    // Title and kind show in full on hover.
    RecordTable::fitColumns(m_table, IncidentTableModel::TitleColumn);
    QHeaderView* columns = m_table->horizontalHeader();
    const int order[] = {
        IncidentTableModel::ReferenceColumn,    IncidentTableModel::TitleColumn,
        IncidentTableModel::NextDeadlineColumn, IncidentTableModel::BreachStatusColumn,
        IncidentTableModel::AffectedColumn,     IncidentTableModel::DiscoveredColumn,
        IncidentTableModel::KindColumn,         IncidentTableModel::StatusColumn};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        columns->moveSection(columns->visualIndex(order[visual]), visual);
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    columns->setSectionResizeMode(IncidentTableModel::TitleColumn, QHeaderView::Interactive);
    columns->resizeSection(IncidentTableModel::TitleColumn, charWidth * 26);
    columns->setSectionResizeMode(IncidentTableModel::KindColumn, QHeaderView::Interactive);
    columns->resizeSection(IncidentTableModel::KindColumn, charWidth * 16);
    columns->setStretchLastSection(true);
    columns->setMinimumSectionSize(charWidth * 6);
}

void IncidentLogTab::reload()
{
    if (!m_program.isOpen())
        return;
    const qint64 selected = selectedIncidentId();
    {
        const QSignalBlocker quiet(m_table->selectionModel());
        m_model->reload();
        // The first time there are incidents to show, the most pressing one
        // is open, so the page never starts blank beside a full table.
        if (!TableRows::selectSourceRow(m_table, m_model->rowForId(selected)) && !m_shownOnce &&
            m_proxy->rowCount() > 0)
            m_table->selectRow(0);
        m_shownOnce = m_shownOnce || m_proxy->rowCount() > 0;
    }
    showSelected();
}

void IncidentLogTab::applyFilter()
{
    m_proxy->setText(m_search->text());
    m_proxy->setShown(IncidentFilterProxyModel::Shown(m_shown->currentData().toInt()));
    m_proxy->setBreachStatusKey(m_breachStatus->currentData().toString());
    updateState();
    if (selectedIncidentId() != m_detail->incidentId())
        showSelected();
}

void IncidentLogTab::clearFilters()
{
    m_search->clear();
    m_shown->setCurrentIndex(m_shown->findData(int(IncidentFilterProxyModel::Shown::All)));
    m_breachStatus->setCurrentIndex(0);
}

void IncidentLogTab::showSelected()
{
    const qint64 id = selectedIncidentId();
    if (id != m_detail->incidentId())
        m_detail->setIncident(id);
    else
        m_detail->refresh();
    updateState();
    emit selectionChanged(id);
}

void IncidentLogTab::updateState()
{
    const int total = m_model->rowCount();
    const bool empty = total == 0 && m_model->lastError().isEmpty();
    m_stack->setCurrentIndex(empty ? 1 : 0);
    m_emptyReport->setEnabled(m_program.isOpen() && !m_program.isReadOnly());
    const int shown = m_proxy->rowCount();
    const bool noMatch = shown == 0 && total > 0;
    if (noMatch) {
        const bool onlyClosedHidden = m_proxy->shown() == IncidentFilterProxyModel::Shown::Open &&
                                      m_search->text().trimmed().isEmpty() &&
                                      m_breachStatus->currentIndex() == 0;
        m_noMatch->setText(onlyClosedHidden
                               ? tr("No incident is open. The %n closed incident(s) show under "
                                    "\u201c" "All incidents\u201d.",
                                    nullptr, total)
                               : tr("No incident matches these filters. Change them, or clear "
                                    "them to see all %n incident(s).",
                                    nullptr, total));
    }
    m_tableStack->setCurrentIndex(noMatch ? 1 : 0);
    m_count->setText(shown == total ? QString() : tr("%L1 of %L2 shown").arg(shown).arg(total));
}

qint64 IncidentLogTab::selectedIncidentId() const
{
    return TableRows::currentData(m_table, incidentrole::IdRole).toLongLong();
}

bool IncidentLogTab::selectIncident(qint64 id)
{
    const int row = m_model->rowForId(id);
    if (row < 0)
        return false;
    if (!TableRows::selectSourceRow(m_table, row)) {
        clearFilters();
        return TableRows::selectSourceRow(m_table, row);
    }
    return true;
}

bool IncidentLogTab::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

bool IncidentLogTab::isShowingNoMatch() const
{
    return !isShowingEmptyState() && m_tableStack->currentIndex() == 1;
}

} // namespace palisade::ui
