#include "ui/training/TrainingMatrixTab.h"

#include "core/io/CsvWriter.h"
#include "core/program/Program.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "ui/training/DueStateColors.h"
#include "ui/training/TrainingMatrixModel.h"
#include "ui/training/TrainingMatrixProxyModel.h"
#include "ui/widgets/FirstRunPanel.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/NoMatchHint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {
namespace {

enum Page
{
    TablePage,
    NoMatchPage,
    FirstRunPage,
};

struct OverdueRow
{
    QString name;
    QString employeeId;
    QString department;
    QString course;
    QDate dueOn;
    int daysOverdue = 0;
    QDate lastCompleted;
};

} // namespace

TrainingMatrixTab::TrainingMatrixTab(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_model(new TrainingMatrixModel(program, this))
    , m_proxy(new TrainingMatrixProxyModel(this))
    , m_asOf(new QDateEdit(program.clock().today(), this))
    , m_department(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_mostOverdue(new QCheckBox(tr("&Most overdue first"), this))
    , m_exportOverdue(new QPushButton(tr("Export &Overdue List\u2026"), this))
    , m_exportMatrix(new QPushButton(tr("Export Matri&x\u2026"), this))
    , m_finding(new MessageBanner(this))
    , m_notice(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_noMatch(new NoMatchHint(tr("Show Everyone"), this))
    , m_firstRun(new FirstRunPanel(
          tr("Nothing to show yet"),
          tr("The matrix shows, for any day, each person's standing with every course that "
             "applies to their roles: complete, due soon, overdue. Add the courses on the "
             "Courses tab and the people on the People tab (or import them) first."),
          this))
    , m_summary(new QLabel(this))
    , m_legend(nullptr)
{
    setObjectName(QStringLiteral("trainingMatrixTab"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setMostOverdueFirst(true);
    buildTable();
    m_legend = buildLegend();

    m_asOf->setObjectName(QStringLiteral("matrixAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setToolTip(tr("Show everyone's standing on this day"));
    auto* asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    m_department->setObjectName(QStringLiteral("matrixDepartment"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_department->setToolTip(tr("Show the people of one department"));
    m_role->setObjectName(QStringLiteral("matrixRole"));
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_role->setToolTip(tr("Show the people with one role"));
    m_mostOverdue->setObjectName(QStringLiteral("matrixMostOverdue"));
    m_mostOverdue->setChecked(true);
    m_mostOverdue->setToolTip(tr("List first the people whose training is overdue longest"));
    m_exportOverdue->setObjectName(QStringLiteral("exportOverdueButton"));
    m_exportOverdue->setToolTip(tr("Save the overdue training of the people shown as a CSV "
                                   "file, by department, for managers to follow up"));
    m_exportMatrix->setObjectName(QStringLiteral("exportMatrixButton"));
    m_exportMatrix->setToolTip(tr("Save the matrix as shown as a CSV file"));
    m_finding->setObjectName(QStringLiteral("accessFindingBanner"));
    m_notice->setObjectName(QStringLiteral("matrixNotice"));
    m_noMatch->setObjectName(QStringLiteral("matrixNoMatch"));
    m_firstRun->setObjectName(QStringLiteral("matrixFirstRun"));
    m_summary->setObjectName(QStringLiteral("matrixSummary"));
    m_summary->setTextFormat(Qt::PlainText);

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_noMatch);
    m_stack->addWidget(m_firstRun);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(asOfLabel);
    filters->addWidget(m_asOf);
    filters->addSpacing(8);
    filters->addWidget(m_department);
    filters->addWidget(m_role);
    filters->addWidget(m_mostOverdue);
    filters->addStretch(1);
    filters->addWidget(m_exportOverdue);
    filters->addWidget(m_exportMatrix);

    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(12);
    bottom->addWidget(m_legend, 1);
    bottom->addWidget(m_summary, 0, Qt::AlignRight | Qt::AlignVCenter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addWidget(m_finding);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);

    connect(m_asOf, &QDateEdit::dateChanged, this, [this](const QDate& day) {
        m_notice->clearMessage();
        m_model->setAsOf(day);
    });
    connect(m_department, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setDepartment(m_department->currentData().toString());
        updateState();
        resizeColumns();
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setRole(m_role->currentData().toString());
        updateState();
        resizeColumns();
    });
    connect(m_mostOverdue, &QCheckBox::toggled, this, [this](bool enabled) {
        m_proxy->setMostOverdueFirst(enabled);
        m_table->horizontalHeader()->setSortIndicatorShown(!enabled);
        if (!enabled)
            m_table->sortByColumn(TrainingMatrixModel::PersonColumn, Qt::AscendingOrder);
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this,
            [this] { m_mostOverdue->setChecked(false); });
    connect(m_noMatch, &NoMatchHint::clearRequested, this, [this] {
        m_department->setCurrentIndex(0);
        m_role->setCurrentIndex(0);
    });
    connect(m_exportOverdue, &QPushButton::clicked, this, [this] { exportWithDialog(true); });
    connect(m_exportMatrix, &QPushButton::clicked, this, [this] { exportWithDialog(false); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fillFilters();
        updateFindings();
        updateState();
        resizeColumns();
    });

    TrainingRegister& training = program.training();
    WorkforceRegister& workforce = program.workforce();
    connect(&training, &TrainingRegister::coursesChanged, this, &TrainingMatrixTab::reload);
    connect(&training, &TrainingRegister::completionsChanged, this, &TrainingMatrixTab::reload);
    connect(&workforce, &WorkforceRegister::peopleChanged, this, &TrainingMatrixTab::reload);
    connect(&workforce, &WorkforceRegister::rolesChanged, this, &TrainingMatrixTab::reload);
    reload();
}

void TrainingMatrixTab::buildTable()
{
    m_table->setObjectName(QStringLiteral("trainingMatrixTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setShowGrid(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionsClickable(true);
    columns->setSortIndicatorShown(false);
    // Course titles are the column headings; long ones wrap rather than widen the grid.
    columns->setDefaultAlignment(Qt::Alignment::fromInt(Qt::AlignCenter | Qt::TextWordWrap));
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(false);
    // Sorting by a header click: the proxy sorts, the view only shows the indicator.
    connect(columns, &QHeaderView::sectionClicked, this, [this](int section) {
        const bool same = m_proxy->sortColumn() == section;
        const Qt::SortOrder order = same && m_proxy->sortOrder() == Qt::AscendingOrder
                                        ? Qt::DescendingOrder
                                        : Qt::AscendingOrder;
        // A course column sorts the most urgent first the first time.
        const Qt::SortOrder first =
            section == TrainingMatrixModel::PersonColumn ? Qt::AscendingOrder : Qt::DescendingOrder;
        const Qt::SortOrder chosen = same ? order : first;
        m_proxy->sort(section, chosen);
        m_table->horizontalHeader()->setSortIndicatorShown(true);
        m_table->horizontalHeader()->setSortIndicator(section, chosen);
    });
}

QWidget* TrainingMatrixTab::buildLegend()
{
    auto* legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("matrixLegend"));
    auto* layout = new QHBoxLayout(legend);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* title = new QLabel(tr("Colours:"), legend);
    layout->addWidget(title);
    QStringList spoken;
    for (const DueState state :
         {DueState::Overdue, DueState::DueSoon, DueState::Complete, DueState::NotYetDue,
          DueState::NotRequired, DueState::EndedByTermination}) {
        auto* chip = new QLabel(DueStateColors::legendText(state), legend);
        chip->setObjectName(QStringLiteral("legend_") + dueStateKey(state));
        chip->setTextFormat(Qt::PlainText);
        chip->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid "
                                           "%3; border-radius: 3px; padding: 2px 8px; }")
                                .arg(DueStateColors::background(state).name(),
                                     DueStateColors::foreground(state).name(),
                                     DueStateColors::background(state).darker(130).name()));
        layout->addWidget(chip);
        spoken << DueStateColors::legendText(state);
    }
    layout->addStretch(1);
    legend->setAccessibleName(tr("Legend"));
    legend->setAccessibleDescription(spoken.join(tr(", ")));
    return legend;
}

bool TrainingMatrixTab::reload()
{
    return m_model->reload();
}

void TrainingMatrixTab::setAsOf(const QDate& asOf)
{
    m_asOf->setDate(asOf);
}

void TrainingMatrixTab::fillFilters()
{
    const QString department = m_department->currentData().toString();
    const QString role = m_role->currentData().toString();
    {
        const QSignalBlocker blockDepartment(m_department);
        const QSignalBlocker blockRole(m_role);
        m_department->clear();
        m_department->addItem(tr("All departments"), QString());
        for (const QString& each : m_model->departments())
            m_department->addItem(each, each);
        m_role->clear();
        m_role->addItem(tr("All roles"), QString());
        for (const WorkforceRole& each : m_model->roles())
            m_role->addItem(each.label, each.key);
        m_department->setCurrentIndex(std::max(0, m_department->findData(department)));
        m_role->setCurrentIndex(std::max(0, m_role->findData(role)));
    }
    m_proxy->setDepartment(m_department->currentData().toString());
    m_proxy->setRole(m_role->currentData().toString());
}

void TrainingMatrixTab::updateFindings()
{
    if (!m_program.isOpen())
        return;
    const Result<std::vector<DueItem>> findings =
        m_program.training().accessFindings(m_model->asOf());
    if (!findings) {
        m_finding->showMessage(MessageBanner::Kind::Error, findings.error().message);
        return;
    }
    QStringList who;
    QSet<qint64> people;
    for (const DueItem& item : *findings) {
        const int row = m_model->rowForPerson(item.personId);
        if (row < 0 || people.contains(item.personId))
            continue;
        people.insert(item.personId);
        const Person& person = m_model->personAt(row);
        const int column = m_model->columnForCourse(item.courseId);
        const QString course = column > 0 ? m_model->courseAt(column).title : QString();
        who << (course.isEmpty()
                    ? tr("%1 (access from %2)").arg(person.name, isoDate(person.phiAccessOn))
                    : tr("%1 (access from %2, %3 %4)")
                          .arg(person.name, isoDate(person.phiAccessOn), course,
                               item.lastCompletion
                                   ? tr("completed %1").arg(isoDate(*item.lastCompletion))
                                   : tr("not completed")));
    }
    if (who.isEmpty()) {
        m_finding->clearMessage();
        return;
    }
    constexpr int listed = 4;
    QString names = QStringList(who.mid(0, listed)).join(tr("; "));
    if (who.size() > listed)
        names = tr("%1; and %n more", nullptr, int(who.size() - listed)).arg(names);
    m_finding->showMessage(
        MessageBanner::Kind::Warning,
        tr("Finding: %n person(s) had access to PHI before completing their onboarding training "
           "(164.308(a)(5)): %1.",
           nullptr, int(who.size()))
            .arg(names));
}

int TrainingMatrixTab::shownOverdueCount() const
{
    int overdue = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, TrainingMatrixModel::PersonColumn);
        overdue += index.data(TrainingMatrixModel::OverdueCountRole).toInt();
    }
    return overdue;
}

void TrainingMatrixTab::updateState()
{
    const bool nothing = m_model->peopleOnFile() == 0 || m_model->coursesOnFile() == 0;
    const bool noneShown = !nothing && m_proxy->rowCount() == 0;
    if (!m_model->lastError().isEmpty())
        m_notice->showMessage(MessageBanner::Kind::Error, m_model->lastError());
    if (noneShown) {
        const bool filtered = m_department->currentIndex() > 0 || m_role->currentIndex() > 0;
        m_noMatch->setText(
            filtered ? tr("Nobody shown matches the department and role chosen.")
                     : tr("Nobody was on the workforce on %1.").arg(isoDate(m_model->asOf())));
        m_noMatch->setClearVisible(filtered);
    }
    m_stack->setCurrentIndex(nothing ? FirstRunPage : noneShown ? NoMatchPage : TablePage);
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_department, m_role, m_mostOverdue, m_exportOverdue,
                                         m_exportMatrix, m_legend, m_summary})
        widget->setEnabled(!nothing);
    m_legend->setVisible(!nothing);

    const int people = m_proxy->rowCount();
    const int courses = std::max(0, m_proxy->columnCount() - 1);
    int overduePeople = 0;
    for (int row = 0; row < people; ++row) {
        if (m_proxy->index(row, 0).data(TrainingMatrixModel::OverdueCountRole).toInt() > 0)
            ++overduePeople;
    }
    const int overdue = shownOverdueCount();
    m_summary->setText(
        nothing
            ? QString()
            : tr("%1 \u00b7 %2 \u00b7 %3")
                  .arg(tr("%n person(s)", nullptr, people), tr("%n course(s)", nullptr, courses),
                       overdue == 0 ? tr("nothing overdue")
                                    : tr("%n overdue item(s) across %1", nullptr, overdue)
                                          .arg(tr("%n person(s)", nullptr, overduePeople))));
    m_exportOverdue->setEnabled(!nothing && overdue > 0);
}

void TrainingMatrixTab::resizeColumns()
{
    QHeaderView* columns = m_table->horizontalHeader();
    const QFontMetrics metrics = fontMetrics();
    const int cellWidth = std::max(metrics.horizontalAdvance(tr("Overdue 999 d")),
                                   metrics.horizontalAdvance(tr("Due 2026-12-31"))) +
                          metrics.averageCharWidth() * 3;
    int nameWidth = metrics.horizontalAdvance(tr("Person")) + 24;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Person& person = m_model->personAt(row);
        QFont bold = font();
        bold.setBold(true);
        nameWidth = std::max({nameWidth, QFontMetrics(bold).horizontalAdvance(person.name) + 16,
                              metrics.horizontalAdvance(person.department) + 16});
    }
    columns->resizeSection(TrainingMatrixModel::PersonColumn, std::min(nameWidth, 320));
    for (int column = 1; column < m_proxy->columnCount(); ++column) {
        const QString title = m_proxy->headerData(column, Qt::Horizontal).toString();
        // Wide enough for the cell text, and for the title over at most two lines.
        const int titleWidth =
            metrics.horizontalAdvance(title) / 2 + metrics.averageCharWidth() * 4;
        columns->resizeSection(column, std::clamp(titleWidth, cellWidth, cellWidth * 2));
    }
    // Spare width goes to the courses; they never shrink below what their cells need.
    columns->setMinimumSectionSize(cellWidth);
    for (int column = 1; column < m_proxy->columnCount(); ++column)
        columns->setSectionResizeMode(column, QHeaderView::Stretch);
    columns->setMinimumHeight(metrics.lineSpacing() * 2 + 12);
}

Result<void> TrainingMatrixTab::exportOverdueList(const QString& path) const
{
    std::vector<OverdueRow> rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        const Person& person = m_model->personAt(source);
        for (int column = 1; column < m_model->columnCount(); ++column) {
            const std::optional<DueItem> item = m_model->itemAt(source, column);
            if (!item || item->state != DueState::Overdue)
                continue;
            rows.push_back({person.name, person.employeeId, person.department,
                            m_model->courseAt(column).title, item->nextDue.value_or(QDate()),
                            item->daysOverdue, item->lastCompletion.value_or(QDate())});
        }
    }
    std::sort(rows.begin(), rows.end(), [](const OverdueRow& a, const OverdueRow& b) {
        if (const int byDepartment = QString::localeAwareCompare(a.department, b.department))
            return byDepartment < 0;
        if (a.daysOverdue != b.daysOverdue)
            return a.daysOverdue > b.daysOverdue;
        if (const int byName = QString::localeAwareCompare(a.name, b.name))
            return byName < 0;
        return QString::localeAwareCompare(a.course, b.course) < 0;
    });
    CsvWriter csv({tr("Person"), tr("Employee ID"), tr("Department"), tr("Course"), tr("Due date"),
                   tr("Days overdue"), tr("Last completed"), tr("As of")});
    const QString asOf = isoDate(m_model->asOf());
    for (const OverdueRow& row : rows)
        csv.addRow({row.name, row.employeeId, row.department, row.course, isoDate(row.dueOn),
                    QString::number(row.daysOverdue),
                    row.lastCompleted.isValid() ? isoDate(row.lastCompleted) : tr("never"), asOf});
    return csv.save(path, OverwritePolicy::Replace);
}

Result<void> TrainingMatrixTab::exportMatrix(const QString& path) const
{
    QStringList header{tr("Person"), tr("Employee ID"), tr("Department")};
    QList<int> courseColumns;
    for (int column = 1; column < m_proxy->columnCount(); ++column) {
        const int source = m_proxy->mapToSource(m_proxy->index(0, column)).column();
        if (source < 1)
            continue;
        courseColumns << source;
        header << m_model->courseAt(source).title;
    }
    CsvWriter csv(header);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        const Person& person = m_model->personAt(source);
        QStringList fields{person.name, person.employeeId, person.department};
        for (const int column : courseColumns) {
            const std::optional<DueItem> item = m_model->itemAt(source, column);
            fields << (item && item->state != DueState::NotRequired
                           ? TrainingMatrixModel::cellText(item)
                           : tr("Not required"));
        }
        csv.addRow(fields);
    }
    return csv.save(path, OverwritePolicy::Replace);
}

