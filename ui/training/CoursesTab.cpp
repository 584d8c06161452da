#include "ui/training/CoursesTab.h"

#include "core/program/Program.h"
#include "core/training/TrainingRegister.h"
#include "core/util/Clock.h"
#include "ui/training/CourseEditorDialog.h"
#include "ui/training/CourseTableModel.h"
#include "ui/training/RetireCourseDialog.h"
#include "ui/training/TrainingRoles.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PageShortcuts.h"
#include "ui/widgets/RecordDeletion.h"
#include "ui/widgets/RecordTable.h"
#include "ui/widgets/TableRows.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {

CoursesTab::CoursesTab(Program& program, MessageBanner* banner, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_banner(banner)
    , m_model(new CourseTableModel(program, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_new(new QPushButton(tr("&Add Course\u2026"), this))
    , m_edit(new QPushButton(tr("&Edit\u2026"), this))
    , m_retire(new QPushButton(tr("&Retire\u2026"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_table(new QTableView(this))
    , m_newAction(new QAction(tr("Add Course"), this))
{
    setObjectName(QStringLiteral("coursesTab"));
    m_summary->setObjectName(QStringLiteral("courseSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);
    m_new->setObjectName(QStringLiteral("newCourseButton"));
    m_new->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_new->setToolTip(tr("Add a course your program requires (Ctrl+N)"));
    m_edit->setObjectName(QStringLiteral("editCourseButton"));
    m_edit->setToolTip(tr("Change the selected course (Enter or double-click)"));
    m_retire->setObjectName(QStringLiteral("retireCourseButton"));
    m_retire->setToolTip(tr("Stop requiring the selected course; its completions are kept"));
    m_delete->setObjectName(QStringLiteral("deleteCourseButton"));
    m_delete->setToolTip(tr("Delete the selected course; only while nobody has completed it"));

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addWidget(m_summary, 1);
    toolbar->addWidget(m_new);
    toolbar->addWidget(m_edit);
    toolbar->addWidget(m_retire);
    toolbar->addWidget(m_delete);

    buildTable();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addLayout(toolbar);
    layout->addWidget(m_table, 1);

    setTabOrder(m_new, m_edit);
    setTabOrder(m_edit, m_retire);
    setTabOrder(m_retire, m_delete);
    setTabOrder(m_delete, m_table);

    m_newAction->setObjectName(QStringLiteral("newCourseAction"));
    connect(PageShortcuts::addNew(this, m_newAction), &QAction::triggered, this,
            &CoursesTab::newCourse);
    connect(PageShortcuts::addDelete(m_table, tr("Delete")), &QAction::triggered, this,
            &CoursesTab::deleteSelected);
    connect(m_table, &QTableView::activated, this, &CoursesTab::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CoursesTab::updateState);
    connect(m_new, &QPushButton::clicked, this, &CoursesTab::newCourse);
    connect(m_edit, &QPushButton::clicked, this, &CoursesTab::editSelected);
    connect(m_retire, &QPushButton::clicked, this, &CoursesTab::retireSelected);
    connect(m_delete, &QPushButton::clicked, this, &CoursesTab::deleteSelected);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CoursesTab::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CoursesTab::updateState);

    reload();
}

void CoursesTab::buildTable()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(trainingrole::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_table->setObjectName(QStringLiteral("courseTable"));
    RecordTable::setUp(m_table, m_proxy, CourseTableModel::TitleColumn);
    m_table->setAccessibleName(tr("Courses"));
    RecordTable::fitColumns(m_table, CourseTableModel::TitleColumn);
    QHeaderView* columns = m_table->horizontalHeader();
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    columns->setSectionResizeMode(CourseTableModel::RolesColumn, QHeaderView::Interactive);
    columns->resizeSection(CourseTableModel::RolesColumn, charWidth * 20);
    columns->setMinimumSectionSize(charWidth * 6);
}

void CoursesTab::reload()
{
    if (!m_program.isOpen())
        return;
    const qint64 selected = selectedCourseId();
    {
        const QSignalBlocker quiet(m_table->selectionModel());
        if (!m_model->reload())
            m_banner->showMessage(
                MessageBanner::Kind::Error,
                tr("The courses could not be read: %1").arg(m_model->lastError()));
        selectCourse(selected);
    }
    // Roles take what they need up to a limit; longer lists show in full on hover.
    const int limit = m_table->fontMetrics().averageCharWidth() * 32;
    m_table->resizeColumnToContents(CourseTableModel::RolesColumn);
    if (m_table->columnWidth(CourseTableModel::RolesColumn) > limit)
        m_table->setColumnWidth(CourseTableModel::RolesColumn, limit);
    updateState();
}

void CoursesTab::updateState()
{
    const bool writable = m_program.isOpen() && !m_program.isReadOnly();
    m_new->setEnabled(writable);
    m_newAction->setEnabled(writable);
    const int row = m_model->rowForId(selectedCourseId());
    const bool selected = row >= 0;
    const bool retired = selected && m_model->courseAt(row).isRetired();
    m_edit->setEnabled(selected);
    m_retire->setEnabled(writable && selected && !retired);
    m_delete->setEnabled(writable && selected);

    int inUse = 0;
    for (const Course& course : m_model->courses())
        inUse += course.isRetired() ? 0 : 1;
    QString summary = tr("Courses required: %L1").arg(inUse);
    if (const int retiredCount = m_model->rowCount() - inUse; retiredCount > 0)
        summary += QStringLiteral(" \u00b7 ") + tr("Retired: %L1").arg(retiredCount);
    m_summary->setText(summary);
}

qint64 CoursesTab::selectedCourseId() const
{
    return TableRows::currentData(m_table, trainingrole::IdRole).toLongLong();
}

bool CoursesTab::selectCourse(qint64 id)
{
    return TableRows::selectSourceRow(m_table, m_model->rowForId(id));
}

void CoursesTab::newCourse()
{
    if (m_program.isReadOnly())
        return;
    CourseEditorDialog editor(m_program, std::nullopt, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("%1 was added.").arg(editor.savedCourse().title));
    selectCourse(editor.savedCourse().id);
}

void CoursesTab::editSelected()
{
    const qint64 id = selectedCourseId();
    if (id == 0)
        return;
    CourseEditorDialog editor(m_program, id, this);
    if (editor.exec() == QDialog::Accepted)
        m_banner->clearMessage();
    selectCourse(id);
}

void CoursesTab::retireSelected()
{
    const int row = m_model->rowForId(selectedCourseId());
    if (row < 0 || m_program.isReadOnly())
        return;
    const Course course = m_model->courseAt(row);
    RetireCourseDialog dialog(course.title, m_program.clock().today(), this);
    if (dialog.exec() == QDialog::Accepted)
        retire(course.id, dialog.date());
}

bool CoursesTab::retire(qint64 courseId, const QDate& on)
{
    const Result<Course> retired = m_program.training().retireCourse(courseId, on);
    if (!retired) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Not retired: %1").arg(retired.error().message));
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("%1 is no longer required from %2; its completions are kept.")
                              .arg(retired->title, retired->retiredOn.toString(Qt::ISODate)));
    selectCourse(courseId);
    return true;
}

void CoursesTab::deleteSelected()
{
    const int row = m_model->rowForId(selectedCourseId());
    if (row < 0 || m_program.isReadOnly())
        return;
    const Course course = m_model->courseAt(row);
    if (!RecordDeletion::confirm(
            this, QStringLiteral("confirmDeleteCourse"), tr("Delete Course"),
            tr("Delete \u201c%1\u201d? Only a course nobody has completed can be deleted; "
               "retire one that has completions.")
                .arg(course.title)))
        return;
    RecordDeletion::report(m_banner, m_program.training().removeCourse(course.id),
                           tr("%1 was deleted.").arg(course.title));
}

} // namespace palisade::ui
