#pragma once

#include "core/training/Completion.h"
#include "core/training/Course.h"
#include "ui/widgets/RecordEditorDialog.h"

#include <QDateTime>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;

namespace palisade {
class Program;
}

namespace palisade::ui {

class RiskDateField;

// Records or corrects one person's completion of one course: the day (not in
// the future), the score, whether it passed (worked out from the score when
// the course has a passing score) and what the person attested to, and when.
class CompletionEditorDialog : public RecordEditorDialog
{
    Q_OBJECT

public:
    // nullopt records a new completion; a non-zero `personId` fixes who
    // completed it.
    CompletionEditorDialog(Program& program, std::optional<qint64> completionId,
                           qint64 personId = 0, QWidget* parent = nullptr);

    bool isNew() const override { return m_original.id == 0; }
    bool isModified() const override;
    QStringList problems() const override;
    Completion candidate() const;
    const Completion& savedCompletion() const { return m_saved; }
    // The sentence offered for the person to affirm about `courseTitle`.
    QString defaultAttestation(const QString& courseTitle) const;

    QComboBox* personCombo() const { return m_person; }
    QComboBox* courseCombo() const { return m_course; }
    RiskDateField* dateField() const { return m_date; }
    QDoubleSpinBox* scoreSpin() const { return m_score; }
    QCheckBox* passedCheck() const { return m_passed; }
    QLabel* passedNote() const { return m_passedNote; }
    QGroupBox* attestationBox() const { return m_attestation; }
    QPlainTextEdit* attestationEdit() const { return m_attestationText; }
    QDateTimeEdit* attestedAtEdit() const { return m_attestedAt; }

protected:
    bool store() override;
    QString unsavedQuestion() const override;
    bool canStore() const override;

private:
    void fillChoices(qint64 personId);
    void load(const Completion& completion);
    std::optional<Course> selectedCourse() const;
    void courseChanged();
    void updatePassed();

    Program& m_program;
    std::vector<Course> m_courses;
    Completion m_original;
    Completion m_baseline;
    Completion m_saved;
    QDateTime m_loadedAttestedAt; // as shown, to keep the stored instant when untouched
    QString m_offeredAttestation;

    QComboBox* m_person;
    QComboBox* m_course;
    RiskDateField* m_date;
    QDoubleSpinBox* m_score;
    QCheckBox* m_passed;
    QLabel* m_passedNote;
    QGroupBox* m_attestation;
    QPlainTextEdit* m_attestationText;
    QDateTimeEdit* m_attestedAt;
};

} // namespace palisade::ui
