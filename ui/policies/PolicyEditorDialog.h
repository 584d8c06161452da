#pragma once

#include "core/policies/Policy.h"
#include "ui/widgets/RecordEditorDialog.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class RiskCitationPicker;

// Creates or edits a policy's details: code, title, category, owner, review
// cycle, the roles that must approve each revision and the Security Rule
// standards it implements. Its words are written in its revisions. What would
// stop it being saved is listed as the user types, and Save stays disabled
// until the list is empty. Closing with unsaved edits asks first.
class PolicyEditorDialog : public RecordEditorDialog
{
    Q_OBJECT

public:
    enum Tab
    {
        DetailsTab,
        CitationsTab,
    };

    // nullopt creates a new policy with an empty draft revision 1.
    PolicyEditorDialog(Program& program, std::optional<qint64> policyId, QWidget* parent = nullptr);

    bool isNew() const override { return m_original.id == 0; }
    bool isModified() const override;
    Policy candidate() const;
    const Policy& savedPolicy() const { return m_saved; }
    QStringList problems() const override;

    void addRole();
    void removeSelectedRoles();

    QTabWidget* tabs() const { return m_tabs; }
    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* categoryCombo() const { return m_category; }
    QLineEdit* ownerEdit() const { return m_owner; }
    QSpinBox* reviewCycleSpin() const { return m_cycle; }
    QStandardItemModel* roleModel() const { return m_roles; }
    QTableView* roleTable() const { return m_roleTable; }
    RiskCitationPicker* citationPicker() const { return m_citations; }

protected:
    bool store() override;
    QString unsavedQuestion() const override;
    bool canStore() const override;

private:
    QWidget* buildDetails();
    void load(const Policy& policy);

    Program& m_program;
    Policy m_original;
    Policy m_baseline;
    Policy m_saved;

    QTabWidget* m_tabs;
    QLineEdit* m_code;
    QLineEdit* m_title;
    QComboBox* m_category;
    QLineEdit* m_owner;
    QSpinBox* m_cycle;
    QStandardItemModel* m_roles;
    QTableView* m_roleTable;
    QPushButton* m_addRole;
    QPushButton* m_removeRole;
    RiskCitationPicker* m_citations;
};

} // namespace palisade::ui
