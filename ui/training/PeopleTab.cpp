#include "ui/training/PeopleTab.h"

#include "core/program/Program.h"
#include "core/training/WorkforceRegister.h"
#include "ui/training/PersonDetailPanel.h"
#include "ui/training/PersonEditorDialog.h"
#include "ui/training/PersonFilterProxyModel.h"
#include "ui/training/PersonTableModel.h"
#include "ui/training/TrainingRoles.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/NoMatchHint.h"
#include "ui/widgets/PageShortcuts.h"
#include "ui/widgets/RecordDeletion.h"
#include "ui/widgets/RecordTable.h"
#include "ui/widgets/TableRows.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {

PeopleTab::PeopleTab(Program& program, MessageBanner* banner, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_banner(banner)
    , m_model(new PersonTableModel(program, this))
    , m_proxy(new PersonFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_department(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_new(new QPushButton(tr("&Add Person\u2026"), this))
    , m_import(new QPushButton(tr("&Import from CSV\u2026"), this))
    , m_edit(new QPushButton(tr("&Edit\u2026"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_tableStack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_noMatch(new NoMatchHint(tr("Clear Filters"), this))
    , m_detail(new PersonDetailPanel(program, this))
    , m_newAction(new QAction(tr("Add Person"), this))
{
    setObjectName(QStringLiteral("peopleTab"));
    m_search->setObjectName(QStringLiteral("personSearch"));
    m_search->setPlaceholderText(tr("Find by name, employee ID, email, department or role"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find people"));
    m_department->setObjectName(QStringLiteral("personDepartmentFilter"));
    m_department->setAccessibleName(tr("Department"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setObjectName(QStringLiteral("personStatusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), QString());
    for (const PersonStatus status : allPersonStatuss())
        m_status->addItem(personStatusLabel(status), personStatusKey(status));
    m_new->setObjectName(QStringLiteral("newPersonButton"));
    m_new->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_new->setToolTip(tr("Add a member of the workforce (Ctrl+N)"));
    m_edit->setObjectName(QStringLiteral("editPersonButton"));
    m_edit->setToolTip(tr("Change the selected person (Enter or double-click)"));
    m_delete->setObjectName(QStringLiteral("deletePersonButton"));
    m_delete->setToolTip(tr("Delete the selected person; one with training records is kept "
                            "while on the workforce and six years after"));
    m_summary->setObjectName(QStringLiteral("personSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_department);
    filters->addWidget(m_status);

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addWidget(m_summary, 1);
    toolbar->addWidget(m_import);
    toolbar->addWidget(m_new);
    toolbar->addWidget(m_edit);
    toolbar->addWidget(m_delete);

    buildTable();
    m_noMatch->setObjectName(QStringLiteral("personNoMatch"));
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_noMatch);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("peopleSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tableStack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 520});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addLayout(toolbar);
    layout->addWidget(splitter, 1);

    setTabOrder(m_search, m_department);
    setTabOrder(m_department, m_status);
    setTabOrder(m_status, m_new);
    setTabOrder(m_new, m_edit);
    setTabOrder(m_edit, m_delete);
    setTabOrder(m_delete, m_table);

    PageShortcuts::addFind(this, m_search, tr("Find"));
    m_newAction->setObjectName(QStringLiteral("newPersonAction"));
    connect(PageShortcuts::addNew(this, m_newAction), &QAction::triggered, this,
            &PeopleTab::newPerson);
    connect(PageShortcuts::addDelete(m_table, tr("Delete")), &QAction::triggered, this,
            &PeopleTab::deleteSelected);
    connect(m_table, &QTableView::activated, this, &PeopleTab::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PeopleTab::showSelected);

    connect(m_search, &QLineEdit::textChanged, this, &PeopleTab::applyFilter);
    connect(m_department, &QComboBox::currentIndexChanged, this, &PeopleTab::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PeopleTab::applyFilter);
    connect(m_noMatch, &NoMatchHint::clearRequested, this, &PeopleTab::clearFilters);
    connect(m_new, &QPushButton::clicked, this, &PeopleTab::newPerson);
    m_import->setObjectName(QStringLiteral("importTrainingButton"));
    m_import->setToolTip(tr("Import people or completions from a learning-management system's "
                            "CSV export"));
    connect(m_import, &QPushButton::clicked, this, &PeopleTab::importRequested);
    connect(m_edit, &QPushButton::clicked, this, &PeopleTab::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &PeopleTab::deleteSelected);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PeopleTab::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PeopleTab::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PeopleTab::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PeopleTab::updateState);

    reload();
}

void PeopleTab::buildTable()
{
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("personTable"));
    RecordTable::setUp(m_table, m_proxy, PersonTableModel::NameColumn);
    m_table->setAccessibleName(tr("People"));
    // Names matter most and take the room left; roles give way and show in full on hover.
    RecordTable::fitColumns(m_table, PersonTableModel::NameColumn);
    QHeaderView* columns = m_table->horizontalHeader();
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    columns->setSectionResizeMode(PersonTableModel::RolesColumn, QHeaderView::Interactive);
    columns->resizeSection(PersonTableModel::RolesColumn, charWidth * 18);
    columns->setSectionResizeMode(PersonTableModel::DepartmentColumn, QHeaderView::Interactive);
    columns->resizeSection(PersonTableModel::DepartmentColumn, charWidth * 13);
    columns->setMinimumSectionSize(charWidth * 6);
}

void PeopleTab::reload()
{
    if (!m_program.isOpen())
        return;
    const qint64 selected = selectedPersonId();
    {
        const QSignalBlocker quiet(m_table->selectionModel());
        if (!m_model->reload())
            m_banner->showMessage(
                MessageBanner::Kind::Error,
                tr("The workforce could not be read: %1").arg(m_model->lastError()));
        selectPerson(selected);
    }
    fillDepartments();
    fitRolesColumn();
    if (selectedPersonId() == selected && selected != 0)
        m_detail->showPerson(selected);
    else
        showSelected();
    applyFilter();
}

void PeopleTab::fitRolesColumn()
{
    // Roles take what they need up to a limit; longer lists show in full on hover.
    const int limit = m_table->fontMetrics().averageCharWidth() * 18;
    m_table->resizeColumnToContents(PersonTableModel::RolesColumn);
    if (m_table->columnWidth(PersonTableModel::RolesColumn) > limit)
        m_table->setColumnWidth(PersonTableModel::RolesColumn, limit);
}

void PeopleTab::fillDepartments()
{
    const QString current = m_department->currentData().toString();
    const QSignalBlocker quiet(m_department);
    m_department->clear();
    m_department->addItem(tr("Any department"), QString());
    for (const QString& department : m_model->departments())
        m_department->addItem(department, department);
    m_department->setCurrentIndex(std::max(0, m_department->findData(current)));
}

void PeopleTab::applyFilter()
{
    m_proxy->setText(m_search->text());
    m_proxy->setDepartment(m_department->currentData().toString());
    m_proxy->setStatusKey(m_status->currentData().toString());
    updateState();
}

void PeopleTab::clearFilters()
{
    m_search->clear();
    m_department->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
}

void PeopleTab::showSelected()
{
    m_detail->showPerson(selectedPersonId());
    updateState();
}

void PeopleTab::updateState()
{
    const bool writable = m_program.isOpen() && !m_program.isReadOnly();
    m_new->setEnabled(writable);
    m_import->setEnabled(writable);
    m_newAction->setEnabled(writable);
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const bool noMatch = shown == 0 && total > 0;
    if (noMatch)
        m_noMatch->setText(tr("Nobody matches these filters. Change them, or clear them to see "
                              "all %n person(s).",
                              nullptr, total));
    m_tableStack->setCurrentIndex(noMatch ? 1 : 0);
    const bool selected = selectedPersonId() != 0;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(writable && selected);

    int onWorkforce = 0;
    for (const Person& person : m_model->people())
        onWorkforce += person.isTerminated() ? 0 : 1;
    QString summary = tr("On the workforce: %L1").arg(onWorkforce);
    if (onWorkforce != total)
        summary += QStringLiteral(" \u00b7 ") + tr("Terminated: %L1").arg(total - onWorkforce);
    if (shown != total)
        summary += QStringLiteral(" \u00b7 ") + tr("%L1 of %L2 shown").arg(shown).arg(total);
    m_summary->setText(summary);
}

qint64 PeopleTab::selectedPersonId() const
{
    return TableRows::currentData(m_table, trainingrole::IdRole).toLongLong();
}

bool PeopleTab::selectPerson(qint64 id)
{
    return TableRows::selectSourceRow(m_table, m_model->rowForId(id));
}

bool PeopleTab::isShowingNoMatch() const
{
    return m_tableStack->currentIndex() == 1;
}

void PeopleTab::newPerson()
{
    if (m_program.isReadOnly())
        return;
    PersonEditorDialog editor(m_program, std::nullopt, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("%1 was added. Record the courses they completed on the right.")
                              .arg(editor.savedPerson().name));
    if (!selectPerson(editor.savedPerson().id)) {
        clearFilters();
        selectPerson(editor.savedPerson().id);
    }
}

void PeopleTab::editSelected()
{
    const qint64 id = selectedPersonId();
    if (id == 0)
        return;
    PersonEditorDialog editor(m_program, id, this);
    if (editor.exec() == QDialog::Accepted)
        m_banner->clearMessage();
    selectPerson(id);
}

void PeopleTab::deleteSelected()
{
    const qint64 id = selectedPersonId();
    if (id == 0 || m_program.isReadOnly())
        return;
    const Person person = m_model->personAt(m_model->rowForId(id));
    if (!RecordDeletion::confirm(
            this, QStringLiteral("confirmDeletePerson"), tr("Delete Person"),
            tr("Delete %1 (%2)? A person with training records is kept while on the workforce "
               "and for six years after; the audit trail keeps a record either way.")
                .arg(person.name, person.employeeId)))
        return;
    const Result<void> removed = m_program.workforce().removePerson(id);
    if (!removed) {
        m_banner->showMessage(
            MessageBanner::Kind::Warning,
            tr("%1 was not deleted: %2").arg(person.name, removed.error().message));
        return;
    }
    m_banner->showMessage(MessageBanner::Kind::Information, tr("%1 was deleted.").arg(person.name));
}

} // namespace palisade::ui
