#include "ui/risk/RiskPage.h"

#include "core/program/Program.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskHeatMapCounts.h"
#include "core/risk/RiskRegister.h"
#include "core/util/Clock.h"
#include "ui/io/ExportDialog.h"
#include "ui/io/ImportDialog.h"
#include "ui/risk/RiskDetailPanel.h"
#include "ui/risk/RiskEditorDialog.h"
#include "ui/risk/RiskFilterBar.h"
#include "ui/risk/RiskFilterProxyModel.h"
#include "ui/risk/RiskHeatMapWidget.h"
#include "ui/risk/RiskMatrixDialog.h"
#include "ui/risk/RiskTableModel.h"
#include "ui/shell/PageHeader.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/NoMatchHint.h"

#include <QAction>
#include <QCalendarWidget>
#include <QCollator>
#include <QFrame>
#include <QHBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <QWidgetAction>
#include <algorithm>
#include <memory>
#include <set>

namespace palisade::ui {
namespace {

QString longDate(const QDate& day)
{
    return QLocale().toString(day, QLocale::LongFormat);
}

} // namespace

RiskPage::RiskPage(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_model(new RiskTableModel(this))
    , m_proxy(new RiskFilterProxyModel(this))
    , m_header(new PageHeader(tr("Risks"),
                              tr("The risk analysis and risk management plan: what could harm "
                                 "the electronic protected health information you hold, how "
                                 "likely and how bad it would be, and what is being done."),
                              this))
    , m_pageStack(new QStackedWidget(this))
    , m_tableStack(new QStackedWidget(this))
    , m_asOfBar(new QWidget(this))
    , m_asOfBanner(new MessageBanner(this))
    , m_errorBanner(new MessageBanner(this))
    , m_filters(new RiskFilterBar(this))
    , m_table(new QTableView(this))
    , m_noMatch(new NoMatchHint(tr("Clear Filters"), this))
    , m_heatMap(new RiskHeatMapWidget(this))
    , m_detail(new RiskDetailPanel(this))
    , m_newAction(new QAction(tr("New Risk"), this))
{
    setObjectName(QStringLiteral("riskPage"));

    auto* toolbar = new QWidget(this);
    buildToolbar(toolbar);

    m_asOfBanner->setObjectName(QStringLiteral("asOfBanner"));
    m_currentButton = new QPushButton(tr("Back to &Current Register"), m_asOfBar);
    m_currentButton->setObjectName(QStringLiteral("backToCurrent"));
    auto* asOfLayout = new QHBoxLayout(m_asOfBar);
    asOfLayout->setContentsMargins(0, 0, 0, 0);
    asOfLayout->addWidget(m_asOfBanner, 1);
    asOfLayout->addWidget(m_currentButton, 0, Qt::AlignVCenter);
    m_asOfBar->hide();
    m_errorBanner->setObjectName(QStringLiteral("riskErrorBanner"));

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("riskTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->sortByColumn(RiskTableModel::InherentColumn, Qt::DescendingOrder);
    m_table->setAccessibleName(tr("Risk register"));
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setHighlightSections(false);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int pad = metrics.averageCharWidth() * 3;
    const int icon = m_table->iconSize().isValid() && !m_table->iconSize().isEmpty()
                         ? m_table->iconSize().width()
                         : style()->pixelMetric(QStyle::PM_SmallIconSize);
    const auto widest = [&](const QStringList& texts) {
        int width = 0;
        for (const QString& text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + pad;
    };
    const auto headerWidth = [&](int column) {
        return metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) +
               pad + style()->pixelMetric(QStyle::PM_HeaderMarkSize);
    };
    QStringList statuses, levels, treatments;
    for (const RiskStatus status : allRiskStatuses())
        statuses << riskStatusLabel(status);
    for (const RiskLevel level : allRiskLevels())
        levels << riskLevelLabel(level);
    levels << tr("Not rated");
    for (const RiskTreatment treatment : allRiskTreatments())
        treatments << riskTreatmentLabel(treatment);
    const int dateWidth = widest({QStringLiteral("2026-12-31")});
    QFont bold = m_table->font();
    bold.setBold(true);
    const int boldExtra = QFontMetrics(bold).horizontalAdvance(QStringLiteral("2026-12-31")) -
                          metrics.horizontalAdvance(QStringLiteral("2026-12-31"));
    const std::map<int, int> widths = {
        {RiskTableModel::RefColumn, std::max(headerWidth(RiskTableModel::RefColumn),
                                             widest({QStringLiteral("R-00000")}) + icon + 4)},
        {RiskTableModel::OwnerColumn, metrics.averageCharWidth() * 19},
        {RiskTableModel::StatusColumn,
         std::max(headerWidth(RiskTableModel::StatusColumn), widest(statuses) + boldExtra)},
        {RiskTableModel::InherentColumn, std::max(headerWidth(RiskTableModel::InherentColumn),
                                                  widest(levels) + icon + 4 + boldExtra)},
        {RiskTableModel::ResidualColumn, std::max(headerWidth(RiskTableModel::ResidualColumn),
                                                  widest(levels) + icon + 4 + boldExtra)},
        {RiskTableModel::TreatmentColumn,
         std::max(headerWidth(RiskTableModel::TreatmentColumn), widest(treatments))},
        {RiskTableModel::DueColumn,
         std::max(headerWidth(RiskTableModel::DueColumn), dateWidth + boldExtra)},
        {RiskTableModel::ReviewColumn,
         std::max(headerWidth(RiskTableModel::ReviewColumn), dateWidth + boldExtra)},
        {RiskTableModel::TasksColumn, headerWidth(RiskTableModel::TasksColumn)},
    };
    for (const auto& [column, width] : widths)
        columns->resizeSection(column, width);
    columns->setMinimumSectionSize(metrics.averageCharWidth() * 5);
    m_table->verticalHeader()->setDefaultSectionSize(std::max(metrics.height(), icon) +
                                                     metrics.height() / 2);
    m_table->viewport()->installEventFilter(this);
    connect(columns, &QHeaderView::sectionResized, this, [this](int column) {
        if (column != RiskTableModel::TitleColumn)
            fitTitleColumn();
    });

    m_noMatch->setObjectName(QStringLiteral("noMatchHint"));
    m_noMatch->clearButton()->setObjectName(QStringLiteral("noMatchClearFilters"));
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_noMatch);

    m_heatMap->setObjectName(QStringLiteral("riskHeatMap"));
    m_heatMap->setToolTip(tr("Click a cell to show only its risks; click it again to show all"));

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->setObjectName(QStringLiteral("riskLowerSplitter"));
    lower->setChildrenCollapsible(false);
    lower->addWidget(m_heatMap);
    lower->addWidget(m_detail);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    // Proportions only: the map keeps its two grids readable and the details
    // get room for their labels.
    lower->setSizes({540, 500});

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("riskSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tableStack);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({500, 440});

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(m_filters);
    contentLayout->addWidget(splitter, 1);

    m_pageStack->addWidget(content);
    m_pageStack->addWidget(buildEmptyState());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(toolbar);
    layout->addWidget(m_asOfBar);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_pageStack, 1);

    auto* find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, m_filters, &RiskFilterBar::focusSearch);

    m_newAction->setObjectName(QStringLiteral("newRiskAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newAction);
    connect(m_newAction, &QAction::triggered, this, &RiskPage::newRisk);

    connect(m_filters, &RiskFilterBar::filtersChanged, this, &RiskPage::applyFilters);
    connect(m_filters, &RiskFilterBar::heatMapCellCleared, m_heatMap,
            &RiskHeatMapWidget::clearSelection);
    connect(m_noMatch, &NoMatchHint::clearRequested, m_filters, &RiskFilterBar::clear);
    connect(m_heatMap, &RiskHeatMapWidget::cellActivated, this, &RiskPage::onHeatMapCell);
    connect(m_heatMap, &RiskHeatMapWidget::selectionCleared, this, &RiskPage::onHeatMapCleared);
    connect(m_table, &QTableView::activated, this, &RiskPage::editCurrentRisk);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RiskPage::showCurrentRisk);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &RiskPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RiskPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RiskPage::updateState);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &RiskPage::showCurrentRisk);
    connect(m_currentButton, &QPushButton::clicked, this, &RiskPage::showCurrent);

