#pragma once

#include "core/incidents/IncidentWriter.h"
#include "core/incidents/StateNotificationRule.h"
#include "core/util/Result.h"

#include <QObject>
#include <QStringList>
#include <vector>

namespace palisade {

class Program;

// The States' own breach-notice rules (a notice to the State's authority
// within so many days once so many of its residents are affected), one per
// jurisdiction. Shipped with Florida's; the officer adds the others that
// apply.
class StateRuleRegister : public QObject
{
    Q_OBJECT

public:
    explicit StateRuleRegister(Program& program);

    Result<std::vector<StateNotificationRule>> stateRules() const; // by jurisdiction
    // The problems with saving `rule` as it is, empty when it can be.
    QStringList problems(const StateNotificationRule& rule) const;
    Result<StateNotificationRule> addStateRule(StateNotificationRule rule);
    Result<StateNotificationRule> updateStateRule(StateNotificationRule rule);
    Result<void> removeStateRule(qint64 id);

signals:
    void stateRulesChanged();

private:
    Result<StateNotificationRule> stateRule(qint64 id) const;
    Result<StateNotificationRule> save(const StateNotificationRule& before,
                                       StateNotificationRule after);

    IncidentWriter m_writer;
};

} // namespace palisade
