#pragma once

#include <QStatusBar>

class QLabel;

namespace palisade::ui {

// The main window's status bar: the open file, whether it is unlocked (and
// writable), and who changes are recorded as.
class ShellStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit ShellStatusBar(QWidget* parent = nullptr);

    void setFilePath(const QString& path);
    void setLockState(bool unlocked, bool readOnly);
    void setActor(const QString& actor);

    QString filePathText() const;
    QString lockStateText() const;
    QString actorText() const;

private:
    QLabel* m_path;
    QLabel* m_lockIcon;
    QLabel* m_lockState;
    QLabel* m_actor;
};

} // namespace palisade::ui
