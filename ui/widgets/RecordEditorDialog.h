#pragma once

#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/UnsavedChoice.h"

#include <QDialog>

class QAbstractItemView;
class QDialogButtonBox;
class QPushButton;

namespace palisade::ui {

// What every record editor does the same way. What would stop the record
// being saved is asked of the register as the user types and listed in the
// banner: as information while the form is untouched, as a warning once it is
// edited or a save was tried. Save (the button or Ctrl+S) stays disabled until
// the list is empty, stores the record through the register and closes; a
// refusal is shown and the dialog stays open with the edits intact. Closing
// with unsaved edits asks first (injectable with setUnsavedChangesPrompt()).
// A locked editor (unreadable, retired, read-only) has nothing to save.
class RecordEditorDialog : public QDialog
{
    Q_OBJECT

public:
    using UnsavedChoice = ui::UnsavedChoice;
    using UnsavedChangesPrompt = ui::UnsavedChangesPrompt;

    virtual bool isNew() const = 0;
    virtual bool isModified() const = 0;
    // What would stop the record being saved, in the register's words.
    virtual QStringList problems() const { return {}; }

    // Stores the record and closes; false (with the reason shown) when refused.
    bool save();
    // Closes as the user asked to: with unsaved edits, asks first. Returns
    // whether the dialog closed.
    bool requestClose();
    void reject() override;
    void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt) { m_prompt = std::move(prompt); }

    MessageBanner* banner() const { return m_banner; }
    QPushButton* saveButton() const { return m_saveButton; }

protected:
    // Each editor translates its own wording, each "%1" taking the bulleted
    // problems.
    struct Texts
    {
        QString toSave;       // e.g. "To save this policy:\n%1"
        QString notSaved;     // e.g. "The policy was not saved:\n%1"
        QString unsavedTitle; // the title of the unsaved-changes question
        QString saveAction;   // the name of the Ctrl+S action
    };

    RecordEditorDialog(const Texts& texts, QWidget* parent);

    // Writes the record through its register. When the register refuses,
    // shows why (refuse()) and returns false.
    virtual bool store() = 0;
    // The question asked before closing with unsaved edits; with none (the
    // default) the edits are dropped without asking.
    virtual QString unsavedQuestion() const { return {}; }
    // False while nothing may be written, e.g. the program file is read-only.
    virtual bool canStore() const { return true; }
    // Shows the problems, or clears the banner when there are none.
    virtual void updateValidation();

    // Save and Cancel buttons with Save wired to save() and Ctrl+S; Cancel
    // closes through requestClose().
    QDialogButtonBox* createButtons(const QString& saveName, const QString& saveToolTip);
    // A cell of `view` still being edited is committed before saving.
    void commitEditsOf(QAbstractItemView* view) { m_editedView = view; }

    // Checks and stores the record without closing; false when refused.
    // An editor that stays open after storing calls markStored().
    bool storeEdits();
    bool refuse(const QString& message);
    // True when the dialog may close: nothing unsaved, or the user chose.
    bool confirmDiscard();
    // Closes, as accepted after markStored().
    void closeWithoutAsking();

    // Nothing to save: updateValidation() and storeEdits() do nothing.
    void setLocked(bool locked) { m_locked = locked; }
    // Locks and says why in the banner.
    void lock(MessageBanner::Kind kind, const QString& reason);
    bool isLocked() const { return m_locked; }
    bool hasStored() const { return m_storedOnce; }
    // Something was stored while the dialog stays open: closing it then
    // counts as accepted, and a note such as "Saved." is not cleared.
    void markStored() { m_storedOnce = true; }
    // After storing while the dialog stays open: the form counts as fresh.
    void resetSaveAttempt() { m_saveAttempted = false; }

private:
    UnsavedChoice askAboutUnsavedChanges();
    void commitOpenEditor();

    Texts m_texts;
    UnsavedChangesPrompt m_prompt;
    MessageBanner* m_banner;
    QPushButton* m_saveButton = nullptr;
    QAbstractItemView* m_editedView = nullptr;
    bool m_locked = false;
    bool m_saveAttempted = false;
    bool m_storedOnce = false;
};

} // namespace palisade::ui
