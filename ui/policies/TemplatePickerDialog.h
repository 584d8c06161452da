#pragma once

#include "core/policies/PolicyTemplate.h"

#include <QDialog>
#include <QStringList>
#include <vector>

class QLabel;
class QTreeWidget;
class QPushButton;
class QTextBrowser;

namespace palisade {
class Program;
}

namespace palisade::ui {

class MessageBanner;

// Adopts starter policies: the templates shipped with the program, each
// checkable, with its text previewed; those whose code the library already
// holds are shown but cannot be picked. Each adopted template becomes a policy
// with its words as draft revision 1, ready to be edited and approved.
class TemplatePickerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TemplatePickerDialog(Program& program, QWidget* parent = nullptr);

    int templateCount() const { return int(m_templates.size()); }
    // Template keys, in list order.
    QStringList checkedKeys() const;
    void setChecked(const QString& key, bool checked);
    void selectAll();
    void selectNone();
    // Adds the checked templates and closes; false (with the reasons shown)
    // when none was added.
    bool adopt();
    int adoptedCount() const { return m_adopted; }

    QTreeWidget* list() const { return m_list; }
    QTextBrowser* preview() const { return m_preview; }
    QPushButton* adoptButton() const { return m_adopt; }
    QPushButton* selectAllButton() const { return m_all; }
    QPushButton* selectNoneButton() const { return m_none; }
    MessageBanner* banner() const { return m_banner; }

private:
    void load();
    void showSelected();
    void updateState();
    QString adoptOne(const PolicyTemplate& found);

    Program& m_program;
    std::vector<PolicyTemplate> m_templates;
    int m_adopted = 0;
    MessageBanner* m_banner;
    QTreeWidget* m_list;
    QTextBrowser* m_preview;
    QLabel* m_title;
    QLabel* m_details;
    QPushButton* m_all;
    QPushButton* m_none;
    QPushButton* m_adopt;
};

} // namespace palisade::ui
