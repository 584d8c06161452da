#pragma once

#include "core/audit/AuditEvent.h"
#include "core/risk/RemediationTask.h"
#include "core/risk/Risk.h"
#include "core/risk/RiskMatrix.h"
#include "core/risk/RiskRegisterSnapshot.h"
#include "core/util/Result.h"

#include <QObject>
#include <QStringList>
#include <optional>
#include <set>
#include <vector>

namespace palisade {

class Program;
class SecurityRuleCatalog;

// The risk analysis and risk management plan: risks, their remediation tasks
// and the matrix that rates them. Owns the rules; every change is one
// transaction with its audit event, and the register can be rebuilt as of any
// past day from those events.
class RiskRegister : public QObject
{
    Q_OBJECT

public:
    RiskRegister(Program& program, const SecurityRuleCatalog& catalog);

    const SecurityRuleCatalog& catalog() const { return m_catalog; }

    Result<RiskMatrix> matrix() const;
    Result<void> setMatrix(const RiskMatrix& matrix);

    Result<std::vector<Risk>> risks() const; // ascending id, levels filled in
    Result<Risk> risk(qint64 id) const;
    Result<std::vector<RemediationTask>> tasks(qint64 riskId) const;
    Result<std::vector<RemediationTask>> allTasks() const;

    // What would stop this risk from being saved as it is (empty when nothing).
    QStringList problems(const Risk& risk) const;
    QStringList problems(const RemediationTask& task) const;

    Result<Risk> add(Risk risk);
    Result<Risk> update(Risk risk);
    // All or nothing: when any risk is refused, none is stored and the error
    // lists each refusal as "Risk N: …" (N counts from 1).
    Result<std::vector<Risk>> addAll(std::vector<Risk> risks);

    Result<RemediationTask> addTask(RemediationTask task);
    Result<RemediationTask> updateTask(RemediationTask task);
    // An open or cancelled task is deleted. A done task is evidence of
    // remediation, kept six years after its completion
    // (RetentionRegister::checkDeletion); past that it is disposed of.
    Result<void> removeTask(qint64 taskId);

    // The audit events of one risk and of its tasks, oldest first.
    Result<std::vector<AuditEvent>> history(qint64 riskId) const;
    // The register as it stood at the end of a past local day. The last
    // replay is kept until the audit trail grows: a report (an evidence pack's
    // overview and its register) asks for the same day more than once.
    Result<RiskRegisterSnapshot> asOf(const QDate& day) const;

    // Fills in the inherent and residual levels from a matrix.
    static void rate(Risk& risk, const RiskMatrix& matrix);

signals:
    void risksChanged();
    void matrixChanged();

private:
    // `today` and `now` come from the program's clock, read once per change.
    static void normalize(Risk& risk, const Risk* stored, const QDate& today, const QDateTime& now);
    Result<std::set<qint64>> knownAssetIds() const;
    QStringList assetProblems(const Risk& risk, const std::set<qint64>& known) const;

    Program& m_program;
    const SecurityRuleCatalog& m_catalog;
    mutable std::optional<RiskMatrix> m_matrix;
    struct Replayed
    {
        QDate day;
        qint64 lastSeq = 0;
        RiskRegisterSnapshot snapshot;
    };
    mutable std::optional<Replayed> m_replayed;
};

} // namespace palisade
