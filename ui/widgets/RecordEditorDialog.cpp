#include "ui/widgets/RecordEditorDialog.h"

#include "ui/risk/RiskEditorText.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>

namespace palisade::ui {

RecordEditorDialog::RecordEditorDialog(const Texts& texts, QWidget* parent)
    : QDialog(parent)
    , m_texts(texts)
    , m_banner(new MessageBanner(this))
{
}

QDialogButtonBox* RecordEditorDialog::createButtons(const QString& saveName,
                                                    const QString& saveToolTip)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(saveName);
    m_saveButton->setToolTip(saveToolTip);

    auto* saveAction = new QAction(m_texts.saveAction, this);
    saveAction->setShortcut(QKeySequence::Save);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, &RecordEditorDialog::save);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordEditorDialog::requestClose);
    return buttons;
}

void RecordEditorDialog::updateValidation()
{
    if (m_locked)
        return;
    const QStringList found = problems();
    m_saveButton->setEnabled(found.isEmpty() && canStore());
    if (found.isEmpty()) {
        // A note such as "Saved." stays while the dialog is kept open after storing.
        if (m_banner->kind() != MessageBanner::Kind::Information || !m_storedOnce)
            m_banner->clearMessage();
        return;
    }
    // A blank new form is not wrong yet: say what is needed without alarm.
    const bool pristine = !m_saveAttempted && !isModified();
    RiskEditorText::showProblems(
        m_banner, pristine ? MessageBanner::Kind::Information : MessageBanner::Kind::Warning,
        m_texts.toSave, found);
}

bool RecordEditorDialog::save()
{
    if (!storeEdits())
        return false;
    QDialog::accept();
    return true;
}

bool RecordEditorDialog::storeEdits()
{
    if (m_locked || !canStore())
        return false;
    commitOpenEditor();
    m_saveAttempted = true;
    if (RiskEditorText::showProblems(m_banner, MessageBanner::Kind::Error, m_texts.notSaved,
                                     problems()))
        return false;
    return store();
}

void RecordEditorDialog::commitOpenEditor()
{
    // A cell still being edited has not reached the model yet; moving the
    // focus to its view makes the open editor commit it.
    if (!m_editedView)
        return;
    if (QWidget* focused = focusWidget();
        focused && focused != m_editedView && m_editedView->isAncestorOf(focused))
        m_editedView->setFocus(Qt::OtherFocusReason);
}

bool RecordEditorDialog::refuse(const QString& message)
{
    m_banner->showMessage(MessageBanner::Kind::Error, message);
    return false;
}

void RecordEditorDialog::lock(MessageBanner::Kind kind, const QString& reason)
{
    m_locked = true;
    m_saveButton->setEnabled(false);
    m_banner->showMessage(kind, reason);
}

void RecordEditorDialog::reject()
{
    requestClose();
}

bool RecordEditorDialog::requestClose()
{
    if (!confirmDiscard())
        return false;
    // Saving when asked has closed the dialog already.
    if (result() != QDialog::Accepted)
        closeWithoutAsking();
    return true;
}

void RecordEditorDialog::closeWithoutAsking()
{
    if (m_storedOnce)
        done(QDialog::Accepted);
    else
        QDialog::reject();
}

bool RecordEditorDialog::confirmDiscard()
{
    if (!isModified() || unsavedQuestion().isEmpty())
        return true;
    switch (askAboutUnsavedChanges()) {
    case UnsavedChoice::Save:
        return save();
    case UnsavedChoice::Discard:
        return true;
    case UnsavedChoice::KeepEditing:
        break;
    }
    return false;
}

RecordEditorDialog::UnsavedChoice RecordEditorDialog::askAboutUnsavedChanges()
{
    if (m_prompt)
        return m_prompt();
    QMessageBox ask(QMessageBox::Question, m_texts.unsavedTitle, unsavedQuestion(),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("unsavedChangesPrompt"));
    ask.setDefaultButton(QMessageBox::Save);
    switch (ask.exec()) {
    case QMessageBox::Save:
        return UnsavedChoice::Save;
    case QMessageBox::Discard:
        return UnsavedChoice::Discard;
    default:
        return UnsavedChoice::KeepEditing;
    }
}

} // namespace palisade::ui
