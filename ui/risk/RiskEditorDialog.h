#pragma once

#include "core/risk/Asset.h"
#include "core/risk/RemediationTask.h"
#include "core/risk/Risk.h"
#include "core/risk/RiskMatrix.h"
#include "ui/widgets/RecordEditorDialog.h"

#include <QDateTime>
#include <optional>
#include <vector>

class QPushButton;
class QTabWidget;

namespace palisade {
class Program;
struct RiskRegisterSnapshot;
} // namespace palisade

namespace palisade::ui {

class RiskCitationPicker;
class RiskEditorAssessmentTab;
class RiskEditorGeneralTab;
class RiskEditorTreatmentTab;
class RiskHistoryWidget;
class RiskTaskPanel;

// Creates or edits one risk, with every field on the tabs "Risk",
// "Assessment", "Treatment", "Tasks", "Security Rule" and "History".
//
// What would stop the risk being saved is asked of the register as the user
// types and listed at the top; Save (Ctrl+S) stays disabled until the list is
// empty. exec() returns Accepted once the risk has been saved. When saving
// fails, the reason is shown and the dialog stays open with the edits intact.
// Closing with unsaved edits (Cancel, Escape) asks first; the question is
// injectable with setUnsavedChangesPrompt().
//
// Read-only mode: forSnapshot() opens the risk as it stood in an as-of
// snapshot of the register, with its tasks and the history up to that moment;
// nothing can be changed and the only button is Close.
class RiskEditorDialog : public RecordEditorDialog
{
    Q_OBJECT

public:
    enum Tab
    {
        RiskTab,
        AssessmentTab,
        TreatmentTab,
        TasksTab,
        SecurityRuleTab,
        HistoryTab,
    };

    // nullopt creates a new risk.
    RiskEditorDialog(Program& program, std::optional<qint64> riskId, QWidget* parent = nullptr);
    // The risk as `snapshot` holds it, read-only; nullptr when it holds no such risk.
    static RiskEditorDialog* forSnapshot(Program& program, const RiskRegisterSnapshot& snapshot,
                                         qint64 riskId, QWidget* parent = nullptr);

    bool isReadOnly() const { return isLocked(); }
    bool isNew() const override { return m_original.id == 0; }
    bool isModified() const override;
    // The risk as the fields describe it now.
    Risk candidate() const;
    // The risk as stored by the last successful save.
    const Risk& savedRisk() const { return m_saved; }
    QStringList problems() const override;

    // Stores the risk and keeps editing it, e.g. to add tasks to a new risk.
    bool saveAndContinue();

    QTabWidget* tabs() const { return m_tabs; }
    RiskEditorGeneralTab* generalTab() const { return m_general; }
    RiskEditorAssessmentTab* assessmentTab() const { return m_assessment; }
    RiskEditorTreatmentTab* treatmentTab() const { return m_treatment; }
    RiskTaskPanel* taskPanel() const { return m_tasks; }
    RiskCitationPicker* citationPicker() const { return m_citations; }
    RiskHistoryWidget* historyWidget() const { return m_history; }
    QPushButton* closeButton() const { return m_closeButton; }

protected:
    bool store() override;
    QString unsavedQuestion() const override;

private:
    struct Snapshot
    {
        Risk risk;
        std::vector<RemediationTask> tasks;
        RiskMatrix matrix;
        std::vector<Asset> assets;
        QDateTime cutoff;
        QDate asOf;
    };
    RiskEditorDialog(Program& program, const Snapshot& snapshot, QWidget* parent);

    void buildUi();
    void loadRisk(const Risk& risk);
    void connectEdits();
    void setReadOnly(bool readOnly);
    void updateTitle();
    void reloadHistory();
    QStringList knownOwners() const;

    Program& m_program;
    Risk m_original;
    Risk m_baseline;
    Risk m_saved;
    std::vector<Asset> m_assets;
    QDateTime m_historyCutoff; // events before it only; invalid for all

    QTabWidget* m_tabs = nullptr;
    RiskEditorGeneralTab* m_general = nullptr;
    RiskEditorAssessmentTab* m_assessment = nullptr;
    RiskEditorTreatmentTab* m_treatment = nullptr;
    RiskTaskPanel* m_tasks = nullptr;
    RiskCitationPicker* m_citations = nullptr;
    RiskHistoryWidget* m_history = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace palisade::ui
