#pragma once

#include "core/audit/AuditEvent.h"
#include "core/util/Result.h"
#include "core/vendors/Counterparty.h"

#include <QObject>
#include <QStringList>
#include <vector>

namespace palisade {

class Program;

// Covered entities we serve, subcontractors and other vendors. Every change is
// one transaction with its audit event.
class CounterpartyRegister : public QObject
{
    Q_OBJECT

public:
    explicit CounterpartyRegister(Program& program);

    Result<std::vector<Counterparty>> counterparties() const; // by name
    Result<Counterparty> counterparty(qint64 id) const;

    QStringList problems(const Counterparty& counterparty) const;

    Result<Counterparty> add(Counterparty counterparty);
    Result<Counterparty> update(Counterparty counterparty);
    // All or nothing: "Counterparty N: …" for each problem.
    Result<std::vector<Counterparty>> addAll(std::vector<Counterparty> counterparties);
    // Refused while retention keeps it (it has a signed agreement) or while an
    // unsigned agreement names it; past its retention period it is disposed of.
    Result<void> remove(qint64 id);

    Result<std::vector<AuditEvent>> history(qint64 id) const;

signals:
    void counterpartiesChanged();

private:
    QStringList storedProblems(const Counterparty& counterparty) const;

    Program& m_program;
};

} // namespace palisade
