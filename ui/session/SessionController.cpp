#include "ui/session/SessionController.h"

#include "core/program/Program.h"
#include "ui/session/ChangePassphraseDialog.h"
#include "ui/session/CreateProgramWizard.h"
#include "ui/session/UnlockDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <chrono>

namespace palisade::ui {
namespace {
std::chrono::milliseconds minutes(int count)
{
    return std::chrono::minutes(count);
}
} // namespace

SessionController::SessionController(QSettings& settings, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_appSettings(settings)
    , m_failedUnlocks(settings)
    , m_clock(clock)
    , m_idleLock(minutes(m_appSettings.idleMinutes()))
{
    connect(&m_idleLock, &IdleLock::idle, this, [this] { lock(QStringLiteral("idle")); });
}

SessionController::~SessionController()
{
    m_idleLock.stop();
    delete m_mainWindow;
    delete m_unlockDialog;
    delete m_wizard;
    if (m_program) {
        m_clipboard.clearIfOurs();
        m_program->lock(QStringLiteral("exit"));
        m_program.reset();
    }
}

MainWindow* SessionController::mainWindow() const
{
    return m_mainWindow;
}

UnlockDialog* SessionController::unlockDialog() const
{
    return m_unlockDialog;
}

CreateProgramWizard* SessionController::wizard() const
{
    return m_wizard;
}

void SessionController::start(const QString& file)
{
    QString path = file;
    if (path.isEmpty()) {
        const QString last = m_appSettings.lastFilePath();
        if (!last.isEmpty() && QFileInfo(last).isFile())
            path = last;
    }
    if (path.isEmpty())
        showWizard();
    else
        showUnlock(path);
}

void SessionController::showUnlock(const QString& path)
{
    if (!m_unlockDialog) {
        m_unlockDialog = new UnlockDialog(path, m_failedUnlocks, m_clock);
        m_unlockDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_unlockDialog, &UnlockDialog::unlocked, this, &SessionController::onUnlocked);
        connect(m_unlockDialog, &UnlockDialog::createNewRequested, this,
                &SessionController::showWizard);
        // A finished dialog deletes itself later; it must not be shown again meanwhile.
        connect(m_unlockDialog, &QDialog::finished, this, [this] { m_unlockDialog = nullptr; });
    } else if (m_unlockDialog->path() != QFileInfo(path).absoluteFilePath()) {
        m_unlockDialog->setPath(path);
    }
    m_unlockDialog->show();
    m_unlockDialog->raise();
    m_unlockDialog->activateWindow();
}

void SessionController::showWizard()
{
    if (!m_wizard) {
        m_wizard = new CreateProgramWizard(m_clock);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        if (!m_defaultFolder.isEmpty())
            m_wizard->setDefaultFolder(m_defaultFolder);
        connect(m_wizard, &CreateProgramWizard::created, this, &SessionController::onCreated);
        connect(m_wizard, &QDialog::rejected, this, &SessionController::onWizardRejected);
        connect(m_wizard, &QDialog::finished, this, [this] { m_wizard = nullptr; });
    }
    // Shown before the unlock dialog hides, so there is always a window and the
    // application does not take the moment as its last window closing.
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
    if (m_unlockDialog)
        m_unlockDialog->hide();
}

void SessionController::onWizardRejected()
{
    // Back to the file the user was unlocking before choosing "Create new".
    if (m_unlockDialog && !m_program)
        showUnlock(m_unlockDialog->path());
}

void SessionController::onUnlocked()
{
    if (!m_unlockDialog)
        return;
    std::unique_ptr<Program> program = m_unlockDialog->takeProgram();
    if (program)
        enter(std::move(program));
}

void SessionController::onCreated()
{
    if (!m_wizard)
        return;
    std::unique_ptr<Program> program = m_wizard->takeProgram();
    if (!program)
        return;
    enter(std::move(program));
    if (m_unlockDialog)
        m_unlockDialog->reject();
}

void SessionController::enter(std::unique_ptr<Program> program)
{
    m_program = std::move(program);
    m_appSettings.setLastFilePath(m_program->path());

    auto* window = new MainWindow(*m_program, m_clipboard);
    m_mainWindow = window;
    connect(window, &MainWindow::lockRequested, this, [this] { lock(QStringLiteral("manual")); });
    connect(window, &MainWindow::settingsRequested, this, &SessionController::showSettings);
    connect(window, &MainWindow::changePassphraseRequested, this,
            &SessionController::showChangePassphrase);
    window->show();
    window->raise();
    window->activateWindow();

    m_idleLock.start();
    emit programOpened();
}

void SessionController::closeOtherWindows()
{
    QList<QPointer<QWidget>> windows;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget != m_unlockDialog && widget != m_mainWindow && widget->isVisible())
            windows.append(widget);
    }
    // Dialogs are rejected rather than deleted: one may be running its own
    // event loop (exec()), which must return normally to its caller.
    for (const QPointer<QWidget>& widget : windows) {
        if (!widget)
            continue;
        if (auto* dialog = qobject_cast<QDialog*>(widget.data()))
            dialog->reject();
        if (widget && widget->isVisible())
            widget->close();
    }
}

void SessionController::lock(const QString& reason)
{
    if (!m_program)
        return;
    m_idleLock.stop();
    const QString path = m_program->path();

    // The unlock dialog appears first, so closing the others never leaves the
    // application without a window (which would make it quit).
    showUnlock(path);
    closeOtherWindows();
    m_clipboard.clearIfOurs();
    // Background readers (audit verification) share the connection; they
    // stop before it closes, also for a read-only file that records no event.
    if (m_mainWindow)
        m_mainWindow->stopBackgroundWork();
    m_program->lock(reason);

    // Deleted from the event loop, not here: lock() may run inside a dialog's
    // exec() started by the main window, which then returns into that window.
    if (m_mainWindow) {
        m_mainWindow->disconnect(this);
        m_mainWindow->hide();
        m_mainWindow->deleteLater();
        m_mainWindow = nullptr;
    }
    m_program.release()->deleteLater();
    emit locked();
}

void SessionController::showSettings()
{
    auto* dialog = new SettingsDialog(m_appSettings, m_mainWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { m_idleLock.setInterval(minutes(m_appSettings.idleMinutes())); });
    dialog->open();
}

void SessionController::showChangePassphrase()
{
    if (!m_program)
        return;
    auto* dialog = new ChangePassphraseDialog(*m_program, m_mainWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        auto* done =
            new QMessageBox(QMessageBox::Information, tr("Passphrase Changed"),
                            tr("The program file is now encrypted with the new passphrase. "
                               "Use it the next time you unlock Palisade."),
                            QMessageBox::Ok, m_mainWindow);
        done->setAttribute(Qt::WA_DeleteOnClose);
        done->open();
    });
    dialog->open();
}

} // namespace palisade::ui
