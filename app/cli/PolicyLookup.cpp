#include "app/cli/PolicyLookup.h"

#include "core/policies/PolicyRegister.h"

#include <QRegularExpression>

namespace palisade::cli {

PolicyLookup::PolicyLookup(Policy policy, std::vector<PolicyRevision> revisions)
    : m_policy(std::move(policy))
    , m_revisions(std::move(revisions))
{
}

Result<PolicyLookup> PolicyLookup::find(const PolicyRegister& policies, const QString& name)
{
    Result<std::vector<Policy>> all = policies.policies();
    if (!all)
        return all.error();
    const QString wanted = name.trimmed();
    static const QRegularExpression number(QStringLiteral("^\\d{1,15}$"));
    const Policy* found = nullptr;
    for (const Policy& policy : *all) {
        if (policy.code.compare(wanted, Qt::CaseInsensitive) == 0) {
            found = &policy;
            break;
        }
    }
    if (!found && number.match(wanted).hasMatch()) {
        for (const Policy& policy : *all) {
            if (policy.id == wanted.toLongLong())
                found = &policy;
        }
    }
    if (!found) {
        return Error{ErrorKind::Invalid,
                     all->empty() ? tr("There is no policy '%1': the library is empty.").arg(wanted)
                                  : tr("There is no policy '%1'. 'palisade-cli policy list' shows "
                                       "the codes.")
                                        .arg(wanted),
                     {}};
    }
    Result<std::vector<PolicyRevision>> revisions = policies.revisions(found->id);
    if (!revisions)
        return revisions.error();
    if (revisions->empty())
        return Error{ErrorKind::Integrity, tr("%1 has no revisions.").arg(found->code), {}};
    return PolicyLookup(*found, std::move(*revisions));
}

Result<PolicyRevision> PolicyLookup::numbered(int number) const
{
    for (const PolicyRevision& revision : m_revisions) {
        if (revision.number == number)
            return revision;
    }
    return Error{ErrorKind::Invalid,
                 tr("%1 has no revision %2; its revisions are numbered 1 to %3.")
                     .arg(m_policy.code)
                     .arg(number)
                     .arg(m_revisions.back().number),
                 {}};
}

std::optional<PolicyRevision> PolicyLookup::open() const
{
    for (const PolicyRevision& revision : m_revisions) {
        if (revision.isOpen())
            return revision;
    }
    return std::nullopt;
}

std::optional<PolicyRevision> PolicyLookup::newestIn(RevisionState state) const
{
    for (auto it = m_revisions.rbegin(); it != m_revisions.rend(); ++it) {
        if (it->state == state)
            return *it;
    }
    return std::nullopt;
}

} // namespace palisade::cli
