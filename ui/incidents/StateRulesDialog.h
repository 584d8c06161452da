#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class MessageBanner;
class StateRuleTableModel;

// The States' own breach-notice rules: for each jurisdiction, from how many
// affected residents its authority must be told and within how many days.
// Add, edit and delete go through StateRuleRegister; each rule is edited in a
// StateRuleDialog that checks it as it is typed.
class StateRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StateRulesDialog(Program& program, QWidget* parent = nullptr);

    void reload();
    bool selectRule(qint64 id);
    qint64 selectedRuleId() const;
    // Deletes the selected rule after asking (skipped when `ask` is false).
    bool deleteSelected(bool ask = true);

    StateRuleTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    MessageBanner* banner() const { return m_banner; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }
    QLabel* emptyLabel() const { return m_empty; }

private:
    void addRule();
    void editSelected();
    void updateButtons();

    Program& m_program;
    StateRuleTableModel* m_model;
    MessageBanner* m_banner;
    QTableView* m_table;
    QLabel* m_empty;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
};

} // namespace palisade::ui
