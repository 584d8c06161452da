#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace palisade {
class Program;
}

namespace palisade::ui {

class MessageBanner;

// Keeps the list of workforce roles: adds, renames and removes them. A role
// still named by a person or a course cannot be removed; the register's
// refusal is shown as it is. Every change is stored at once.
class WorkforceRolesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WorkforceRolesDialog(Program& program, QWidget* parent = nullptr);

    // Each stores at once; false, with the reason shown, when refused.
    bool addRole(const QString& label);
    bool renameSelected(const QString& label);
    bool removeSelected();

    QString selectedKey() const;
    bool selectRole(const QString& key);
    // Whether any role was added, renamed or removed.
    bool hasChanged() const { return m_changed; }

    QListWidget* list() const { return m_list; }
    MessageBanner* banner() const { return m_banner; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* renameButton() const { return m_rename; }
    QPushButton* removeButton() const { return m_remove; }

private:
    void reload();
    void updateButtons();
    void askAdd();
    void askRename();
    void confirmRemove();

    Program& m_program;
    MessageBanner* m_banner;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_rename;
    QPushButton* m_remove;
    bool m_changed = false;
};

} // namespace palisade::ui
