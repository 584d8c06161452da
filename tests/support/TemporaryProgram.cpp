#include "tests/support/TemporaryProgram.h"

#include "core/util/SecretBuffer.h"

#include <stdexcept>

namespace palisade::test {

TemporaryProgram::TemporaryProgram(const QString& fileName) : m_path(m_dir.filePath(fileName))
{
    ProgramProfile profile;
    profile.organization = QStringLiteral("Riverbend Coding Services");
    profile.officerName = QStringLiteral("Dana Whitfield");
    profile.officerRole = OfficerRole::PrivacyAndSecurityOfficer;
    auto created = Program::create(m_path, SecretBuffer::fromString(fixturePassphrase()), profile, m_clock);
    if (!created)
        throw std::runtime_error(created.error().text().toStdString());
    m_program = std::move(created).value();
}

Program& TemporaryProgram::reopen()
{
    m_program.reset();
    auto unlocked = Program::unlock(m_path, SecretBuffer::fromString(fixturePassphrase()), {}, m_clock);
    if (!unlocked)
        throw std::runtime_error(unlocked.error().text().toStdString());
    m_program = std::move(unlocked).value();
    return *m_program;
}

} // namespace palisade::test
