#include "ui/shell/MainWindow.h"

#include "core/program/Program.h"
#include "ui/session/ClipboardGuard.h"

namespace palisade::ui {

MainWindow::MainWindow(Program& program, ClipboardGuard& clipboard, QWidget* parent)
    : QMainWindow(parent), m_program(program), m_clipboard(clipboard)
{
    setWindowTitle(tr("Palisade"));
}

MainWindow::~MainWindow() = default;

} // namespace palisade::ui