    connect(&program.risks(), &RiskRegister::risksChanged, this, &RiskPage::reload);
    connect(&program.assets(), &AssetRegister::assetsChanged, this, &RiskPage::reload);

    setTabOrder(m_newButton, m_editButton);
    setTabOrder(m_editButton, m_importButton);
    setTabOrder(m_importButton, m_exportButton);
    setTabOrder(m_exportButton, m_matrixButton);
    setTabOrder(m_matrixButton, m_asOfButton);
    setTabOrder(m_asOfButton, m_currentButton);
    setTabOrder(m_currentButton, m_filters);
    setTabOrder(m_filters, m_table);
    setTabOrder(m_table, m_noMatch->clearButton());
    setTabOrder(m_noMatch->clearButton(), m_heatMap);
    setTabOrder(m_heatMap, m_detail);
    setTabOrder(m_detail, m_emptyAdd);
    setTabOrder(m_emptyAdd, m_emptyImport);

    reload();
}

void RiskPage::buildToolbar(QWidget* bar)
{
    m_newButton = new QPushButton(tr("&New Risk"), bar);
    m_newButton->setObjectName(QStringLiteral("newRiskButton"));
    m_newButton->setToolTip(tr("Add a risk to the register (%1)")
                                .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    m_newButton->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_editButton = new QPushButton(tr("&Edit\u2026"), bar);
    m_editButton->setObjectName(QStringLiteral("editRiskButton"));
    m_editButton->setToolTip(
        tr("Open the selected risk with its tasks and history (Enter or double-click)"));
    m_importButton = new QPushButton(tr("&Import\u2026"), bar);
    m_importButton->setObjectName(QStringLiteral("importRisksButton"));
    m_importButton->setToolTip(tr("Add risks from a CSV file"));
    m_exportButton = new QPushButton(tr("E&xport\u2026"), bar);
    m_exportButton->setObjectName(QStringLiteral("exportRisksButton"));
    m_exportButton->setToolTip(tr("Save the register as CSV or Excel"));
    m_matrixButton = new QPushButton(tr("Risk &Matrix\u2026"), bar);
    m_matrixButton->setObjectName(QStringLiteral("riskMatrixButton"));
    m_matrixButton->setToolTip(tr("Change how likelihood and impact combine into a risk level"));
    m_asOfButton = new QPushButton(tr("View &As Of\u2026"), bar);
    m_asOfButton->setObjectName(QStringLiteral("asOfButton"));
    m_asOfButton->setToolTip(tr("Show the register as it stood on a past day, read-only"));

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_newButton);
    layout->addWidget(m_editButton);
    layout->addSpacing(8);
    layout->addWidget(m_importButton);
    layout->addWidget(m_exportButton);
    layout->addSpacing(8);
    layout->addWidget(m_matrixButton);
    layout->addStretch(1);
    layout->addWidget(m_asOfButton);

    connect(m_newButton, &QPushButton::clicked, this, &RiskPage::newRisk);
    connect(m_editButton, &QPushButton::clicked, this, &RiskPage::editCurrentRisk);
    connect(m_importButton, &QPushButton::clicked, this, &RiskPage::importRisks);
    connect(m_exportButton, &QPushButton::clicked, this, &RiskPage::exportRisks);
    connect(m_matrixButton, &QPushButton::clicked, this, &RiskPage::editMatrix);
    connect(m_asOfButton, &QPushButton::clicked, this, &RiskPage::chooseAsOf);
}

