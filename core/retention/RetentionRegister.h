#pragma once

#include <QObject>

namespace palisade {

class Program;

// Six-year retention over every record type: what must be kept until when,
// legal holds, and disposal with a tombstone in the audit trail.
class RetentionRegister : public QObject
{
    Q_OBJECT

public:
    explicit RetentionRegister(Program& program);

private:
    Program& m_program;
};

} // namespace palisade
