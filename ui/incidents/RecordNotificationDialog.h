#pragma once

#include "core/incidents/Incident.h"
#include "core/incidents/IncidentNotification.h"
#include "core/incidents/RequiredNotification.h"
#include "ui/widgets/RecordEditorDialog.h"

#include <QByteArray>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace palisade {
class Program;
}

namespace palisade::ui {

class RiskDateField;

// Records a breach notice as sent: to whom (with the State for the media or a
// State authority, the covered entity for a covered-entity notice), on what
// day, how, by whom, what it said, and optionally a copy of the letter (any
// file). Opened from a row of the notices an incident calls for, it starts
// filled in for that notice. A notice is never changed once recorded.
class RecordNotificationDialog : public RecordEditorDialog
{
    Q_OBJECT

public:
    RecordNotificationDialog(Program& program, qint64 incidentId,
                             const std::optional<RequiredNotification>& required = std::nullopt,
                             QWidget* parent = nullptr);

    bool isNew() const override { return true; }
    bool isModified() const override;
    QStringList problems() const override;
    IncidentNotification candidate() const;
    const IncidentNotification& savedNotification() const { return m_saved; }

    // Reads the letter to attach; false (with the reason shown) when it cannot be.
    bool attachCopy(const QString& path);
    void removeCopy();
    QString attachedFileName() const { return m_fileName; }

    QComboBox* recipientCombo() const { return m_recipient; }
    QLineEdit* jurisdictionEdit() const { return m_jurisdiction; }
    QComboBox* coveredEntityCombo() const { return m_coveredEntity; }
    RiskDateField* sentOnField() const { return m_sentOn; }
    QComboBox* methodCombo() const { return m_method; }
    QLineEdit* sentByEdit() const { return m_sentBy; }
    QPlainTextEdit* contentEdit() const { return m_content; }
    QLabel* copyLabel() const { return m_copyLabel; }
    QPushButton* attachButton() const { return m_attach; }
    QLabel* dueLabel() const { return m_due; }

protected:
    bool store() override;
    QString unsavedQuestion() const override;
    bool canStore() const override;

private:
    void fillCoveredEntities();
    void recipientChanged();
    void chooseCopy();
    void showCopy();

    Program& m_program;
    Incident m_incident;
    std::optional<RequiredNotification> m_required;
    IncidentNotification m_baseline;
    IncidentNotification m_saved;
    QString m_fileName;
    QByteArray m_fileContent;

    QLabel* m_due;
    QComboBox* m_recipient;
    QLineEdit* m_jurisdiction;
    QLabel* m_jurisdictionLabel;
    QComboBox* m_coveredEntity;
    QLabel* m_coveredEntityLabel;
    RiskDateField* m_sentOn;
    QComboBox* m_method;
    QLineEdit* m_sentBy;
    QPlainTextEdit* m_content;
    QLabel* m_copyLabel;
    QPushButton* m_attach;
    QPushButton* m_removeCopy;
};

} // namespace palisade::ui
