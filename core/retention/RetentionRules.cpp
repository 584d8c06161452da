#include "core/retention/RetentionRules.h"

#include <QCoreApplication>

namespace palisade {
namespace {

struct RuleText
{
    QLatin1String recordType;
    const char* label;
    const char* record;
    const char* createdBasis;
    const char* lastInEffectBasis;
    const char* keptWhile;
    QLatin1String citation;
    bool disposable;
};

const QLatin1String securityRule("164.316(b)(2)(i)");
const QLatin1String bothRules("164.316(b)(2)(i); 164.530(j)(2)");

// In the order the rule table shows them.
const RuleText texts[] = {
    {QLatin1String("policy"), QT_TRANSLATE_NOOP("palisade::RetentionRules", "Policy"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules",
                       "A policy with an approved revision; one with drafts only may be "
                       "discarded."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day it was created."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules",
                       "The day its last revision was superseded or retired."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "one of its revisions is approved or in effect"),
     bothRules, true},
    {QLatin1String("policy_revision"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "Policy revision"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules",
                       "An approved revision; a draft or a revision in review may be "
                       "discarded."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day it was drafted."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day it was superseded or retired."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "it is approved or in effect"), bothRules, true},
    {QLatin1String("agreement"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "Business associate agreement"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules",
                       "A signed agreement (active, expired or terminated); a draft or one "
                       "under negotiation may be discarded."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules",
                       "The day it was signed (else the day it was recorded)."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules",
                       "The day it was terminated, else the day it expired."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "it is active"), bothRules, true},
    {QLatin1String("agreement_document"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "Agreement document"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules",
                       "A document of a signed agreement; it follows its agreement."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "As its agreement."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "As its agreement."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "its signed agreement is active"), bothRules,
     true},
    {QLatin1String("counterparty"), QT_TRANSLATE_NOOP("palisade::RetentionRules", "Counterparty"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules",
                       "A counterparty with a signed agreement; it follows those agreements."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day it was recorded."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day its last signed agreement ended."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "one of its agreements is active"), bothRules,
     true},
    {QLatin1String("risk"), QT_TRANSLATE_NOOP("palisade::RetentionRules", "Risk"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules",
                       "Every risk of the risk analysis and risk management plan."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day it was identified."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day it was closed."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "it is open"), securityRule, true},
    {QLatin1String("remediation_task"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "Remediation task"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules",
                       "A done task, evidence of remediation; an open or cancelled task may be "
                       "discarded."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day it was recorded."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day it was completed."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "it is open"), securityRule, true},
    {QLatin1String("asset"), QT_TRANSLATE_NOOP("palisade::RetentionRules", "Asset"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules",
                       "An asset a risk names; it follows those risks. One named by no risk may "
                       "be deleted."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day it was recorded."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day the last risk naming it was closed."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "a risk that names it is open"), securityRule,
     true},
    {QLatin1String("person"), QT_TRANSLATE_NOOP("palisade::RetentionRules", "Workforce member"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules",
                       "A workforce member with a training completion or a policy "
                       "acknowledgment; one with neither may be deleted."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day they were hired."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day their employment was terminated."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "they are on the workforce"), bothRules, true},
    {QLatin1String("training_completion"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "Training completion"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules",
                       "Every completion of a training course, with its score, attestation and "
                       "certificate."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day the course was completed."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day the course was completed."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "it is not yet six years old"), bothRules, true},
    {QLatin1String("policy_acknowledgment"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "Policy acknowledgment"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules",
                       "Every acknowledgment of a policy revision by a workforce member."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day it was acknowledged."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day it was acknowledged."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "it is not yet six years old"), bothRules, true},
    {QLatin1String("phishing_campaign"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "Phishing simulation"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules",
                       "Every phishing simulation with its results, evidence of security "
                       "awareness training."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day it ran."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day it ran."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "it is not yet six years old"), securityRule,
     true},
    {QLatin1String("incident"), QT_TRANSLATE_NOOP("palisade::RetentionRules", "Incident"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules",
                       "Every security incident, with its breach assessment, evidence and "
                       "corrective actions."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day it was discovered."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The day it was closed."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "it is open"), bothRules, true},
    {QLatin1String("incident_notification"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "Breach notification"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules",
                       "Every breach notice sent, with its copy; it follows its incident."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "As its incident."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "As its incident."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "its incident is open"), bothRules, true},
    {QLatin1String("audit_event"), QT_TRANSLATE_NOOP("palisade::RetentionRules", "Audit event"),
     QT_TRANSLATE_NOOP("palisade::RetentionRules",
                       "Every event of the audit trail, the record of every change."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "The moment it was recorded."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules",
                       "Kept at least six years; Palisade never disposes of it."),
     QT_TRANSLATE_NOOP("palisade::RetentionRules", "the program file exists"), securityRule, false},
};

QString translated(const char* text)
{
    return QCoreApplication::translate("palisade::RetentionRules", text);
}

RetentionRule ruleOf(const RuleText& text)
{
    return RetentionRule{QString(text.recordType),
                         translated(text.label),
                         translated(text.record),
                         translated(text.createdBasis),
                         translated(text.lastInEffectBasis),
                         translated(text.keptWhile),
                         QString(text.citation),
                         text.disposable};
}

} // namespace

std::vector<RetentionRule> RetentionRules::all()
{
    std::vector<RetentionRule> rules;
    for (const RuleText& text : texts)
        rules.push_back(ruleOf(text));
    return rules;
}

std::optional<RetentionRule> RetentionRules::find(const QString& recordType)
{
    for (const RuleText& text : texts) {
        if (recordType == text.recordType)
            return ruleOf(text);
    }
    return std::nullopt;
}

QString RetentionRules::labelOf(const QString& recordType)
{
    const std::optional<RetentionRule> rule = find(recordType);
    return rule ? rule->label : recordType;
}

} // namespace palisade