void TrainingMatrixTab::exportWithDialog(bool overdueOnly)
{
    const QString day = isoDate(m_model->asOf());
    const QString suggested = overdueOnly ? tr("overdue-training-%1.csv").arg(day)
                                          : tr("training-matrix-%1.csv").arg(day);
    // The dialog asks before replacing an existing file.
    const QString path = QFileDialog::getSaveFileName(
        this, overdueOnly ? tr("Export Overdue List") : tr("Export Training Matrix"),
        QDir::home().filePath(suggested), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Result<void> saved = overdueOnly ? exportOverdueList(path) : exportMatrix(path);
    if (!saved) {
        m_notice->showMessage(MessageBanner::Kind::Error, saved.error().message);
        return;
    }
    m_notice->showMessage(
        MessageBanner::Kind::Information,
        overdueOnly ? tr("Saved the overdue list (%n item(s)) to %1.", nullptr, shownOverdueCount())
                          .arg(QDir::toNativeSeparators(path))
                    : tr("Saved the matrix to %1.").arg(QDir::toNativeSeparators(path)));
}

bool TrainingMatrixTab::isShowingFirstRun() const
{
    return m_stack->currentIndex() == FirstRunPage;
}

bool TrainingMatrixTab::isShowingNoMatch() const
{
    return m_stack->currentIndex() == NoMatchPage;
}

} // namespace palisade::ui
