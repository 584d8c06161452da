#pragma once

namespace palisade::cli {

// Turns off the echo of the terminal on standard input while a passphrase is
// typed, and restores it when destroyed, or when the process is interrupted
// (Ctrl+C) while echo is off.
class EchoSuppressor
{
public:
    EchoSuppressor();
    ~EchoSuppressor();
    EchoSuppressor(const EchoSuppressor&) = delete;
    EchoSuppressor& operator=(const EchoSuppressor&) = delete;

    bool active() const { return m_active; }

private:
    bool m_active = false;
    [[maybe_unused]] unsigned long m_savedConsoleMode = 0; // Windows console mode
};

} // namespace palisade::cli