QWidget* RiskPage::buildEmptyState()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("riskEmptyState"));
    auto* card = new QFrame(page);
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(680);
    card->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto* heading = new QLabel(tr("No risks recorded yet"), card);
    heading->setObjectName(QStringLiteral("emptyHeading"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);

    auto* what = new QLabel(
        tr("A risk analysis lists what could go wrong with the electronic protected health "
           "information you create, receive, keep or send, rates how likely and how harmful each "
           "risk is, and records what you are doing about it; the Security Rule requires one."),
        card);
    what->setObjectName(QStringLiteral("emptyExplanation"));
    what->setWordWrap(true);
    auto* first = new QLabel(tr("Start with what worries you most, such as a lost laptop or a "
                                "phishing email, or import an existing spreadsheet."),
                             card);
    first->setWordWrap(true);
    first->setForegroundRole(QPalette::PlaceholderText);

    m_emptyAdd = new QPushButton(tr("Add the First Risk\u2026"), card);
    m_emptyAdd->setObjectName(QStringLiteral("emptyAddRisk"));
    m_emptyAdd->setDefault(true);
    m_emptyImport = new QPushButton(tr("Import from CSV\u2026"), card);
    m_emptyImport->setObjectName(QStringLiteral("emptyImport"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_emptyAdd);
    buttons->addWidget(m_emptyImport);
    buttons->addStretch(1);

    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(20, 18, 20, 18);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(heading);
    cardLayout->addWidget(what);
    cardLayout->addWidget(first);
    cardLayout->addSpacing(4);
    cardLayout->addLayout(buttons);

    auto* row = new QHBoxLayout;
    row->addWidget(card, 2);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(row);
    layout->addStretch(1);

    connect(m_emptyAdd, &QPushButton::clicked, this, &RiskPage::newRisk);
    connect(m_emptyImport, &QPushButton::clicked, this, &RiskPage::importRisks);
    return page;
}

void RiskPage::reload()
{
    if (!m_program.isOpen())
        return;
    std::vector<Risk> risks;
    std::vector<Asset> assets;
    RiskMatrix matrix;
    QDate today = m_program.clock().today();
    if (m_asOf.isValid()) {
        Result<RiskRegisterSnapshot> snapshot = m_program.risks().asOf(m_asOf);
        if (!snapshot) {
            showError(snapshot.error().message);
            return;
        }
        m_snapshot = std::move(*snapshot);
        risks = m_snapshot->risks;
        m_tasks = m_snapshot->tasks;
        assets = m_snapshot->assets;
        matrix = m_snapshot->matrix;
        today = m_asOf;
    } else {
        m_snapshot.reset();
        RiskRegister& register_ = m_program.risks();
        Result<std::vector<Risk>> all = register_.risks();
        Result<std::vector<RemediationTask>> tasks = register_.allTasks();
        Result<std::vector<Asset>> assetList = m_program.assets().assets();
        Result<RiskMatrix> current = register_.matrix();
        for (const QString& problem :
             {all ? QString() : all.error().message, tasks ? QString() : tasks.error().message,
              assetList ? QString() : assetList.error().message,
              current ? QString() : current.error().message}) {
            if (!problem.isEmpty()) {
                showError(problem);
                return;
            }
        }
        risks = std::move(*all);
        m_tasks = std::move(*tasks);
        assets = std::move(*assetList);
        matrix = *current;
    }
    m_errorBanner->clearMessage();
    m_assetNames.clear();
    for (const Asset& asset : assets)
        m_assetNames.emplace(asset.id, asset.name);
    m_model->setRisks(std::move(risks), m_tasks, today);
    RiskHeatMapCounts inherent;
    RiskHeatMapCounts residual;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Risk& risk = m_model->riskAt(row);
        inherent.add(risk.inherent.likelihood, risk.inherent.impact);
        if (risk.residual)
            residual.add(risk.residual->likelihood, risk.residual->impact);
    }
    m_heatMap->setData(matrix, inherent, residual);
    updateOwners();
    updateState();
    showCurrentRisk();
}

