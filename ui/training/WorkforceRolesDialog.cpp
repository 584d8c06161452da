#include "ui/training/WorkforceRolesDialog.h"

#include "core/program/Program.h"
#include "core/training/WorkforceRegister.h"
#include "ui/widgets/MessageBanner.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace palisade::ui {

WorkforceRolesDialog::WorkforceRolesDialog(Program& program, QWidget* parent)
    : QDialog(parent)
    , m_program(program)
    , m_banner(new MessageBanner(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add\u2026"), this))
    , m_rename(new QPushButton(tr("&Rename\u2026"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    setObjectName(QStringLiteral("workforceRolesDialog"));
    setWindowTitle(tr("Workforce Roles"));
    auto* intro = new QLabel(tr("Roles say which courses a person must take. A role named by a "
                                "person or a course cannot be removed until it is taken from "
                                "them."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("workforceRoleList"));
    m_list->setAccessibleName(tr("Workforce roles"));
    m_add->setObjectName(QStringLiteral("addWorkforceRoleButton"));
    m_add->setAutoDefault(false);
    m_rename->setObjectName(QStringLiteral("renameWorkforceRoleButton"));
    m_rename->setAutoDefault(false);
    m_remove->setObjectName(QStringLiteral("removeWorkforceRoleButton"));
    m_remove->setAutoDefault(false);

    auto* side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_rename);
    side->addWidget(m_remove);
    side->addStretch(1);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);

    const bool writable = !program.isReadOnly();
    m_add->setEnabled(writable);
    auto* remove = new QAction(tr("Remove Role"), m_list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(remove);
    connect(remove, &QAction::triggered, this, &WorkforceRolesDialog::confirmRemove);
    connect(m_list, &QListWidget::itemActivated, this, &WorkforceRolesDialog::askRename);
    connect(m_list, &QListWidget::currentRowChanged, this, &WorkforceRolesDialog::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &WorkforceRolesDialog::askAdd);
    connect(m_rename, &QPushButton::clicked, this, &WorkforceRolesDialog::askRename);
    connect(m_remove, &QPushButton::clicked, this, &WorkforceRolesDialog::confirmRemove);
    reload();
    resize(440, 380);
}

void WorkforceRolesDialog::reload()
{
    const QString selected = selectedKey();
    m_list->clear();
    Result<std::vector<WorkforceRole>> roles = m_program.workforce().roles();
    if (!roles) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The roles could not be read: %1").arg(roles.error().message));
        updateButtons();
        return;
    }
    for (const WorkforceRole& role : *roles) {
        auto* item = new QListWidgetItem(role.label, m_list);
        item->setData(Qt::UserRole, role.key);
    }
    if (!selectRole(selected) && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void WorkforceRolesDialog::updateButtons()
{
    const bool writable = !m_program.isReadOnly();
    const bool selected = !selectedKey().isEmpty();
    m_rename->setEnabled(writable && selected);
    m_remove->setEnabled(writable && selected);
}

QString WorkforceRolesDialog::selectedKey() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool WorkforceRolesDialog::selectRole(const QString& key)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (!key.isEmpty() && m_list->item(row)->data(Qt::UserRole).toString() == key) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool WorkforceRolesDialog::addRole(const QString& label)
{
    const Result<WorkforceRole> added = m_program.workforce().addRole(label);
    if (!added) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("The role was not added: %1").arg(added.error().message));
        return false;
    }
    m_changed = true;
    reload();
    selectRole(added->key);
    m_banner->showMessage(MessageBanner::Kind::Information, tr("%1 was added.").arg(added->label));
    return true;
}

bool WorkforceRolesDialog::renameSelected(const QString& label)
{
    const QString key = selectedKey();
    if (key.isEmpty())
        return false;
    const Result<WorkforceRole> renamed = m_program.workforce().renameRole(key, label);
    if (!renamed) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("The role was not renamed: %1").arg(renamed.error().message));
        return false;
    }
    m_changed = true;
    reload();
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("The role is now called %1.").arg(renamed->label));
    return true;
}

bool WorkforceRolesDialog::removeSelected()
{
    const QString key = selectedKey();
    if (key.isEmpty())
        return false;
    const QString label = m_list->currentItem()->text();
    const Result<void> removed = m_program.workforce().removeRole(key);
    if (!removed) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("%1 was not removed: %2").arg(label, removed.error().message));
        return false;
    }
    m_changed = true;
    reload();
    m_banner->showMessage(MessageBanner::Kind::Information, tr("%1 was removed.").arg(label));
    return true;
}

void WorkforceRolesDialog::askAdd()
{
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Add Role"), tr("Role name:"),
                                                QLineEdit::Normal, QString(), &ok);
    if (ok)
        addRole(label);
}

void WorkforceRolesDialog::askRename()
{
    if (selectedKey().isEmpty() || m_program.isReadOnly())
        return;
    bool ok = false;
    const QString label =
        QInputDialog::getText(this, tr("Rename Role"), tr("New name:"), QLineEdit::Normal,
                              m_list->currentItem()->text(), &ok);
    if (ok)
        renameSelected(label);
}

void WorkforceRolesDialog::confirmRemove()
{
    if (selectedKey().isEmpty() || m_program.isReadOnly())
        return;
    QMessageBox box(QMessageBox::Question, tr("Remove Role"),
                    tr("Remove the role %1?").arg(m_list->currentItem()->text()),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmRemoveWorkforceRole"));
    box.button(QMessageBox::Yes)->setText(tr("Remove"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() == QMessageBox::Yes)
        removeSelected();
}

} // namespace palisade::ui
