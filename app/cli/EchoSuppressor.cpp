#include "app/cli/EchoSuppressor.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#include <iterator>
#include <termios.h>
#include <unistd.h>
#endif

namespace palisade::cli {

#ifdef Q_OS_WIN

EchoSuppressor::EchoSuppressor()
{
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == INVALID_HANDLE_VALUE || !GetConsoleMode(input, &mode))
        return;
    m_savedConsoleMode = mode;
    m_active = SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
}

EchoSuppressor::~EchoSuppressor()
{
    if (m_active)
        SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), DWORD(m_savedConsoleMode));
}

#else

namespace {

// The signal handler needs the saved terminal state; only one suppressor is
// active at a time, around a single prompt.
termios savedTerminal{};
volatile std::sig_atomic_t restorePending = 0;
constexpr int handledSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
struct sigaction previousActions[std::size(handledSignals)];

extern "C" void restoreTerminalAndReraise(int signalNumber)
{
    if (restorePending)
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    restorePending = 0;
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

} // namespace

EchoSuppressor::EchoSuppressor()
{
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
        return;
    termios quiet = savedTerminal;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    // Still show the newline, so the next message starts on its own line.
    quiet.c_lflag |= tcflag_t(ECHONL);

    restorePending = 1;
    struct sigaction action
    {
    };
    action.sa_handler = restoreTerminalAndReraise;
    sigemptyset(&action.sa_mask);
    for (std::size_t i = 0; i < std::size(handledSignals); ++i)
        sigaction(handledSignals[i], &action, &previousActions[i]);

    m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    if (!m_active) {
        restorePending = 0;
        for (std::size_t i = 0; i < std::size(handledSignals); ++i)
            sigaction(handledSignals[i], &previousActions[i], nullptr);
    }
}

EchoSuppressor::~EchoSuppressor()
{
    if (!m_active)
        return;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    restorePending = 0;
    for (std::size_t i = 0; i < std::size(handledSignals); ++i)
        sigaction(handledSignals[i], &previousActions[i], nullptr);
}

#endif

} // namespace palisade::cli
