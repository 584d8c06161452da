#include "ui/incidents/CorrectiveActionDialog.h"

#include "core/incidents/CorrectiveActionRegister.h"
#include "core/incidents/IncidentValidator.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "ui/risk/RiskDateField.h"
#include "ui/risk/RiskEditorText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace palisade::ui {

CorrectiveActionDialog::CorrectiveActionDialog(Program& program, qint64 incidentId,
                                               std::optional<qint64> actionId, QWidget* parent)
    : RecordEditorDialog({tr("To save this action:\n%1"), tr("The action was not saved:\n%1"),
                          tr("Unsaved Changes"), tr("Save")},
                         parent)
    , m_program(program)
    , m_title(new QLineEdit(this))
    , m_notes(RiskEditorText::multiLine(this, 4))
    , m_owner(new QLineEdit(this))
    , m_due(new RiskDateField(this))
{
    setObjectName(QStringLiteral("correctiveActionDialog"));
    m_title->setObjectName(QStringLiteral("actionTitle"));
    m_title->setMaxLength(IncidentValidator::maximumTitleLength);
    m_title->setPlaceholderText(tr("For example: Retrain billing staff on verifying recipients"));
    m_notes->setObjectName(QStringLiteral("actionNotes"));
    m_notes->setAccessibleName(tr("Description"));
    m_notes->setPlaceholderText(tr("What is to be done, and how you will know it worked"));
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_due->setObjectName(QStringLiteral("actionDue"));
    m_due->setOptional(tr("No due date"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Action:"), m_title);
    form->addRow(tr("&Description:"), m_notes);
    form->addRow(tr("O&wner:"), m_owner);
    form->addRow(tr("D&ue by:"), m_due);
    auto* doneNote = new QLabel(this);
    doneNote->setObjectName(QStringLiteral("actionDoneNote"));
    doneNote->setWordWrap(true);
    doneNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), doneNote);

    QDialogButtonBox* buttons =
        createButtons(QStringLiteral("saveActionButton"), tr("Save the action (Ctrl+S)"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    QString lockedReason;
    CorrectiveAction start;
    start.incidentId = incidentId;
    if (actionId) {
        Result<std::vector<CorrectiveAction>> actions =
            program.correctiveActions().actions(incidentId);
        bool found = false;
        if (actions) {
            for (const CorrectiveAction& action : *actions) {
                if (action.id == *actionId) {
                    start = action;
                    found = true;
                }
            }
        }
        if (!found)
            lockedReason =
                actions ? tr("The action no longer exists.")
                        : tr("The action could not be read: %1").arg(actions.error().message);
    } else {
        start.dueOn = program.clock().today().addDays(30);
    }
    m_original = start;
    m_title->setText(start.title);
    m_notes->setPlainText(start.notes);
    m_owner->setText(start.owner);
    m_due->setFallbackDate(program.clock().today().addDays(30));
    m_due->setDate(start.dueOn);
    doneNote->setText(start.isDone() ? tr("Done on %1.").arg(isoDate(start.doneOn))
                                     : tr("Mark it done from the list once it is."));
    m_baseline = candidate();

    connect(m_title, &QLineEdit::textChanged, this, &CorrectiveActionDialog::updateValidation);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CorrectiveActionDialog::updateValidation);
    connect(m_owner, &QLineEdit::textChanged, this, &CorrectiveActionDialog::updateValidation);
    connect(m_due, &RiskDateField::dateChanged, this, &CorrectiveActionDialog::updateValidation);

    setWindowTitle(isNew() ? tr("Add Corrective Action") : tr("Corrective Action"));
    if (!lockedReason.isEmpty())
        lock(MessageBanner::Kind::Error, lockedReason);
    else
        updateValidation();
    m_title->setFocus();
    setMinimumWidth(480);
    resize(560, sizeHint().height());
}

CorrectiveAction CorrectiveActionDialog::candidate() const
{
    CorrectiveAction action = m_original;
    action.title = m_title->text();
    action.notes = m_notes->toPlainText();
    action.owner = m_owner->text();
    action.dueOn = m_due->date();
    IncidentValidator::normalize(action);
    return action;
}

bool CorrectiveActionDialog::isModified() const
{
    return !isLocked() && candidate() != m_baseline;
}

QStringList CorrectiveActionDialog::problems() const
{
    return IncidentValidator::problems(candidate());
}

bool CorrectiveActionDialog::canStore() const
{
    return m_program.isOpen() && !m_program.isReadOnly();
}

bool CorrectiveActionDialog::store()
{
    Result<CorrectiveAction> stored = isNew()
                                          ? m_program.correctiveActions().addAction(candidate())
                                          : m_program.correctiveActions().updateAction(candidate());
    if (!stored)
        return refuse(tr("The action was not saved: %1").arg(stored.error().message));
    m_saved = *stored;
    return true;
}

QString CorrectiveActionDialog::unsavedQuestion() const
{
    return isNew() ? tr("Save this action before closing?")
                   : tr("Save the changes to this action before closing?");
}

} // namespace palisade::ui
