#pragma once

#include <QMainWindow>

namespace palisade {
class Program;
}

namespace palisade::ui {

class ClipboardGuard;

// The shell of an unlocked program: a sidebar of areas, a page per area,
// menus and a status bar. It does not own the Program; the session does.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Program& program, ClipboardGuard& clipboard, QWidget* parent = nullptr);
    ~MainWindow() override;

signals:
    void lockRequested();
    void settingsRequested();
    void changePassphraseRequested();

private:
    Program& m_program;
    ClipboardGuard& m_clipboard;
};

} // namespace palisade::ui
