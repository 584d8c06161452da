#include "ui/audit/AuditTrailPage.h"

#include "core/audit/ChainVerification.h"
#include "core/program/Program.h"
#include "ui/audit/AuditEventDetailWidget.h"
#include "ui/audit/AuditFilterBar.h"
#include "ui/audit/AuditFilterProxyModel.h"
#include "ui/audit/AuditTableView.h"
#include "ui/audit/AuditTrailModel.h"
#include "ui/audit/AuditVerificationBanner.h"
#include "ui/audit/AuditVerificationRunner.h"
#include "ui/session/ClipboardGuard.h"
#include "ui/widgets/DeferredReload.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>
#include <exception>

namespace palisade::ui {

AuditTrailPage::AuditTrailPage(Program& program, ClipboardGuard& clipboard, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_clipboard(clipboard)
    , m_model(new AuditTrailModel(program.auditTrail(), this))
    , m_proxy(new AuditFilterProxyModel(this))
    , m_runner(new AuditVerificationRunner(program.auditTrail(), this))
    , m_filters(new AuditFilterBar(this))
    , m_table(new AuditTableView(this))
    , m_tableStack(new QStackedWidget(this))
    , m_emptyHint(new QLabel(this))
    , m_emptyClear(new QPushButton(tr("Clear Filters"), this))
    , m_detail(new AuditEventDetailWidget(clipboard, this))
    , m_banner(new AuditVerificationBanner(this))
    , m_verifyButton(new QPushButton(tr("&Verify Trail"), this))
    , m_reload(new DeferredReload(this, [this] { load(); }))
{
    qRegisterMetaType<palisade::ChainVerification>("palisade::ChainVerification");

    auto* title = new QLabel(tr("Audit trail"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Every change to this program file, in order. Each event is "
                                   "chained to the one before it by its hash, so any later edit "
                                   "shows up when the trail is verified."),
                                this);
    subtitle->setWordWrap(true);
    subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setToolTip(tr("Recompute every event's hash and check the chain"));
    m_verifyButton->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));

    auto* heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(title);
    heading->addWidget(subtitle);
    auto* header = new QHBoxLayout;
    header->addLayout(heading, 1);
    header->addWidget(m_verifyButton, 0, Qt::AlignBottom);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(AuditTrailModel::SeqColumn, Qt::DescendingOrder);
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(AuditTrailModel::SeqColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(AuditTrailModel::TimeColumn, QHeaderView::ResizeToContents);
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    columns->resizeSection(AuditTrailModel::ActorColumn, charWidth * 22);
    // Wide enough for the longest action label in the current language.
    int actionWidth = charWidth * 16;
    for (const QString& action : AuditTrailModel::knownActions()) {
        actionWidth = std::max(actionWidth, m_table->fontMetrics().horizontalAdvance(
                                                AuditTrailModel::actionLabel(action)) +
                                                charWidth * 3);
    }
    columns->resizeSection(AuditTrailModel::ActionColumn, actionWidth);
    columns->resizeSection(AuditTrailModel::RecordColumn, charWidth * 20);
    columns->setMinimumSectionSize(charWidth * 4);

    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyClear->setObjectName(QStringLiteral("emptyClearFilters"));
    auto* emptyPage = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyHint);
    emptyLayout->addWidget(m_emptyClear, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(emptyPage);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tableStack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_filters);
    layout->addWidget(splitter, 1);

    auto* find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, m_filters, &AuditFilterBar::focusSearch);

    connect(m_filters, &AuditFilterBar::filtersChanged, this, &AuditTrailPage::applyFilters);
    connect(m_emptyClear, &QPushButton::clicked, m_filters, &AuditFilterBar::clear);
    connect(m_table, &AuditTableView::copyRequested, this, &AuditTrailPage::copySelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditTrailPage::showCurrentEvent);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AuditTrailPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AuditTrailPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AuditTrailPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AuditTrailPage::updateEmptyState);

    connect(m_verifyButton, &QPushButton::clicked, this, &AuditTrailPage::startVerification);
    connect(m_banner, &AuditVerificationBanner::cancelRequested, m_runner,
            &AuditVerificationRunner::cancel);
    connect(m_runner, &AuditVerificationRunner::started, this,
            [this](qint64 total) { m_banner->showProgress(0, total); });
    connect(m_runner, &AuditVerificationRunner::progressed, m_banner,
            &AuditVerificationBanner::showProgress);
    connect(m_runner, &AuditVerificationRunner::finished, this, &AuditTrailPage::onVerified);
    connect(m_runner, &AuditVerificationRunner::failed, this, [this](const QString& message) {
        m_verifyButton->setEnabled(true);
        m_banner->showFailure(message);
    });

    connect(&program, &Program::changed, this, &AuditTrailPage::refresh);

    // A large program has a million events: they are read when the page is
    // first shown, and new ones when it is shown again after a change.
    m_reload->request();
}

