#include "core/incidents/StateRuleRegister.h"

#include "core/audit/AuditTrail.h"
#include "core/incidents/IncidentEntities.h"
#include "core/incidents/IncidentJson.h"
#include "core/incidents/IncidentValidator.h"
#include "core/incidents/StateRuleStore.h"
#include "core/storage/StorageGuard.h"
#include "core/util/BatchProblems.h"
#include "core/util/Clock.h"

namespace palisade {

StateRuleRegister::StateRuleRegister(Program& program)
    : m_writer(program)
{
}

Result<std::vector<StateNotificationRule>> StateRuleRegister::stateRules() const
{
    return guardStorage(tr("Reading the State notice rules failed"),
                        [&] { return StateRuleStore(m_writer.database()).all(); });
}

Result<StateNotificationRule> StateRuleRegister::stateRule(qint64 id) const
{
    return IncidentWriter::required(
        guardStorage(tr("Reading the State notice rule failed"),
                     [&] { return StateRuleStore(m_writer.database()).find(id); }),
        tr("The State notice rule no longer exists."));
}

QStringList StateRuleRegister::problems(const StateNotificationRule& rule) const
{
    StateNotificationRule normalized = rule;
    IncidentValidator::normalize(normalized);
    QStringList found = IncidentValidator::problems(normalized);
    if (IncidentValidator::isJurisdiction(normalized.jurisdiction)) {
        Result<std::optional<StateNotificationRule>> existing =
            guardStorage(tr("Reading the State notice rule failed"), [&] {
                return StateRuleStore(m_writer.database())
                    .findJurisdiction(normalized.jurisdiction);
            });
        if (existing && existing->has_value() && (*existing)->id != normalized.id)
            found << tr("%1 already has a notice rule.").arg(normalized.jurisdiction);
    }
    return found;
}

Result<StateNotificationRule> StateRuleRegister::addStateRule(StateNotificationRule rule)
{
    rule.id = 0;
    IncidentValidator::normalize(rule);
    if (QStringList found = problems(rule); !found.isEmpty())
        return BatchProblems::refusal(found);
    Result<void> written =
        m_writer.write(tr("Saving the State notice rule failed"), [&](AuditTrail& audit) {
            StateRuleStore(m_writer.database()).insert(rule, m_writer.clock().nowUtc());
            m_writer.record(audit, QStringLiteral("created"), incidententity::stateRule(), rule.id,
                            {}, IncidentJson::toJson(rule));
        });
    if (!written)
        return written.error();
    emit stateRulesChanged();
    return rule;
}

Result<StateNotificationRule> StateRuleRegister::updateStateRule(StateNotificationRule rule)
{
    Result<StateNotificationRule> stored = stateRule(rule.id);
    if (!stored)
        return stored.error();
    IncidentValidator::normalize(rule);
    if (rule == *stored)
        return rule;
    if (QStringList found = problems(rule); !found.isEmpty())
        return BatchProblems::refusal(found);
    return save(*stored, rule);
}

Result<StateNotificationRule> StateRuleRegister::save(const StateNotificationRule& before,
                                                      StateNotificationRule after)
{
    Result<void> written =
        m_writer.write(tr("Saving the State notice rule failed"), [&](AuditTrail& audit) {
            StateRuleStore(m_writer.database()).update(after, m_writer.clock().nowUtc());
            m_writer.record(audit, QStringLiteral("updated"), incidententity::stateRule(), after.id,
                            IncidentJson::toJson(before), IncidentJson::toJson(after));
        });
    if (!written)
        return written.error();
    emit stateRulesChanged();
    return after;
}

Result<void> StateRuleRegister::removeStateRule(qint64 id)
{
    Result<StateNotificationRule> stored = stateRule(id);
    if (!stored)
        return stored.error();
    Result<void> written =
        m_writer.write(tr("Deleting the State notice rule failed"), [&](AuditTrail& audit) {
            StateRuleStore(m_writer.database()).remove(id);
            m_writer.record(audit, QStringLiteral("deleted"), incidententity::stateRule(), id,
                            IncidentJson::toJson(*stored), {});
        });
    if (!written)
        return written.error();
    emit stateRulesChanged();
    return {};
}

} // namespace palisade
