#include "ui/retention/LegalHoldsTab.h"

#include "core/program/Program.h"
#include "ui/retention/LegalHoldModel.h"
#include "ui/retention/RetentionRoles.h"
#include "ui/widgets/FirstRunPanel.h"
#include "ui/widgets/NoMatchHint.h"
#include "ui/widgets/TableRows.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {
namespace {

enum Page
{
    TablePage,
    ReleasedHintPage,
    FirstRunPage,
};

} // namespace

LegalHoldsTab::LegalHoldsTab(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_model(new LegalHoldModel(program, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_showReleased(new QCheckBox(tr("Show r&eleased holds"), this))
    , m_table(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_releasedHint(new NoMatchHint(tr("Show Released Holds"), this))
    , m_firstRun(new FirstRunPanel(
          tr("No legal holds"),
          tr("A legal hold keeps records past their six years, and keeps them from deletion, "
             "while they may be needed: litigation that is pending or reasonably expected, a "
             "government investigation, or an audit. Hold one record, or every record of a type, "
             "including those added while the hold lasts. Release the hold, with a reason, when "
             "the matter is closed."),
          this))
    , m_firstPlaceHold(new QPushButton(tr("Place Legal Hold\u2026"), this))
    , m_placeHold(new QPushButton(tr("Place Legal &Hold\u2026"), this))
    , m_release(new QPushButton(tr("&Release\u2026"), this))
{
    setObjectName(QStringLiteral("legalHoldsTab"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(retentionrole::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    buildTable();

    m_showReleased->setObjectName(QStringLiteral("showReleasedHolds"));
    m_showReleased->setToolTip(tr("Also list holds that were released, with who released them "
                                  "and why"));
    m_releasedHint->setObjectName(QStringLiteral("releasedHoldsHint"));
    m_firstRun->setObjectName(QStringLiteral("legalHoldsFirstRun"));
    m_firstPlaceHold->setObjectName(QStringLiteral("firstPlaceHoldButton"));
    m_firstRun->addButton(m_firstPlaceHold);
    m_placeHold->setObjectName(QStringLiteral("holdsPlaceHoldButton"));
    m_release->setObjectName(QStringLiteral("releaseHoldButton"));
    m_release->setToolTip(tr("Release the selected hold, saying why"));

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_releasedHint);
    m_stack->addWidget(m_firstRun);

    auto* top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_showReleased);
    top->addStretch(1);
    top->addWidget(m_placeHold);
    top->addWidget(m_release);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    auto* release = new QAction(tr("Release"), m_table);
    release->setShortcut(QKeySequence::Delete);
    release->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(release);
    connect(release, &QAction::triggered, this, [this] {
        if (m_release->isEnabled())
            emit releaseRequested();
    });
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_release->isEnabled())
            emit releaseRequested();
    });
    connect(m_showReleased, &QCheckBox::toggled, this, [this](bool show) {
        m_model->setShowReleased(show);
        updateState();
    });
    connect(m_releasedHint, &NoMatchHint::clearRequested, this,
            [this] { m_showReleased->setChecked(true); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LegalHoldsTab::updateState);
    for (QPushButton* button : {m_placeHold, m_firstPlaceHold})
        connect(button, &QPushButton::clicked, this, &LegalHoldsTab::placeHoldRequested);
    connect(m_release, &QPushButton::clicked, this, &LegalHoldsTab::releaseRequested);
}

void LegalHoldsTab::buildTable()
{
    m_table->setObjectName(QStringLiteral("legalHoldTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LegalHoldModel::IdColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // A hold's reasons are what matter most about it: shown in full, wrapped.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    const int charWidth = fontMetrics().averageCharWidth();
    for (const int column : {int(LegalHoldModel::IdColumn), int(LegalHoldModel::PlacedColumn),
                             int(LegalHoldModel::PlacedByColumn)})
        columns->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    columns->resizeSection(LegalHoldModel::CoversColumn, charWidth * 30);
    columns->setSectionResizeMode(LegalHoldModel::ReasonColumn, QHeaderView::Stretch);
    columns->resizeSection(LegalHoldModel::ReleasedColumn, charWidth * 18);
    columns->resizeSection(LegalHoldModel::ReleaseReasonColumn, charWidth * 30);
    columns->setStretchLastSection(false);
}

bool LegalHoldsTab::reload()
{
    const std::optional<LegalHold> selected = selectedHold();
    const bool read = m_model->reload();
    if (selected)
        selectHold(selected->id);
    updateState();
    return read;
}

void LegalHoldsTab::updateState()
{
    const bool writable = m_program.isOpen() && !m_program.isReadOnly();
    const int rows = m_model->rowCount();
    const bool none = m_model->activeCount() == 0 && m_model->releasedCount() == 0 &&
                      m_model->lastError().isEmpty();
    const bool releasedHidden = !none && rows == 0;
    if (releasedHidden)
        m_releasedHint->setText(tr("No legal hold is in force. %n released hold(s) are hidden.",
                                   nullptr, m_model->releasedCount()));
    m_stack->setCurrentIndex(none ? FirstRunPage : releasedHidden ? ReleasedHintPage : TablePage);
    // The first-run card has its own button; a bare row of buttons above it repeats it.
    for (QWidget* widget : std::initializer_list<QWidget*>{m_showReleased, m_placeHold, m_release})
        widget->setVisible(!none);
    for (QPushButton* button : {m_placeHold, m_firstPlaceHold})
        button->setEnabled(writable);
    const std::optional<LegalHold> selected = selectedHold();
    m_release->setEnabled(writable && selected && selected->isActive());
}

std::optional<LegalHold> LegalHoldsTab::selectedHold() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const int row = m_proxy->mapToSource(current).row();
    if (row < 0)
        return std::nullopt;
    return m_model->holdAt(row);
}

bool LegalHoldsTab::selectHold(qint64 holdId)
{
    return TableRows::selectSourceRow(m_table, m_model->rowForId(holdId));
}

bool LegalHoldsTab::isShowingFirstRun() const
{
    return m_stack->currentIndex() == FirstRunPage;
}

bool LegalHoldsTab::isShowingReleasedHint() const
{
    return m_stack->currentIndex() == ReleasedHintPage;
}

} // namespace palisade::ui
