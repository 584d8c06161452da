#pragma once

#include "core/program/FailedUnlockLog.h"
#include "ui/session/ClipboardGuard.h"
#include "ui/session/IdleLock.h"
#include "ui/settings/AppSettings.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QSettings;

namespace palisade {
class Clock;
class Program;
} // namespace palisade

namespace palisade::ui {

class CreateProgramWizard;
class MainWindow;
class UnlockDialog;

// The life of one session: create or unlock a program file, show the main
// window, and lock again (on request or when idle), which closes every window
// and the file and asks for the passphrase anew. Owns the open Program.
class SessionController : public QObject
{
    Q_OBJECT

public:
    SessionController(QSettings& settings, const Clock& clock, QObject* parent = nullptr);
    ~SessionController() override;

    // Unlocks `file` if given, else the last file used, else starts the wizard.
    void start(const QString& file = {});
    // Closes every window and the program file, then asks for the passphrase again.
    void lock(const QString& reason);

    Program* program() const { return m_program.get(); }
    MainWindow* mainWindow() const;
    UnlockDialog* unlockDialog() const;
    CreateProgramWizard* wizard() const;
    IdleLock& idleLock() { return m_idleLock; }
    ClipboardGuard& clipboard() { return m_clipboard; }
    AppSettings& appSettings() { return m_appSettings; }
    FailedUnlockLog& failedUnlocks() { return m_failedUnlocks; }

    // Where the wizard suggests new files; the application data folder unless set.
    void setDefaultFolder(const QString& folder) { m_defaultFolder = folder; }

    void showSettings();
    void showChangePassphrase();

signals:
    void programOpened();
    void locked();

private:
    void showUnlock(const QString& path);
    void showWizard();
    void onUnlocked();
    void onCreated();
    void onWizardRejected();
    void enter(std::unique_ptr<Program> program);
    void closeOtherWindows();

    AppSettings m_appSettings;
    FailedUnlockLog m_failedUnlocks;
    const Clock& m_clock;
    ClipboardGuard m_clipboard;
    IdleLock m_idleLock;
    QString m_defaultFolder;
    std::unique_ptr<Program> m_program;
    QPointer<MainWindow> m_mainWindow;
    QPointer<UnlockDialog> m_unlockDialog;
    QPointer<CreateProgramWizard> m_wizard;
};

} // namespace palisade::ui
