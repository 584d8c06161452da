#pragma once

#include "core/training/Course.h"
#include "ui/widgets/RecordEditorDialog.h"

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QVBoxLayout;

namespace palisade {
class Program;
}

namespace palisade::ui {

// Adds or edits a course: what it is, who must take it (the roles ticked, or
// everyone), when it falls due, the policies whose changes call for it, the
// score that passes and how long a completion counts.
class CourseEditorDialog : public RecordEditorDialog
{
    Q_OBJECT

public:
    // nullopt adds a new course.
    CourseEditorDialog(Program& program, std::optional<qint64> courseId, QWidget* parent = nullptr);

    bool isNew() const override { return m_original.id == 0; }
    bool isModified() const override;
    QStringList problems() const override;
    Course candidate() const;
    const Course& savedCourse() const { return m_saved; }

    void setCheckedRoles(const QStringList& keys);
    void setCheckedPolicies(const QList<qint64>& ids);

    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* kindCombo() const { return m_kind; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QListWidget* roleList() const { return m_roles; }
    QLabel* rolesNote() const { return m_rolesNote; }
    QComboBox* cadenceCombo() const { return m_cadence; }
    QSpinBox* monthsSpin() const { return m_months; }
    QListWidget* policyList() const { return m_policies; }
    QSpinBox* passingScoreSpin() const { return m_passingScore; }
    QSpinBox* validitySpin() const { return m_validity; }

protected:
    bool store() override;
    QString unsavedQuestion() const override;
    bool canStore() const override;

private:
    void load(const Course& course);
    void fillLists(const Course& course);
    void cadenceChanged();
    void updateRolesNote();

    Program& m_program;
    Course m_original;
    Course m_baseline;
    Course m_saved;

    QLineEdit* m_title;
    QComboBox* m_kind;
    QPlainTextEdit* m_description;
    QListWidget* m_roles;
    QLabel* m_rolesNote;
    QComboBox* m_cadence;
    QSpinBox* m_months;
    QListWidget* m_policies;
    QLabel* m_policiesNote;
    QFormLayout* m_form = nullptr;
    QVBoxLayout* m_policiesRow = nullptr;
    QSpinBox* m_passingScore;
    QSpinBox* m_validity;
};

} // namespace palisade::ui