AuditTrailPage::~AuditTrailPage()
{
    stopVerification();
}

void AuditTrailPage::startVerification()
{
    if (m_runner->isRunning() || !m_program.isOpen())
        return;
    m_verifyButton->setEnabled(false);
    m_runner->start();
}

void AuditTrailPage::stopVerification()
{
    if (!m_runner->isRunning())
        return;
    m_runner->stop();
    m_verifyButton->setEnabled(true);
    m_banner->hide();
}

bool AuditTrailPage::isVerifying() const
{
    return m_runner->isRunning();
}

void AuditTrailPage::copySelection()
{
    const QString text = m_table->selectedRowsAsText();
    if (!text.isEmpty())
        m_clipboard.copy(text);
}

void AuditTrailPage::refresh()
{
    // A change while verifying makes the result stale, and the change may be
    // the file being locked: stop the worker before the connection closes.
    if (m_runner->isRunning()) {
        m_runner->stop();
        m_verifyButton->setEnabled(true);
        m_banner->showNotice(tr("Verification stopped because a new event was recorded. Verify "
                                "again to check the whole trail."));
    }
    m_reload->request();
}

void AuditTrailPage::load()
{
    if (!m_program.isOpen())
        return;
    // The model reads the whole trail while it holds none of it, only the
    // new events afterwards.
    if (!m_model->refresh())
        m_emptyHint->setText(tr("The audit trail could not be read: %1").arg(m_model->lastError()));
    reloadChoices();
    updateEmptyState();
}

void AuditTrailPage::reloadChoices()
{
    if (!m_program.isOpen())
        return;
    const AuditTrail& trail = m_program.auditTrail();
    try {
        const QDate earliest =
            m_model->rowCount() > 0 ? m_model->eventAt(0).at.toLocalTime().date() : QDate();
        m_filters->setChoices(trail.actors(), trail.actions(), trail.entities(), earliest);
    } catch (const std::exception&) {
        // The table already reports a trail it cannot read; the choices stay as they were.
    }
}

void AuditTrailPage::applyFilters()
{
    m_proxy->setText(m_filters->text());
    m_proxy->setActor(m_filters->actor());
    m_proxy->setAction(m_filters->action());
    m_proxy->setEntity(m_filters->entity());
    m_proxy->setDateRange(m_filters->from(), m_filters->to());
    updateEmptyState();
    if (!m_table->selectionModel()->currentIndex().isValid())
        m_detail->clear();
}

void AuditTrailPage::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    if (empty) {
        if (!m_model->lastError().isEmpty()) {
            m_emptyHint->setText(
                tr("The audit trail could not be read: %1").arg(m_model->lastError()));
            m_emptyClear->hide();
        } else if (m_model->rowCount() == 0) {
            m_emptyHint->setText(tr("No events have been recorded yet. Every change made in "
                                    "Palisade will be listed here."));
            m_emptyClear->hide();
        } else {
            m_emptyHint->setText(tr("No events match these filters. Change the search or the "
                                    "choices above, or clear the filters to see all %L1 events.")
                                     .arg(m_model->rowCount()));
            m_emptyClear->show();
        }
    }
    m_tableStack->setCurrentIndex(empty ? 1 : 0);
}

void AuditTrailPage::showCurrentEvent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    m_detail->setAuditEvent(m_model->eventAt(source.row()));
}

void AuditTrailPage::onVerified(const ChainVerification& result)
{
    m_verifyButton->setEnabled(true);
    m_banner->showResult(result);
    if (!result.cancelled)
        m_model->setBrokenSeq(result.intact ? 0 : result.firstBrokenSeq);
    if (!result.intact && result.firstBrokenSeq > 0)
        selectSeq(result.firstBrokenSeq);
    emit verificationFinished(result);
}

void AuditTrailPage::selectSeq(qint64 seq)
{
    const int row = m_model->rowForSeq(seq);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filters->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

} // namespace palisade::ui
