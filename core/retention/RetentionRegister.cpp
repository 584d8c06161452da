#include "core/retention/RetentionRegister.h"

#include "core/program/Program.h"

namespace palisade {

RetentionRegister::RetentionRegister(Program& program)
    : m_program(program)
{
}

} // namespace palisade
