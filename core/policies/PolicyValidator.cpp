#include "core/policies/PolicyValidator.h"

#include "core/catalog/SecurityRuleCatalog.h"

#include <QRegularExpression>
#include <QSet>

namespace palisade {

void PolicyValidator::normalize(Policy& policy)
{
    for (QString* field : {&policy.code, &policy.title, &policy.owner, &policy.templateKey})
        *field = field->trimmed();
    QStringList citations;
    for (const QString& citation : std::as_const(policy.citations)) {
        const QString trimmed = citation.trimmed();
        if (!trimmed.isEmpty() && !citations.contains(trimmed))
            citations << trimmed;
    }
    citations.sort();
    policy.citations = citations;
    QStringList roles;
    QSet<QString> seen;
    for (const QString& role : std::as_const(policy.requiredApprovalRoles)) {
        const QString trimmed = role.simplified();
        if (trimmed.isEmpty() || seen.contains(trimmed.toCaseFolded()))
            continue;
        seen.insert(trimmed.toCaseFolded());
        roles << trimmed;
    }
    policy.requiredApprovalRoles = roles;
}

QStringList PolicyValidator::problems(const Policy& policy) const
{
    QStringList out;
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (policy.code.trimmed().isEmpty())
        out << tr("Give the policy a code, e.g. \"SEC-004\".");
    else if (policy.code.size() > maximumCodeLength)
        out << tr("The code %1 is longer than %2 characters.")
                   .arg(policy.code)
                   .arg(maximumCodeLength);
    else if (!codePattern.match(policy.code).hasMatch())
        out << tr("The code %1 may hold only letters, digits, \"-\", \".\" and \"_\".")
                   .arg(policy.code);
    if (policy.title.trimmed().isEmpty())
        out << tr("Give the policy a title.");
    else if (policy.title.size() > maximumTitleLength)
        out << tr("The title is longer than %1 characters.").arg(maximumTitleLength);
    if (policy.owner.size() > maximumOwnerLength)
        out << tr("The owner is longer than %1 characters.").arg(maximumOwnerLength);
    if (policy.reviewCycleMonths < 1 || policy.reviewCycleMonths > maximumReviewCycleMonths)
        out << tr("Review the policy every 1 to %1 months.").arg(maximumReviewCycleMonths);
    for (const QString& citation : policy.citations) {
        if (!m_catalog.contains(citation))
            out << tr("\"%1\" is not a standard or implementation specification of the Security "
                      "Rule catalog.")
                       .arg(citation);
    }
    for (const QString& role : policy.requiredApprovalRoles) {
        if (role.trimmed().isEmpty())
            out << tr("Name each approval role the policy needs.");
        else if (role.size() > maximumRoleLength)
            out << tr("The approval role \"%1\" is longer than %2 characters.")
                       .arg(role)
                       .arg(maximumRoleLength);
    }
    return out;
}

} // namespace palisade
