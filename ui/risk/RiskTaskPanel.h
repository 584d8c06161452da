#pragma once

#include "core/risk/RemediationTask.h"

#include <QWidget>
#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class MessageBanner;
class RiskTaskTableModel;

// The Tasks tab of the risk editor: the risk's remediation tasks with Add,
// Edit and Delete. Task changes are stored at once, through the register,
// independently of the risk's own Save. Until the risk exists it explains
// that it must be saved first.
class RiskTaskPanel : public QWidget
{
    Q_OBJECT

public:
    // Asked before a task is deleted; true to go ahead.
    using DeleteConfirmation = std::function<bool(const RemediationTask&)>;

    explicit RiskTaskPanel(Program& program, QWidget* parent = nullptr);

    // nullopt for a risk not yet saved.
    void setRiskId(std::optional<qint64> riskId);
    std::optional<qint64> riskId() const { return m_riskId; }
    // Shows fixed tasks (an as-of view); nothing can be changed.
    void showSnapshot(qint64 riskId, std::vector<RemediationTask> tasks);
    void setOwners(const QStringList& owners) { m_owners = owners; }
    void setDeleteConfirmation(DeleteConfirmation confirm) { m_confirmDelete = std::move(confirm); }

    void reload();
    void addTask();
    void editCurrentTask();
    // Removes the selected task; false (with the register's reason shown) when refused.
    bool deleteCurrentTask();
    void selectTask(qint64 taskId);

    RiskTaskTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* saveFirstButton() const { return m_saveFirst; }
    MessageBanner* banner() const { return m_banner; }
    QString placeholderText() const;
    bool isShowingPlaceholder() const;

signals:
    // The user asked to save the new risk so that tasks can be added.
    void saveRiskRequested();

private:
    std::optional<RemediationTask> currentTask() const;
    void updateButtons();
    bool confirmDelete(const RemediationTask& task);

    Program& m_program;
    std::optional<qint64> m_riskId;
    bool m_snapshot = false;
    QStringList m_owners;
    DeleteConfirmation m_confirmDelete;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QPushButton* m_saveFirst;
    RiskTaskTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QLabel* m_note;
    MessageBanner* m_banner;
};

} // namespace palisade::ui
