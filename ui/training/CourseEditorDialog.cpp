#include "ui/training/CourseEditorDialog.h"

#include "core/policies/PolicyRegister.h"
#include "core/program/Program.h"
#include "core/training/TrainingRegister.h"
#include "core/training/TrainingValidator.h"
#include "core/training/WorkforceRegister.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {
namespace {

QListWidgetItem* checkableItem(const QString& text, const QVariant& data, bool checked,
                               QListWidget* list)
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, data);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QVariantList checkedData(const QListWidget* list)
{
    QVariantList found;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            found << list->item(row)->data(Qt::UserRole);
    }
    return found;
}

QLabel* note(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

CourseEditorDialog::CourseEditorDialog(Program& program, std::optional<qint64> courseId,
                                       QWidget* parent)
    : RecordEditorDialog({tr("To save this course:\n%1"), tr("The course was not saved:\n%1"),
                          tr("Unsaved Changes"), tr("Save")},
                         parent)
    , m_program(program)
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_roles(new QListWidget(this))
    , m_rolesNote(note(this))
    , m_cadence(new QComboBox(this))
    , m_months(new QSpinBox(this))
    , m_policies(new QListWidget(this))
    , m_policiesNote(note(this))
    , m_passingScore(new QSpinBox(this))
    , m_validity(new QSpinBox(this))
{
    setObjectName(QStringLiteral("courseEditor"));
    m_title->setObjectName(QStringLiteral("courseTitle"));
    m_title->setMaxLength(TrainingValidator::maximumNameLength);
    m_title->setPlaceholderText(tr("e.g. HIPAA Privacy and Security Basics"));
    m_kind->setObjectName(QStringLiteral("courseKind"));
    for (const CourseKind kind : allCourseKinds())
        m_kind->addItem(courseKindLabel(kind), courseKindKey(kind));
    m_description->setObjectName(QStringLiteral("courseDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("Optional: what the course covers"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    const int line = m_roles->fontMetrics().lineSpacing();
    m_roles->setObjectName(QStringLiteral("courseRoles"));
    m_roles->setAccessibleName(tr("Required of roles"));
    m_roles->setMinimumHeight(line * 5);
    m_roles->setMaximumHeight(line * 10);
    m_rolesNote->setObjectName(QStringLiteral("courseRolesNote"));
    m_cadence->setObjectName(QStringLiteral("courseCadence"));
    for (const Cadence cadence : allCadences())
        m_cadence->addItem(cadenceLabel(cadence), cadenceKey(cadence));
    m_months->setObjectName(QStringLiteral("courseCadenceMonths"));
    m_months->setRange(1, TrainingValidator::maximumCadenceMonths);
    m_months->setSuffix(tr(" months"));
    m_policies->setObjectName(QStringLiteral("coursePolicies"));
    m_policies->setAccessibleName(tr("Linked policies"));
    m_policies->setMinimumHeight(line * 4);
    m_policies->setMaximumHeight(line * 8);
    m_passingScore->setObjectName(QStringLiteral("coursePassingScore"));
    m_passingScore->setRange(-1, 100);
    m_passingScore->setSpecialValueText(tr("No passing score"));
    m_passingScore->setToolTip(tr("A completion must reach this score to count"));
    m_validity->setObjectName(QStringLiteral("courseValidity"));
    m_validity->setRange(0, TrainingValidator::maximumValidityMonths);
    m_validity->setSpecialValueText(tr("Does not expire"));
    m_validity->setSuffix(tr(" months"));
    m_validity->setToolTip(tr("How long a completion counts before it must be taken again"));

    auto* cadenceRow = new QHBoxLayout;
    cadenceRow->addWidget(m_cadence, 1);
    cadenceRow->addWidget(m_months);
    auto* rolesColumn = new QVBoxLayout;
    rolesColumn->addWidget(m_roles, 1);
    rolesColumn->addWidget(m_rolesNote);
    m_policiesRow = new QVBoxLayout;
    m_policiesRow->addWidget(m_policies, 1);
    m_policiesRow->addWidget(m_policiesNote);

    // A row whose field is a layout gets a label with a buddy, so its mnemonic works.
    const auto buddyLabel = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(tr("&Title:"), m_title);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Description:"), m_description);
    m_form->addRow(buddyLabel(tr("Required &of:"), m_roles), rolesColumn);
    m_form->addRow(buddyLabel(tr("D&ue:"), m_cadence), cadenceRow);
    m_form->addRow(buddyLabel(tr("&Linked policies:"), m_policies), m_policiesRow);
    m_form->addRow(tr("&Passing score:"), m_passingScore);
    m_form->addRow(tr("&Valid for:"), m_validity);

    QDialogButtonBox* buttons =
        createButtons(QStringLiteral("saveCourseButton"), tr("Save the course (Ctrl+S)"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    QString lockedReason;
    MessageBanner::Kind lockedKind = MessageBanner::Kind::Information;
    bool locked = false;
    Course start;
    if (courseId) {
        Result<Course> stored = program.training().course(*courseId);
        if (stored) {
            start = *stored;
            if (stored->isRetired()) {
                locked = true;
                lockedReason = tr("%1 was retired on %2 and is kept as it was.")
                                   .arg(stored->title, stored->retiredOn.toString(Qt::ISODate));
            }
        } else {
            locked = true;
            start.id = *courseId;
            lockedKind = MessageBanner::Kind::Error;
            lockedReason = tr("The course could not be read: %1").arg(stored.error().message);
        }
    }
    load(start);
    setLocked(locked);
    m_baseline = candidate();

    connect(m_title, &QLineEdit::textChanged, this, &CourseEditorDialog::updateValidation);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CourseEditorDialog::updateValidation);
    connect(m_description, &QPlainTextEdit::textChanged, this,
            &CourseEditorDialog::updateValidation);
    connect(m_roles, &QListWidget::itemChanged, this, [this] {
        updateRolesNote();
        updateValidation();
    });
    connect(m_cadence, &QComboBox::currentIndexChanged, this, &CourseEditorDialog::cadenceChanged);
    connect(m_months, &QSpinBox::valueChanged, this, &CourseEditorDialog::updateValidation);
    connect(m_policies, &QListWidget::itemChanged, this, &CourseEditorDialog::updateValidation);
    connect(m_passingScore, &QSpinBox::valueChanged, this, &CourseEditorDialog::updateValidation);
    connect(m_validity, &QSpinBox::valueChanged, this, &CourseEditorDialog::updateValidation);

    setTabOrder(m_title, m_kind);
    setTabOrder(m_kind, m_description);
    setTabOrder(m_description, m_roles);
    setTabOrder(m_roles, m_cadence);
    setTabOrder(m_cadence, m_months);
    setTabOrder(m_months, m_policies);
    setTabOrder(m_policies, m_passingScore);
    setTabOrder(m_passingScore, m_validity);

    setWindowTitle(isNew() ? tr("Add Course") : tr("%1 \u2014 Course").arg(m_original.title));
    if (locked)
        lock(lockedKind, lockedReason);
    else
        updateValidation();
    cadenceChanged();
    m_title->setFocus();
    setMinimumWidth(560);
    resize(620, 560);
}

void CourseEditorDialog::fillLists(const Course& course)
{
    const QSignalBlocker quietRoles(m_roles);
    const QSignalBlocker quietPolicies(m_policies);
    m_roles->clear();
    if (Result<std::vector<WorkforceRole>> roles = m_program.workforce().roles()) {
        for (const WorkforceRole& role : *roles)
            checkableItem(role.label, role.key, course.roles.contains(role.key), m_roles);
    }
    m_policies->clear();
    if (Result<std::vector<Policy>> policies = m_program.policies().policies()) {
        for (const Policy& policy : *policies) {
            if (policy.isRetired() && !course.policyIds.contains(policy.id))
                continue;
            checkableItem(tr("%1 \u2014 %2").arg(policy.code, policy.title), policy.id,
                          course.policyIds.contains(policy.id), m_policies);
        }
    }
    m_policies->setVisible(m_policies->count() > 0);
    m_policiesNote->setText(m_policies->count() > 0
                                ? tr("With no policy ticked, a change to any policy calls for "
                                     "the course.")
                                : tr("No policy is on file yet: a change to any policy will call "
                                     "for the course."));
}

void CourseEditorDialog::load(const Course& course)
{
    m_original = course;
    m_title->setText(course.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(courseKindKey(course.kind))));
    m_description->setPlainText(course.description);
    fillLists(course);
    m_cadence->setCurrentIndex(std::max(0, m_cadence->findData(cadenceKey(course.cadence))));
    m_months->setValue(course.cadenceMonths);
    m_passingScore->setValue(course.passingScore.value_or(-1));
    m_validity->setValue(course.validityMonths.value_or(0));
    updateRolesNote();
}

void CourseEditorDialog::setCheckedRoles(const QStringList& keys)
{
    for (int row = 0; row < m_roles->count(); ++row) {
        QListWidgetItem* item = m_roles->item(row);
        item->setCheckState(keys.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                               : Qt::Unchecked);
    }
}

void CourseEditorDialog::setCheckedPolicies(const QList<qint64>& ids)
{
    for (int row = 0; row < m_policies->count(); ++row) {
        QListWidgetItem* item = m_policies->item(row);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

void CourseEditorDialog::cadenceChanged()
{
    const QString key = m_cadence->currentData().toString();
    const bool editable = !isLocked();
    m_months->setEnabled(editable && key == cadenceKey(Cadence::EveryMonths));
    const bool onChange = key == cadenceKey(Cadence::OnPolicyChange);
    m_policies->setEnabled(editable && onChange);
    // Linking policies only means something for a policy-change briefing.
    m_form->setRowVisible(m_policiesRow, onChange);
    m_policies->setVisible(onChange && m_policies->count() > 0);
    updateValidation();
}

void CourseEditorDialog::updateRolesNote()
{
    m_rolesNote->setText(checkedData(m_roles).isEmpty()
                             ? tr("No role ticked: everyone on the workforce must take it.")
                             : tr("Only people with a ticked role must take it."));
}

Course CourseEditorDialog::candidate() const
{
    Course course = m_original;
    course.title = m_title->text();
    course.kind =
        courseKindFromKey(m_kind->currentData().toString()).value_or(CourseKind::AnnualRefresher);
    course.description = m_description->toPlainText();
    course.roles.clear();
    for (const QVariant& key : checkedData(m_roles))
        course.roles << key.toString();
    course.cadence =
        cadenceFromKey(m_cadence->currentData().toString()).value_or(Cadence::EveryMonths);
    course.cadenceMonths = m_months->value();
    course.policyIds.clear();
    if (course.cadence == Cadence::OnPolicyChange) {
        for (const QVariant& id : checkedData(m_policies))
            course.policyIds << id.toLongLong();
    }
    course.passingScore =
        m_passingScore->value() >= 0 ? std::optional<int>(m_passingScore->value()) : std::nullopt;
    course.validityMonths =
        m_validity->value() > 0 ? std::optional<int>(m_validity->value()) : std::nullopt;
    TrainingValidator::normalize(course);
    return course;
}

bool CourseEditorDialog::isModified() const
{
    return !isLocked() && candidate() != m_baseline;
}

QStringList CourseEditorDialog::problems() const
{
    return m_program.training().problems(candidate());
}

bool CourseEditorDialog::canStore() const
{
    return !m_program.isReadOnly();
}

bool CourseEditorDialog::store()
{
    Result<Course> stored = isNew() ? m_program.training().addCourse(candidate())
                                    : m_program.training().updateCourse(candidate());
    if (!stored)
        return refuse(tr("The course was not saved: %1").arg(stored.error().message));
    m_saved = *stored;
    return true;
}

QString CourseEditorDialog::unsavedQuestion() const
{
    return isNew() ? tr("Save this new course before closing?")
                   : tr("Save the changes to %1 before closing?").arg(m_original.title);
}

} // namespace palisade::ui
