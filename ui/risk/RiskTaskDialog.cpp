#include "ui/risk/RiskTaskDialog.h"

#include "core/risk/RiskRegister.h"
#include "ui/risk/RiskCitationPicker.h"
#include "ui/risk/RiskDateField.h"
#include "ui/risk/RiskEditorText.h"
#include "ui/risk/RiskOwnerField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {

RiskTaskDialog::RiskTaskDialog(RiskRegister& risks, const RemediationTask& task,
                               const QStringList& owners, const QDate& today, QWidget* parent)
    : RecordEditorDialog(
          {tr("To save this task:\n%1"), tr("The task was not saved:\n%1"), {}, tr("Save")}, parent)
    , m_risks(risks)
    , m_original(task)
    , m_today(today)
    , m_title(new QLineEdit(this))
    , m_owner(new RiskOwnerField(this))
    , m_due(new RiskDateField(this))
    , m_status(new QComboBox(this))
    , m_completed(new RiskDateField(this))
    , m_evidence(RiskEditorText::multiLine(this, 3))
    , m_citations(new RiskCitationPicker(risks.catalog(), this))
{
    setObjectName(QStringLiteral("riskTaskDialog"));
    setWindowTitle(isNew() ? tr("New Remediation Task")
                           : tr("Edit Task \u2014 %1").arg(task.title));

    m_title->setObjectName(QStringLiteral("taskTitle"));
    m_title->setPlaceholderText(tr("e.g. Encrypt billing laptops with BitLocker"));
    m_owner->setObjectName(QStringLiteral("taskOwner"));
    m_owner->setOwners(owners);
    m_due->setObjectName(QStringLiteral("taskDue"));
    m_due->setOptional(tr("No due date"));
    m_due->setFallbackDate(today.addMonths(1));
    m_status->setObjectName(QStringLiteral("taskStatus"));
    for (const TaskStatus status : allTaskStatuses())
        m_status->addItem(taskStatusLabel(status), taskStatusKey(status));
    m_completed->setObjectName(QStringLiteral("taskCompleted"));
    m_completed->setOptional(tr("Not done yet"), tr("Not done yet"));
    m_completed->setFallbackDate(today);
    m_completed->noneCheck()->hide();
    m_evidence->setObjectName(QStringLiteral("taskEvidence"));
    m_evidence->setPlaceholderText(
        tr("Where the proof is, e.g. BitLocker recovery keys escrowed in Intune, report of "
           "2026-03-14 filed under IT/Evidence."));
    m_citations->setObjectName(QStringLiteral("taskCitations"));
    m_citations->view()->setMinimumHeight(m_citations->fontMetrics().lineSpacing() * 6);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Due:"), m_due);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("&Completed on:"), m_completed);
    form->addRow(tr("&Evidence:"), m_evidence);
    auto* citationsLabel = new QLabel(tr("Security &Rule:"), this);
    citationsLabel->setBuddy(m_citations);
    form->addRow(citationsLabel, m_citations);

    QDialogButtonBox* buttons =
        createButtons(QStringLiteral("saveTaskButton"), tr("Save the task (Ctrl+S)"));
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    m_title->setText(task.title);
    m_owner->setOwner(task.owner);
    m_due->setDate(task.dueOn);
    m_status->setCurrentIndex(std::max(0, m_status->findData(taskStatusKey(task.status))));
    m_completed->setDate(task.completedOn);
    m_evidence->setPlainText(task.evidenceNote);
    m_citations->setCitations(task.citations);
    statusChanged();

    connect(m_title, &QLineEdit::textChanged, this, &RiskTaskDialog::updateValidation);
    connect(m_owner, &RiskOwnerField::ownerChanged, this, &RiskTaskDialog::updateValidation);
    connect(m_due, &RiskDateField::dateChanged, this, &RiskTaskDialog::updateValidation);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RiskTaskDialog::statusChanged);
    connect(m_completed, &RiskDateField::dateChanged, this, &RiskTaskDialog::updateValidation);
    connect(m_evidence, &QPlainTextEdit::textChanged, this, &RiskTaskDialog::updateValidation);
    connect(m_citations, &RiskCitationPicker::citationsChanged, this,
            &RiskTaskDialog::updateValidation);

    m_baseline = this->task();
    updateValidation();
    setMinimumSize(580, 520);
    resize(640, 600);
    m_title->setFocus();
}

void RiskTaskDialog::setReadOnly(bool readOnly)
{
    setLocked(readOnly);
    m_title->setReadOnly(readOnly);
    m_owner->setEnabled(!readOnly);
    m_due->setReadOnly(readOnly);
    m_status->setEnabled(!readOnly);
    m_completed->setReadOnly(readOnly);
    m_evidence->setReadOnly(readOnly);
    m_citations->setReadOnly(readOnly);
    saveButton()->setVisible(!readOnly);
    m_cancelButton->setText(readOnly ? tr("&Close") : tr("&Cancel"));
    if (readOnly) {
        setWindowTitle(tr("Task \u2014 %1").arg(m_original.title));
        banner()->clearMessage();
    } else {
        updateValidation();
    }
}

RemediationTask RiskTaskDialog::task() const
{
    RemediationTask out = m_original;
    out.title = m_title->text();
    out.owner = m_owner->owner();
    out.dueOn = m_due->date();
    out.status = taskStatusFromKey(m_status->currentData().toString()).value_or(TaskStatus::Open);
    out.completedOn = out.status == TaskStatus::Done ? m_completed->date() : QDate();
    out.evidenceNote = m_evidence->toPlainText();
    out.citations = m_citations->citations();
    return out;
}

bool RiskTaskDialog::isModified() const
{
    return !(task() == m_baseline);
}

QStringList RiskTaskDialog::problems() const
{
    return m_risks.problems(task());
}

bool RiskTaskDialog::store()
{
    Result<RemediationTask> stored = isNew() ? m_risks.addTask(task()) : m_risks.updateTask(task());
    if (!stored)
        return refuse(tr("The task was not saved: %1").arg(stored.error().message));
    m_saved = *stored;
    return true;
}

void RiskTaskDialog::statusChanged()
{
    const bool done = m_status->currentData().toString() == taskStatusKey(TaskStatus::Done);
    m_completed->setEnabled(done);
    if (done && !m_completed->date().isValid())
        m_completed->setDate(m_original.completedOn.isValid() ? m_original.completedOn : m_today);
    else if (!done && m_completed->date().isValid())
        m_completed->setDate(QDate());
    updateValidation();
}

} // namespace palisade::ui
