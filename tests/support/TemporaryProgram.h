#pragma once

#include "core/program/Program.h"
#include "tests/support/FixedClock.h"

#include <QTemporaryDir>

#include <memory>

namespace palisade::test {

// The passphrase every fixture file is created with.
inline QString fixturePassphrase()
{
    return QStringLiteral("correct fixture passphrase 42");
}

// A real encrypted program file in a temporary folder, created and unlocked.
class TemporaryProgram
{
public:
    explicit TemporaryProgram(const QString& fileName = QStringLiteral("program.palisade"));

    QString dir() const { return m_dir.path(); }
    QString path() const { return m_path; }
    FixedClock& clock() { return m_clock; }
    Program& program() { return *m_program; }
    // Closes the file (without a lock event) so tests can inspect or damage it.
    void close() { m_program.reset(); }
    // Unlocks the file again with the fixture passphrase.
    Program& reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Program> m_program;
};

} // namespace palisade::test