void RiskPage::showError(const QString& message)
{
    m_errorBanner->showMessage(MessageBanner::Kind::Error,
                               tr("The risk register could not be read: %1").arg(message));
}

bool RiskPage::showAsOf(const QDate& day)
{
    if (!day.isValid())
        return false;
    const QDate today = m_program.clock().today();
    if (day >= today) {
        showCurrent();
        return true;
    }
    const Result<RiskRegisterSnapshot> probe = m_program.risks().asOf(day);
    if (!probe) {
        showError(probe.error().message);
        return false;
    }
    m_asOf = day;
    QString shown =
        tr("Showing the register as it stood on %1 \u2014 read-only.").arg(longDate(day));
    if (probe->disposedRecords > 0) {
        shown += QLatin1Char(' ') +
                 tr("%n record(s) of that day have since been disposed of after their retention "
                    "period and are not shown.",
                    nullptr, int(probe->disposedRecords));
    }
    m_asOfBanner->showMessage(MessageBanner::Kind::Information, shown);
    m_asOfBar->show();
    reload();
    return true;
}

void RiskPage::showCurrent()
{
    if (!m_asOf.isValid())
        return;
    m_asOf = QDate();
    m_snapshot.reset();
    m_asOfBar->hide();
    m_asOfBanner->clearMessage();
    reload();
}

