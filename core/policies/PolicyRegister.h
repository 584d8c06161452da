#pragma once

#include <QObject>

namespace palisade {

class Program;

// The policy library: policies, their numbered revisions and approvals. Every
// change is one transaction with its audit event.
class PolicyRegister : public QObject
{
    Q_OBJECT

public:
    explicit PolicyRegister(Program& program);

private:
    Program& m_program;
};

} // namespace palisade
