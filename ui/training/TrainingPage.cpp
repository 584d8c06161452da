#include "ui/training/TrainingPage.h"

#include "core/program/Program.h"
#include "core/training/AcknowledgmentRegister.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "ui/shell/PageHeader.h"
#include "ui/training/CourseTableModel.h"
#include "ui/training/CoursesTab.h"
#include "ui/training/PeopleTab.h"
#include "ui/training/PhishingTab.h"
#include "ui/training/TrainingImportDialog.h"
#include "ui/training/TrainingMatrixTab.h"
#include "ui/training/TrainingTrendsTab.h"
#include "ui/training/PersonDetailPanel.h"
#include "ui/training/PersonTableModel.h"
#include "ui/widgets/FirstRunPanel.h"
#include "ui/widgets/MessageBanner.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace palisade::ui {

TrainingPage::TrainingPage(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_header(new PageHeader(tr("Training"),
                              tr("Who is on the workforce, the courses your program requires and "
                                 "who completed what. Undocumented training is no training."),
                              this))
    , m_banner(new MessageBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_people(new PeopleTab(program, m_banner, this))
    , m_courses(new CoursesTab(program, m_banner, this))
    , m_matrix(new TrainingMatrixTab(program, this))
    , m_phishing(new PhishingTab(program, this))
    , m_trends(new TrainingTrendsTab(program, this))
    , m_firstRun(new FirstRunPanel(
          tr("Start with the courses your program requires"),
          tr("HIPAA expects security awareness training for the whole workforce (164.308(a)(5)) "
             "and privacy training documented and kept for six years (164.530(b)). First add the "
             "courses your program requires and who must take them, then the people: one by one, "
             "or imported from a CSV file exported from your learning-management system."),
          this))
    , m_firstCourse(new QPushButton(tr("Add &Course\u2026"), this))
    , m_firstPerson(new QPushButton(tr("Add &Person\u2026"), this))
{
    setObjectName(QStringLiteral("trainingPage"));
    m_tabs->setObjectName(QStringLiteral("trainingTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_matrix, tr("Who Is Due"));
    m_tabs->addTab(m_people, tr("People"));
    m_tabs->addTab(m_courses, tr("Courses"));
    m_tabs->addTab(m_phishing, tr("Phishing Simulations"));
    m_tabs->addTab(m_trends, tr("Trends"));
    m_firstRun->setObjectName(QStringLiteral("trainingFirstRun"));
    m_firstCourse->setObjectName(QStringLiteral("addFirstCourseButton"));
    m_firstPerson->setObjectName(QStringLiteral("addFirstPersonButton"));
    m_firstRun->addButton(m_firstCourse);
    m_firstRun->addButton(m_firstPerson);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_firstRun);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_firstCourse, &QPushButton::clicked, this, &TrainingPage::addCourse);
    connect(m_firstPerson, &QPushButton::clicked, this, &TrainingPage::addPerson);
    auto* firstImport = new QPushButton(tr("&Import from CSV\u2026"), this);
    firstImport->setObjectName(QStringLiteral("firstImportButton"));
    m_firstRun->addButton(firstImport);
    connect(firstImport, &QPushButton::clicked, this, &TrainingPage::importFromCsv);
    connect(m_people, &PeopleTab::importRequested, this, &TrainingPage::importFromCsv);

    WorkforceRegister& workforce = program.workforce();
    TrainingRegister& training = program.training();
    connect(&workforce, &WorkforceRegister::peopleChanged, this, &TrainingPage::reloadPeople);
    connect(&workforce, &WorkforceRegister::rolesChanged, this, &TrainingPage::reload);
    connect(&training, &TrainingRegister::coursesChanged, this, &TrainingPage::reloadCourses);
    connect(&training, &TrainingRegister::completionsChanged, this, &TrainingPage::reloadRecords);
    connect(&program.acknowledgments(), &AcknowledgmentRegister::acknowledgmentsChanged, this,
            &TrainingPage::reloadRecords);
    updateState();
}

void TrainingPage::addCourse()
{
    m_tabs->setCurrentWidget(m_courses);
    m_courses->newCourse();
}

void TrainingPage::addPerson()
{
    m_tabs->setCurrentWidget(m_people);
    m_people->newPerson();
}

void TrainingPage::reload()
{
    m_people->reload();
    m_courses->reload();
    updateState();
}

void TrainingPage::reloadPeople()
{
    m_people->reload();
    updateState();
}

void TrainingPage::reloadCourses()
{
    m_courses->reload();
    // Course titles show in the selected person's completions.
    m_people->detailPanel()->reload();
    updateState();
}

void TrainingPage::reloadRecords()
{
    m_people->detailPanel()->reload();
}

void TrainingPage::updateState()
{
    const bool empty = m_people->model()->rowCount() == 0 && m_courses->model()->rowCount() == 0 &&
                       m_people->model()->lastError().isEmpty() &&
                       m_courses->model()->lastError().isEmpty();
    const bool wasEmpty = isShowingFirstRun();
    m_stack->setCurrentIndex(empty ? 1 : 0);
    if (wasEmpty && !empty)
        m_tabs->setCurrentWidget(m_people->model()->rowCount() == 0
                                     ? static_cast<QWidget*>(m_courses)
                                     : m_people);
    const bool writable = m_program.isOpen() && !m_program.isReadOnly();
    m_firstCourse->setEnabled(writable);
    m_firstPerson->setEnabled(writable);
}

void TrainingPage::importFromCsv()
{
    TrainingImportDialog dialog(m_program, this);
    dialog.exec();
}

bool TrainingPage::isShowingFirstRun() const
{
    return m_stack->currentIndex() == 1;
}

} // namespace palisade::ui
