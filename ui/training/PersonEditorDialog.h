#pragma once

#include "core/training/Person.h"
#include "ui/widgets/RecordEditorDialog.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace palisade {
class Program;
}

namespace palisade::ui {

class RiskDateField;

// Adds or edits a member of the workforce: who they are, their roles (which
// decide the courses they must take), when they were hired and began to
// access PHI, and whether they are still on the workforce.
class PersonEditorDialog : public RecordEditorDialog
{
    Q_OBJECT

public:
    // nullopt adds a new person.
    PersonEditorDialog(Program& program, std::optional<qint64> personId, QWidget* parent = nullptr);

    bool isNew() const override { return m_original.id == 0; }
    bool isModified() const override;
    QStringList problems() const override;
    Person candidate() const;
    const Person& savedPerson() const { return m_saved; }

    // Ticks exactly the roles in `keys`.
    void setCheckedRoles(const QStringList& keys);
    void editRoles();

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* employeeIdEdit() const { return m_employeeId; }
    QLineEdit* emailEdit() const { return m_email; }
    QComboBox* departmentCombo() const { return m_department; }
    QListWidget* roleList() const { return m_roles; }
    QPushButton* editRolesButton() const { return m_editRoles; }
    RiskDateField* hiredField() const { return m_hired; }
    RiskDateField* phiAccessField() const { return m_phiAccess; }
    QComboBox* statusCombo() const { return m_status; }
    RiskDateField* terminatedField() const { return m_terminated; }

protected:
    bool store() override;
    QString unsavedQuestion() const override;
    bool canStore() const override;

private:
    void fillRoles(const QStringList& checked);
    QStringList checkedRoles() const;
    void load(const Person& person);
    void statusChanged();

    Program& m_program;
    Person m_original;
    Person m_baseline;
    Person m_saved;

    QLineEdit* m_name;
    QLineEdit* m_employeeId;
    QLineEdit* m_email;
    QComboBox* m_department;
    QListWidget* m_roles;
    QPushButton* m_editRoles;
    RiskDateField* m_hired;
    RiskDateField* m_phiAccess;
    QComboBox* m_status;
    RiskDateField* m_terminated;
};

} // namespace palisade::ui
