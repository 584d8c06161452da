#include "ui/training/CompletionEditorDialog.h"

#include "core/program/Program.h"
#include "core/training/TrainingRegister.h"
#include "core/training/TrainingValidator.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/Clock.h"
#include "ui/risk/RiskDateField.h"
#include "ui/training/TrainingLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {
namespace {

constexpr double noScore = -1.0;

} // namespace

CompletionEditorDialog::CompletionEditorDialog(Program& program, std::optional<qint64> completionId,
                                               qint64 personId, QWidget* parent)
    : RecordEditorDialog({tr("To save this completion:\n%1"),
                          tr("The completion was not saved:\n%1"), tr("Unsaved Changes"),
                          tr("Save")},
                         parent)
    , m_program(program)
    , m_person(new QComboBox(this))
    , m_course(new QComboBox(this))
    , m_date(new RiskDateField(this))
    , m_score(new QDoubleSpinBox(this))
    , m_passed(new QCheckBox(tr("&Passed"), this))
    , m_passedNote(new QLabel(this))
    , m_attestation(new QGroupBox(tr("&Attestation"), this))
    , m_attestationText(new QPlainTextEdit(this))
    , m_attestedAt(new QDateTimeEdit(this))
{
    setObjectName(QStringLiteral("completionEditor"));
    m_person->setObjectName(QStringLiteral("completionPerson"));
    m_course->setObjectName(QStringLiteral("completionCourse"));
    m_date->setObjectName(QStringLiteral("completionDate"));
    m_date->dateEdit()->setMaximumDate(program.clock().today());
    m_date->setToolTip(tr("The day the course was completed; not in the future"));
    m_score->setObjectName(QStringLiteral("completionScore"));
    m_score->setRange(noScore, 100.0);
    m_score->setDecimals(1);
    m_score->setSpecialValueText(tr("No score"));
    m_score->setSuffix(tr(" %"));
    m_score->setAlignment(Qt::AlignRight);
    m_passed->setObjectName(QStringLiteral("completionPassed"));
    m_passedNote->setObjectName(QStringLiteral("completionPassedNote"));
    m_passedNote->setWordWrap(true);
    m_passedNote->setForegroundRole(QPalette::PlaceholderText);
    m_attestation->setObjectName(QStringLiteral("completionAttestation"));
    m_attestation->setCheckable(true);
    m_attestation->setToolTip(tr("What the person affirmed on completing the course, and when"));
    m_attestationText->setObjectName(QStringLiteral("completionAttestationText"));
    m_attestationText->setTabChangesFocus(true);
    m_attestationText->setAccessibleName(tr("Attestation text"));
    m_attestationText->setMinimumHeight(m_attestationText->fontMetrics().lineSpacing() * 4);
    m_attestedAt->setObjectName(QStringLiteral("completionAttestedAt"));
    m_attestedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_attestedAt->setCalendarPopup(true);

    auto* attestationForm = new QFormLayout(m_attestation);
    attestationForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    attestationForm->addRow(tr("&Text:"), m_attestationText);
    attestationForm->addRow(tr("A&ffirmed at:"), m_attestedAt);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("P&erson:"), m_person);
    form->addRow(tr("&Course:"), m_course);
    form->addRow(tr("Completed &on:"), m_date);
    form->addRow(tr("&Score:"), m_score);
    form->addRow(QString(), m_passed);
    form->addRow(QString(), m_passedNote);

    QDialogButtonBox* buttons =
        createButtons(QStringLiteral("saveCompletionButton"), tr("Save the completion (Ctrl+S)"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addLayout(form);
    layout->addWidget(m_attestation, 1);
    layout->addWidget(buttons);

    QString lockedReason;
    bool locked = false;
    Completion start;
    if (completionId) {
        Result<Completion> stored = program.training().completion(*completionId);
        if (stored) {
            start = *stored;
        } else {
            locked = true;
            start.id = *completionId;
            lockedReason = tr("The completion could not be read: %1").arg(stored.error().message);
        }
    } else {
        start.personId = personId;
        start.completedOn = program.clock().today();
    }
    fillChoices(start.personId);
    if (!completionId) {
        start.courseId = m_course->currentData().toLongLong();
        if (const std::optional<Course> course = selectedCourse()) {
            start.attestationText = defaultAttestation(course->title);
            start.attestedAt = program.clock().nowUtc();
        }
    }
    load(start);
    m_person->setEnabled(personId == 0 && isNew());
    setLocked(locked);
    m_baseline = candidate();

    connect(m_person, &QComboBox::currentIndexChanged, this,
            &CompletionEditorDialog::updateValidation);
    connect(m_course, &QComboBox::currentIndexChanged, this,
            &CompletionEditorDialog::courseChanged);
    connect(m_date, &RiskDateField::dateChanged, this, &CompletionEditorDialog::updateValidation);
    connect(m_score, &QDoubleSpinBox::valueChanged, this, [this] {
        updatePassed();
        updateValidation();
    });
    connect(m_passed, &QCheckBox::toggled, this, &CompletionEditorDialog::updateValidation);
    connect(m_attestation, &QGroupBox::toggled, this, &CompletionEditorDialog::updateValidation);
    connect(m_attestationText, &QPlainTextEdit::textChanged, this,
            &CompletionEditorDialog::updateValidation);
    connect(m_attestedAt, &QDateTimeEdit::dateTimeChanged, this,
            &CompletionEditorDialog::updateValidation);

    setTabOrder(m_person, m_course);
    setTabOrder(m_course, m_date);
    setTabOrder(m_date, m_score);
    setTabOrder(m_score, m_passed);
    setTabOrder(m_passed, m_attestation);
    setTabOrder(m_attestation, m_attestationText);
    setTabOrder(m_attestationText, m_attestedAt);

    setWindowTitle(isNew() ? tr("Record Completion") : tr("Completion"));
    if (locked)
        lock(MessageBanner::Kind::Error, lockedReason);
    else
        updateValidation();
    if (m_person->isEnabled())
        m_person->setFocus();
    else
        m_course->setFocus();
    setMinimumWidth(520);
    resize(600, 460);
}

void CompletionEditorDialog::fillChoices(qint64 personId)
{
    if (Result<std::vector<Person>> people = m_program.workforce().people()) {
        for (const Person& person : *people) {
            const bool shown = !person.isTerminated() || person.id == personId;
            if (shown)
                m_person->addItem(tr("%1 (%2)").arg(person.name, person.employeeId), person.id);
        }
    }
    if (Result<std::vector<Course>> courses = m_program.training().courses())
        m_courses = std::move(courses).value();
    for (const Course& course : m_courses) {
        if (!course.isRetired() || course.id == m_original.courseId)
            m_course->addItem(course.title, course.id);
    }
}

QString CompletionEditorDialog::defaultAttestation(const QString& courseTitle) const
{
    return tr("I completed \u201c%1\u201d and understood it. I will follow the privacy and "
              "security policies and procedures of %2.")
        .arg(courseTitle, m_program.profile().organization);
}

void CompletionEditorDialog::load(const Completion& completion)
{
    m_original = completion;
    if (completion.courseId != 0 && m_course->findData(completion.courseId) < 0) {
        // A retired course stays selectable for the completions made while it was in use.
        const auto it = std::find_if(m_courses.begin(), m_courses.end(),
                                     [&](const Course& c) { return c.id == completion.courseId; });
        if (it != m_courses.end())
            m_course->addItem(it->title, it->id);
    }
    m_person->setCurrentIndex(m_person->findData(completion.personId));
    m_course->setCurrentIndex(completion.courseId == 0 ? (m_course->count() > 0 ? 0 : -1)
                                                       : m_course->findData(completion.courseId));
    m_date->setDate(completion.completedOn);
    m_score->setValue(completion.score.value_or(noScore));
    m_passed->setChecked(completion.passed);
    const bool attested = !completion.attestationText.isEmpty() || completion.attestedAt.isValid();
    m_attestation->setChecked(attested);
    m_attestationText->setPlainText(completion.attestationText);
    m_offeredAttestation = completion.attestationText;
    const QDateTime at =
        completion.attestedAt.isValid() ? completion.attestedAt : m_program.clock().nowUtc();
    m_attestedAt->setDateTime(at.toLocalTime());
    m_loadedAttestedAt = m_attestedAt->dateTime();
    updatePassed();
}

std::optional<Course> CompletionEditorDialog::selectedCourse() const
{
    const qint64 id = m_course->currentData().toLongLong();
    const auto it = std::find_if(m_courses.begin(), m_courses.end(),
                                 [id](const Course& course) { return course.id == id; });
    if (it == m_courses.end())
        return std::nullopt;
    return *it;
}

void CompletionEditorDialog::courseChanged()
{
    const std::optional<Course> course = selectedCourse();
    // The offered sentence follows the course until the user words it themselves.
    if (course && m_attestationText->toPlainText() == m_offeredAttestation) {
        m_offeredAttestation = defaultAttestation(course->title);
        const QSignalBlocker quiet(m_attestationText);
        m_attestationText->setPlainText(m_offeredAttestation);
    }
    updatePassed();
    updateValidation();
}

void CompletionEditorDialog::updatePassed()
{
    const std::optional<Course> course = selectedCourse();
    const bool scored = m_score->value() > noScore;
    if (course && course->passingScore) {
        m_passed->setEnabled(false);
        if (scored) {
            const QSignalBlocker quiet(m_passed);
            m_passed->setChecked(m_score->value() >= *course->passingScore);
        }
        m_passedNote->setText(tr("Worked out from the score: %1 needs %2 to pass.")
                                  .arg(course->title)
                                  .arg(*course->passingScore));
        m_passedNote->show();
        return;
    }
    m_passed->setEnabled(!isLocked());
    m_passedNote->clear();
    m_passedNote->hide();
}

Completion CompletionEditorDialog::candidate() const
{
    Completion completion = m_original;
    completion.personId = m_person->currentData().toLongLong();
    completion.courseId = m_course->currentData().toLongLong();
    completion.completedOn = m_date->date();
    completion.score =
        m_score->value() > noScore ? std::optional<double>(m_score->value()) : std::nullopt;
    completion.passed = m_passed->isChecked();
    if (const std::optional<Course> course = selectedCourse();
        course && course->passingScore && completion.score)
        completion.passed = *completion.score >= *course->passingScore;
    if (m_attestation->isChecked()) {
        completion.attestationText = m_attestationText->toPlainText();
        completion.attestedAt =
            m_attestedAt->dateTime() == m_loadedAttestedAt && m_original.attestedAt.isValid()
                ? m_original.attestedAt
                : m_attestedAt->dateTime().toUTC();
    } else {
        completion.attestationText.clear();
        completion.attestedAt = QDateTime();
    }
    TrainingValidator::normalize(completion);
    return completion;
}

bool CompletionEditorDialog::isModified() const
{
    return !isLocked() && candidate() != m_baseline;
}

QStringList CompletionEditorDialog::problems() const
{
    return m_program.training().problems(candidate());
}

bool CompletionEditorDialog::canStore() const
{
    return !m_program.isReadOnly();
}

bool CompletionEditorDialog::store()
{
    Result<Completion> stored = isNew() ? m_program.training().addCompletion(candidate())
                                        : m_program.training().updateCompletion(candidate());
    if (!stored)
        return refuse(tr("The completion was not saved: %1").arg(stored.error().message));
    m_saved = *stored;
    return true;
}

QString CompletionEditorDialog::unsavedQuestion() const
{
    return isNew() ? tr("Save this completion before closing?")
                   : tr("Save the changes to this completion before closing?");
}

} // namespace palisade::ui
