#pragma once

#include <QDialog>
#include <QTimer>
#include <memory>

class QLabel;
class QPushButton;

namespace palisade {
class Clock;
class FailedUnlockLog;
class Program;
} // namespace palisade

namespace palisade::ui {

class MessageBanner;
class PassphraseLineEdit;

// Asks for the passphrase of one program file. A wrong passphrase is recorded
// (outside the file, which must not change) and makes the next attempt wait a
// little longer; the failures go into the audit trail at the next unlock.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    UnlockDialog(const QString& path, FailedUnlockLog& failures, const Clock& clock,
                 QWidget* parent = nullptr);
    ~UnlockDialog() override;

    QString path() const { return m_path; }
    void setPath(const QString& path);

    // The unlocked program, once; empty until unlocked() was emitted.
    std::unique_ptr<Program> takeProgram();

    PassphraseLineEdit* passphraseEdit() const { return m_passphrase; }
    QPushButton* unlockButton() const { return m_unlock; }
    QPushButton* openOtherButton() const { return m_openOther; }
    QPushButton* createNewButton() const { return m_createNew; }
    QString messageText() const;
    int secondsToWait() const { return m_waitRemaining; }

public slots:
    void tryUnlock();

signals:
    // Emitted after a successful unlock, before the dialog closes.
    void unlocked();
    void createNewRequested();
    void pathChanged(const QString& path);

private:
    void openOther();
    void startWait(int seconds);
    void tick();
    void updateFileLabels();
    void updateUnlockButton();

    QString m_path;
    FailedUnlockLog& m_failures;
    const Clock& m_clock;
    std::unique_ptr<Program> m_program;
    int m_waitRemaining = 0;
    QTimer m_waitTimer;

    QLabel* m_fileName = nullptr;
    QLabel* m_folder = nullptr;
    PassphraseLineEdit* m_passphrase = nullptr;
    MessageBanner* m_banner = nullptr;
    QLabel* m_waitLabel = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_openOther = nullptr;
    QPushButton* m_createNew = nullptr;
};

} // namespace palisade::ui
