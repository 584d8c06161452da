#include "ui/training/PersonEditorDialog.h"

#include "core/program/Program.h"
#include "core/training/TrainingValidator.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/Clock.h"
#include "ui/risk/RiskDateField.h"
#include "ui/training/WorkforceRolesDialog.h"

#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {

PersonEditorDialog::PersonEditorDialog(Program& program, std::optional<qint64> personId,
                                       QWidget* parent)
    : RecordEditorDialog({tr("To save this person:\n%1"), tr("The person was not saved:\n%1"),
                          tr("Unsaved Changes"), tr("Save")},
                         parent)
    , m_program(program)
    , m_name(new QLineEdit(this))
    , m_employeeId(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_department(new QComboBox(this))
    , m_roles(new QListWidget(this))
    , m_editRoles(new QPushButton(tr("Edit &Roles\u2026"), this))
    , m_hired(new RiskDateField(this))
    , m_phiAccess(new RiskDateField(this))
    , m_status(new QComboBox(this))
    , m_terminated(new RiskDateField(this))
{
    setObjectName(QStringLiteral("personEditor"));
    m_name->setObjectName(QStringLiteral("personName"));
    m_name->setMaxLength(TrainingValidator::maximumNameLength);
    m_name->setPlaceholderText(tr("e.g. Dana Whitfield"));
    m_employeeId->setObjectName(QStringLiteral("personEmployeeId"));
    m_employeeId->setMaxLength(TrainingValidator::maximumEmployeeIdLength);
    m_employeeId->setPlaceholderText(tr("As in your HR or learning system, e.g. E-1042"));
    m_email->setObjectName(QStringLiteral("personEmail"));
    m_email->setPlaceholderText(tr("Optional"));
    m_department->setObjectName(QStringLiteral("personDepartment"));
    m_department->setEditable(true);
    m_department->setInsertPolicy(QComboBox::NoInsert);
    m_department->lineEdit()->setPlaceholderText(tr("e.g. Billing"));
    m_roles->setObjectName(QStringLiteral("personRoles"));
    m_roles->setAccessibleName(tr("Roles"));
    m_roles->setToolTip(tr("The roles decide which courses the person must take; courses for "
                           "everyone apply whatever the roles"));
    m_roles->setMinimumHeight(m_roles->fontMetrics().lineSpacing() * 6);
    m_roles->setMaximumHeight(m_roles->fontMetrics().lineSpacing() * 11);
    m_editRoles->setObjectName(QStringLiteral("editWorkforceRolesButton"));
    m_editRoles->setAutoDefault(false);
    m_hired->setObjectName(QStringLiteral("personHired"));
    m_phiAccess->setObjectName(QStringLiteral("personPhiAccess"));
    m_phiAccess->setOptional(tr("No PHI access"));
    m_phiAccess->setToolTip(tr("When the person began to access protected health information; "
                               "training due at hire must be completed before it"));
    m_status->setObjectName(QStringLiteral("personStatus"));
    for (const PersonStatus status : allPersonStatuss())
        m_status->addItem(personStatusLabel(status), personStatusKey(status));
    m_terminated->setObjectName(QStringLiteral("personTerminated"));

    auto* roleColumn = new QVBoxLayout;
    roleColumn->setContentsMargins(0, 0, 0, 0);
    roleColumn->addWidget(m_roles, 1);
    auto* roleButtons = new QHBoxLayout;
    roleButtons->addWidget(m_editRoles);
    roleButtons->addStretch(1);
    roleColumn->addLayout(roleButtons);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Employee ID:"), m_employeeId);
    form->addRow(tr("E&mail:"), m_email);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("Roles:"), roleColumn);
    form->addRow(tr("&Hired on:"), m_hired);
    form->addRow(tr("&PHI access from:"), m_phiAccess);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Terminated on:"), m_terminated);

    QDialogButtonBox* buttons =
        createButtons(QStringLiteral("savePersonButton"), tr("Save the person (Ctrl+S)"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    QStringList departments;
    if (Result<std::vector<Person>> people = program.workforce().people()) {
        for (const Person& person : *people) {
            if (!person.department.isEmpty() &&
                !departments.contains(person.department, Qt::CaseInsensitive))
                departments << person.department;
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(departments.begin(), departments.end(), collator);
    m_department->addItems(departments);

    QString lockedReason;
    bool locked = false;
    Person start;
    if (personId) {
        Result<Person> stored = program.workforce().person(*personId);
        if (stored) {
            start = *stored;
        } else {
            locked = true;
            start.id = *personId;
            lockedReason = tr("The person could not be read: %1").arg(stored.error().message);
        }
    } else {
        start.hiredOn = program.clock().today();
    }
    load(start);
    setLocked(locked);
    m_baseline = candidate();

    for (QLineEdit* edit : {m_name, m_employeeId, m_email})
        connect(edit, &QLineEdit::textChanged, this, &PersonEditorDialog::updateValidation);
    connect(m_department, &QComboBox::currentTextChanged, this,
            &PersonEditorDialog::updateValidation);
    connect(m_roles, &QListWidget::itemChanged, this, &PersonEditorDialog::updateValidation);
    for (RiskDateField* field : {m_hired, m_phiAccess, m_terminated})
        connect(field, &RiskDateField::dateChanged, this, &PersonEditorDialog::updateValidation);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PersonEditorDialog::statusChanged);
    connect(m_editRoles, &QPushButton::clicked, this, &PersonEditorDialog::editRoles);
    m_editRoles->setEnabled(!program.isReadOnly());

    setTabOrder(m_name, m_employeeId);
    setTabOrder(m_employeeId, m_email);
    setTabOrder(m_email, m_department);
    setTabOrder(m_department, m_roles);
    setTabOrder(m_roles, m_editRoles);
    setTabOrder(m_editRoles, m_hired);
    setTabOrder(m_hired, m_phiAccess);
    setTabOrder(m_phiAccess, m_status);
    setTabOrder(m_status, m_terminated);

    setWindowTitle(isNew() ? tr("Add Person") : tr("%1 \u2014 Person").arg(m_original.name));
    if (locked)
        lock(MessageBanner::Kind::Error, lockedReason);
    else
        updateValidation();
    m_name->setFocus();
    setMinimumWidth(520);
    resize(580, 540);
}

void PersonEditorDialog::fillRoles(const QStringList& checked)
{
    const QSignalBlocker quiet(m_roles);
    m_roles->clear();
    QStringList known;
    if (Result<std::vector<WorkforceRole>> roles = m_program.workforce().roles()) {
        for (const WorkforceRole& role : *roles) {
            auto* item = new QListWidgetItem(role.label, m_roles);
            item->setData(Qt::UserRole, role.key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(role.key) ? Qt::Checked : Qt::Unchecked);
            known << role.key;
        }
    }
    // A role that is gone stays ticked so saving says what is wrong instead of dropping it.
    for (const QString& key : checked) {
        if (known.contains(key))
            continue;
        auto* item = new QListWidgetItem(key, m_roles);
        item->setData(Qt::UserRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

QStringList PersonEditorDialog::checkedRoles() const
{
    QStringList keys;
    for (int row = 0; row < m_roles->count(); ++row) {
        const QListWidgetItem* item = m_roles->item(row);
        if (item->checkState() == Qt::Checked)
            keys << item->data(Qt::UserRole).toString();
    }
    return keys;
}

void PersonEditorDialog::setCheckedRoles(const QStringList& keys)
{
    for (int row = 0; row < m_roles->count(); ++row) {
        QListWidgetItem* item = m_roles->item(row);
        item->setCheckState(keys.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                               : Qt::Unchecked);
    }
}

void PersonEditorDialog::load(const Person& person)
{
    m_original = person;
    m_name->setText(person.name);
    m_employeeId->setText(person.employeeId);
    m_email->setText(person.email);
    m_department->setCurrentText(person.department);
    fillRoles(person.roles);
    m_hired->setDate(person.hiredOn);
    m_phiAccess->setFallbackDate(person.hiredOn.isValid() ? person.hiredOn
                                                          : m_program.clock().today());
    m_phiAccess->setDate(person.phiAccessOn);
    m_status->setCurrentIndex(std::max(0, m_status->findData(personStatusKey(person.status))));
    m_terminated->setDate(person.terminatedOn.isValid() ? person.terminatedOn
                                                        : m_program.clock().today());
    m_terminated->setEnabled(person.isTerminated());
}

void PersonEditorDialog::statusChanged()
{
    const bool terminated =
        m_status->currentData().toString() == personStatusKey(PersonStatus::Terminated);
    m_terminated->setEnabled(terminated && !isLocked());
    updateValidation();
}

Person PersonEditorDialog::candidate() const
{
    Person person = m_original;
    person.name = m_name->text();
    person.employeeId = m_employeeId->text();
    person.email = m_email->text();
    person.department = m_department->currentText();
    person.roles = checkedRoles();
    person.hiredOn = m_hired->date();
    person.phiAccessOn = m_phiAccess->date();
    person.status =
        personStatusFromKey(m_status->currentData().toString()).value_or(PersonStatus::Active);
    person.terminatedOn = person.isTerminated() ? m_terminated->date() : QDate();
    TrainingValidator::normalize(person);
    return person;
}

bool PersonEditorDialog::isModified() const
{
    return !isLocked() && candidate() != m_baseline;
}

QStringList PersonEditorDialog::problems() const
{
    return m_program.workforce().problems(candidate());
}

bool PersonEditorDialog::canStore() const
{
    return !m_program.isReadOnly();
}

bool PersonEditorDialog::store()
{
    Result<Person> stored = isNew() ? m_program.workforce().addPerson(candidate())
                                    : m_program.workforce().updatePerson(candidate());
    if (!stored)
        return refuse(tr("The person was not saved: %1").arg(stored.error().message));
    m_saved = *stored;
    return true;
}

void PersonEditorDialog::editRoles()
{
    const QStringList checked = checkedRoles();
    WorkforceRolesDialog dialog(m_program, this);
    dialog.exec();
    if (!dialog.hasChanged())
        return;
    fillRoles(checked);
    updateValidation();
}

QString PersonEditorDialog::unsavedQuestion() const
{
    return isNew() ? tr("Save this new person before closing?")
                   : tr("Save the changes to %1 before closing?").arg(m_original.name);
}

} // namespace palisade::ui