bool RiskPage::isReadOnly() const
{
    return m_asOf.isValid() || m_program.isReadOnly();
}

bool RiskPage::isEmptyStateVisible() const
{
    return m_pageStack->currentIndex() == 1;
}

QString RiskPage::asOfBannerText() const
{
    return m_asOfBar->isHidden() ? QString() : m_asOfBanner->text();
}

qint64 RiskPage::currentRiskId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RiskTableModel::IdRole).toLongLong() : 0;
}

bool RiskPage::selectRisk(qint64 id)
{
    const int row = m_model->rowForId(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filters->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void RiskPage::newRisk()
{
    if (!isReadOnly())
        openEditor(std::nullopt);
}

void RiskPage::editCurrentRisk()
{
    const qint64 id = currentRiskId();
    if (id != 0)
        openEditor(id);
}

void RiskPage::openEditor(std::optional<qint64> riskId)
{
    if (m_snapshot) {
        // A past day: the risk as it stood then, read-only.
        if (!riskId)
            return;
        std::unique_ptr<RiskEditorDialog> viewer(
            RiskEditorDialog::forSnapshot(m_program, *m_snapshot, *riskId, this));
        if (viewer)
            viewer->exec();
        return;
    }
    if (m_program.isReadOnly())
        return;
    RiskEditorDialog editor(m_program, riskId, this);
    if (editor.exec() == QDialog::Accepted && editor.savedRisk().id != 0)
        selectRisk(editor.savedRisk().id);
}

void RiskPage::importRisks()
{
    if (isReadOnly())
        return;
    // The register signals the added risks, and the page reloads from that.
    ImportDialog dialog(m_program, DataSubject::Risks, this);
    dialog.exec();
}

void RiskPage::exportRisks()
{
    ExportDialog dialog(m_program, DataSubject::Risks, this);
    if (m_asOf.isValid())
        dialog.setAsOf(m_asOf);
    dialog.exec();
}

void RiskPage::editMatrix()
{
    if (isReadOnly())
        return;
    Result<RiskMatrix> current = m_program.risks().matrix();
    if (!current) {
        showError(current.error().message);
        return;
    }
    RiskMatrixDialog dialog(*current, this);
    if (dialog.exec() != QDialog::Accepted || dialog.matrix() == *current)
        return;
    const Result<void> saved = m_program.risks().setMatrix(dialog.matrix());
    if (!saved)
        QMessageBox::warning(this, tr("Risk Matrix Not Saved"), saved.error().message);
}

void RiskPage::chooseAsOf()
{
    QMenu menu(this);
    auto* calendar = new QCalendarWidget(&menu);
    calendar->setObjectName(QStringLiteral("asOfCalendar"));
    const QDate today = m_program.clock().today();
    const QDate created = m_program.profile().createdAt.isValid()
                              ? m_program.profile().createdAt.toLocalTime().date()
                              : today.addYears(-6);
    calendar->setDateRange(std::min(created, today), today);
    calendar->setSelectedDate(m_asOf.isValid() ? m_asOf : today.addDays(-1));
    calendar->setGridVisible(false);
    auto* action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    QDate chosen;
    connect(calendar, &QCalendarWidget::activated, &menu, [&menu, &chosen](const QDate& day) {
        chosen = day;
        menu.close();
    });
    connect(calendar, &QCalendarWidget::clicked, &menu, [&menu, &chosen](const QDate& day) {
        chosen = day;
        menu.close();
    });
    calendar->setFocus();
    menu.exec(m_asOfButton->mapToGlobal(QPoint(0, m_asOfButton->height())));
    if (chosen.isValid())
        showAsOf(chosen);
}

void RiskPage::applyFilters()
{
    m_proxy->setText(m_filters->text());
    m_proxy->setStatuses(m_filters->statuses());
    m_proxy->setOwner(m_filters->owner());
    m_proxy->setMinimumLevel(m_filters->minimumLevel());
    m_proxy->setOverdueOnly(m_filters->overdueOnly());
    updateState();
}

void RiskPage::onHeatMapCell(bool residual, RiskLevel likelihood, RiskLevel impact)
{
    m_proxy->setHeatMapCell(RiskFilterProxyModel::HeatMapCell{residual, likelihood, impact});
    const QString map = residual ? tr("Residual") : tr("Inherent");
    m_filters->setHeatMapCellText(
        tr("%1: likelihood %2, impact %3")
            .arg(map, riskLevelLabel(likelihood), riskLevelLabel(impact)));
    updateState();
}

void RiskPage::onHeatMapCleared()
{
    m_proxy->setHeatMapCell(std::nullopt);
    m_filters->setHeatMapCellText({});
    updateState();
}

void RiskPage::updateOwners()
{
    std::set<QString> distinct;
    for (int row = 0; row < m_model->rowCount(); ++row)
        distinct.insert(m_model->riskAt(row).owner);
    QStringList owners(distinct.begin(), distinct.end());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(owners.begin(), owners.end(), collator);
    m_filters->setOwners(owners);
}

void RiskPage::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_filters->setCounts(shown, total);

    const bool firstRun = total == 0 && !m_asOf.isValid() && m_errorBanner->text().isEmpty();
    m_pageStack->setCurrentIndex(firstRun ? 1 : 0);
    if (shown == 0 && !firstRun) {
        if (total == 0) {
            m_noMatch->setText(
                m_asOf.isValid()
                    ? tr("No risks had been recorded by the end of %1.").arg(longDate(m_asOf))
                    : tr("The risk register could not be read."));
            m_noMatch->setClearVisible(false);
        } else {
            m_noMatch->setText(tr("No risks match these filters. Change the search or the choices "
                                  "above, or clear the filters to see all %Ln risk(s).",
                                  nullptr, total));
            m_noMatch->setClearVisible(true);
        }
    }
    m_tableStack->setCurrentIndex(shown == 0 ? 1 : 0);

    const bool readOnly = isReadOnly();
    const QString pastDay = tr("Not available while a past day is shown");
    m_newAction->setEnabled(!readOnly);
    for (QPushButton* button :
         {m_newButton, m_importButton, m_matrixButton, m_emptyAdd, m_emptyImport}) {
        button->setEnabled(!readOnly);
    }
    m_editButton->setText(readOnly ? tr("&View\u2026") : tr("&Edit\u2026"));
    m_editButton->setEnabled((!readOnly || m_snapshot) && currentRiskId() != 0);
    m_exportButton->setEnabled(total > 0);
    m_matrixButton->setStatusTip(m_asOf.isValid() ? pastDay : QString());
}

void RiskPage::showCurrentRisk()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_editButton->setEnabled((!isReadOnly() || m_snapshot) && current.isValid());
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    const RiskTableModel::Row& entry = m_model->rowAt(row);
    std::vector<RemediationTask> tasks;
    for (const RemediationTask& task : m_tasks) {
        if (task.riskId == entry.risk.id)
            tasks.push_back(task);
    }
    QStringList assets;
    for (const qint64 id : entry.risk.assetIds) {
        const auto found = m_assetNames.find(id);
        assets << (found != m_assetNames.end() ? found->second : tr("Asset #%1").arg(id));
    }
    m_detail->setRisk(entry.risk, tasks, entry.attention, assets, m_model->today());
}

bool RiskPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitTitleColumn();
    return QWidget::eventFilter(watched, event);
}

void RiskPage::fitTitleColumn()
{
    QHeaderView* columns = m_table->horizontalHeader();
    int others = 0;
    for (int column = 0; column < columns->count(); ++column) {
        if (column != RiskTableModel::TitleColumn)
            others += columns->sectionSize(column);
    }
    const int readable = m_table->fontMetrics().averageCharWidth() * 32;
    columns->resizeSection(RiskTableModel::TitleColumn,
                           std::max(readable, m_table->viewport()->width() - others));
}

} // namespace palisade::ui
