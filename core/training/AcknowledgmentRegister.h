#pragma once

#include "core/training/PolicyAcknowledgment.h"
#include "core/training/TrainingWriter.h"
#include "core/util/Result.h"

#include <QObject>
#include <vector>

namespace palisade {

class Program;

// Who acknowledged which approved policy revision, and on what day.
//
// Every change is one transaction with its audit event; acknowledgments are
// records kept six years (164.316(b)(2)(i)), so removing one goes through
// RetentionRegister, which refuses (and audits the refusal) until its period
// is over and then disposes of it with a tombstone.
class AcknowledgmentRegister : public QObject
{
    Q_OBJECT

public:
    explicit AcknowledgmentRegister(Program& program);

    Result<std::vector<PolicyAcknowledgment>> acknowledgmentsFor(qint64 revisionId) const;
    Result<std::vector<PolicyAcknowledgment>> acknowledgmentsOf(qint64 personId) const;
    // Of every revision of the policy: by date, then revision, then person.
    Result<std::vector<PolicyAcknowledgment>> acknowledgmentsForPolicy(qint64 policyId) const;
    // Only of an approved revision, once per person, not dated in the future.
    Result<PolicyAcknowledgment> addAcknowledgment(PolicyAcknowledgment acknowledgment);
    // Many at once, each checked as addAcknowledgment checks it, in one
    // transaction with an audit event each; all or nothing, the refusal
    // listing each problem as "Acknowledgment N: ..." (N counts from 1).
    Result<std::vector<PolicyAcknowledgment>>
    addAcknowledgments(std::vector<PolicyAcknowledgment> acknowledgments);
    Result<void> removeAcknowledgment(qint64 id);

signals:
    void acknowledgmentsChanged();

private:
    Program& m_program;
    TrainingWriter m_writer;
};

} // namespace palisade
