#include "ui/incidents/CorrectiveActionsTab.h"

#include "core/incidents/CorrectiveActionRegister.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "ui/incidents/CompleteActionDialog.h"
#include "ui/incidents/CorrectiveActionDialog.h"
#include "ui/incidents/CorrectiveActionModel.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/RecordTable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {

CorrectiveActionsTab::CorrectiveActionsTab(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_model(new CorrectiveActionModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_banner(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(tr("&Add Action\u2026"), this))
    , m_edit(new QPushButton(tr("&Edit\u2026"), this))
    , m_done(new QPushButton(tr("Mark &Done\u2026"), this))
{
    setObjectName(QStringLiteral("correctiveActionsTab"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CorrectiveActionModel::SortRole);
    m_table->setObjectName(QStringLiteral("correctiveActionTable"));
    m_table->setAccessibleName(tr("Corrective actions"));
    RecordTable::setUp(m_table, m_proxy, CorrectiveActionModel::DueColumn);
    RecordTable::fitColumns(m_table, CorrectiveActionModel::TitleColumn);

    m_empty->setObjectName(QStringLiteral("correctiveActionsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("No corrective action yet. Use \u201c" "Add Action\u2026\u201d for each "
                        "step that keeps this from happening again (retraining, a changed "
                        "procedure, a technical fix), with an owner and a due date."));

    m_add->setObjectName(QStringLiteral("addActionButton"));
    m_add->setAutoDefault(false);
    m_edit->setObjectName(QStringLiteral("editActionButton"));
    m_edit->setAutoDefault(false);
    m_done->setObjectName(QStringLiteral("completeActionButton"));
    m_done->setAutoDefault(false);
    m_done->setToolTip(tr("Record the day the selected action was done"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    buttons->addWidget(m_done);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &CorrectiveActionsTab::addAction);
    connect(m_edit, &QPushButton::clicked, this, &CorrectiveActionsTab::editSelected);
    connect(m_done, &QPushButton::clicked, this, &CorrectiveActionsTab::askToComplete);
    connect(m_table, &QTableView::activated, this, &CorrectiveActionsTab::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CorrectiveActionsTab::updateButtons);
    connect(&program.correctiveActions(), &CorrectiveActionRegister::actionsChanged, this,
            &CorrectiveActionsTab::reload);
    reload();
}

void CorrectiveActionsTab::setIncident(qint64 incidentId)
{
    if (incidentId != m_incidentId)
        m_banner->clearMessage();
    m_incidentId = incidentId;
    reload();
}

QString CorrectiveActionsTab::title() const
{
    if (m_model->openCount() == 0)
        return tr("Actions");
    return tr("Actions %1").arg(m_model->openCount());
}

void CorrectiveActionsTab::reload()
{
    const qint64 selected = selectedActionId();
    if (m_incidentId <= 0 || !m_program.isOpen()) {
        m_model->setActions({}, {});
    } else if (Result<std::vector<CorrectiveAction>> found =
                   m_program.correctiveActions().actions(m_incidentId)) {
        m_model->setActions(std::move(found).value(), m_program.clock().today());
    } else {
        m_model->setActions({}, {});
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("The corrective actions could not be read: %1").arg(found.error().message));
    }
    m_table->setVisible(m_model->rowCount() > 0);
    m_empty->setVisible(m_model->rowCount() == 0);
    if (!selectAction(selected) && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    emit titleChanged(title());
    updateButtons();
}

bool CorrectiveActionsTab::selectAction(qint64 id)
{
    const int row = m_model->rowForId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

qint64 CorrectiveActionsTab::selectedActionId() const
{
    return m_table->currentIndex().data(CorrectiveActionModel::ActionIdRole).toLongLong();
}

void CorrectiveActionsTab::updateButtons()
{
    const bool writable = m_program.isOpen() && !m_program.isReadOnly() && m_incidentId > 0;
    const QModelIndex current = m_table->currentIndex();
    const bool done = current.data(CorrectiveActionModel::DoneRole).toBool();
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && current.isValid());
    m_done->setEnabled(writable && current.isValid() && !done);
}

void CorrectiveActionsTab::addAction()
{
    if (m_incidentId <= 0)
        return;
    CorrectiveActionDialog dialog(m_program, m_incidentId, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        selectAction(dialog.savedAction().id);
}

void CorrectiveActionsTab::editSelected()
{
    const qint64 id = selectedActionId();
    if (id == 0 || !m_edit->isEnabled())
        return;
    CorrectiveActionDialog dialog(m_program, m_incidentId, id, this);
    dialog.exec();
}

void CorrectiveActionsTab::askToComplete()
{
    const int row = m_model->rowForId(selectedActionId());
    if (row < 0)
        return;
    const CorrectiveAction action = m_model->actionAt(row);
    CompleteActionDialog dialog(m_program, action, this);
    if (dialog.exec() == QDialog::Accepted)
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("\u201c%1\u201d is marked done.").arg(action.title));
}

bool CorrectiveActionsTab::completeSelected(const QDate& on)
{
    const int row = m_model->rowForId(selectedActionId());
    if (row < 0)
        return false;
    const CorrectiveAction action = m_model->actionAt(row);
    Result<CorrectiveAction> done = m_program.correctiveActions().completeAction(action.id, on);
    if (!done) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The action was not marked done: %1").arg(done.error().message));
        return false;
    }
    m_banner->showMessage(
        MessageBanner::Kind::Information,
        tr("\u201c%1\u201d is marked done on %2.").arg(action.title, isoDate(on)));
    return true;
}

} // namespace palisade::ui
