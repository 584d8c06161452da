#include "core/vendors/ProvisionCompleteness.h"

#include "core/vendors/Agreement.h"
#include "core/vendors/BaaProvision.h"

#include <QCoreApplication>

namespace palisade {

ProvisionCompleteness ProvisionCompleteness::of(const Agreement& agreement)
{
    ProvisionCompleteness result;
    for (const BaaProvision& provision : BaaProvision::all()) {
        const ProvisionCheck* check = agreement.check(provision.key);
        switch (check ? check->state : ProvisionState::Unchecked) {
        case ProvisionState::Present:
            ++result.present;
            break;
        case ProvisionState::Missing:
            ++result.missing;
            break;
        case ProvisionState::Unchecked:
            ++result.unchecked;
            break;
        case ProvisionState::NotApplicable:
            ++result.notApplicable;
            break;
        }
    }
    return result;
}

int ProvisionCompleteness::percent() const
{
    return applicable() == 0 ? 100 : present * 100 / applicable();
}

QString ProvisionCompleteness::summary() const
{
    return QCoreApplication::translate("palisade::ProvisionCompleteness", "%1 of %2 present (%3%)")
        .arg(present)
        .arg(applicable())
        .arg(percent());
}

} // namespace palisade
