#pragma once

#include "core/program/Program.h"
#include "core/util/Clock.h"

#include <QByteArray>
#include <QTemporaryDir>
#include <memory>

namespace palisade::fuzz {

// The program file every fuzz input is read against: created once per process
// in a temporary folder, filled from the example files in docs/examples (four
// assets, four counterparties and their agreements, the workforce) and the
// courses those examples name, on a clock fixed at 2026-03-01 so an input
// behaves the same on any day. Importers only read it, so inputs do not
// change one another's outcome.
class FuzzProgram
{
public:
    static Program& instance();

private:
    FuzzProgram();

    class FixedClock final : public Clock
    {
    public:
        QDateTime nowUtc() const override;
    };

    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<Program> m_program;
};

} // namespace palisade::fuzz
