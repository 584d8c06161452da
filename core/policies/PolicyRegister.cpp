#include "core/policies/PolicyRegister.h"

#include "core/program/Program.h"

namespace palisade {

PolicyRegister::PolicyRegister(Program& program)
    : m_program(program)
{
}

} // namespace palisade
