#include "core/training/CourseKind.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<CourseKind, 6> keys{{
    {CourseKind::HipaaOnboarding, QLatin1String("hipaa_onboarding")},
    {CourseKind::AnnualRefresher, QLatin1String("annual_refresher")},
    {CourseKind::SecurityAwareness, QLatin1String("security_awareness")},
    {CourseKind::Phishing, QLatin1String("phishing")},
    {CourseKind::RoleBased, QLatin1String("role_based")},
    {CourseKind::PolicyChangeBriefing, QLatin1String("policy_change_briefing")},
}};

} // namespace

QString courseKindKey(CourseKind value)
{
    return keyOf(keys, value);
}

std::optional<CourseKind> courseKindFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString courseKindLabel(CourseKind value)
{
    switch (value) {
    case CourseKind::HipaaOnboarding:
        return QCoreApplication::translate("palisade::CourseKind", "HIPAA onboarding");
    case CourseKind::AnnualRefresher:
        return QCoreApplication::translate("palisade::CourseKind", "Annual refresher");
    case CourseKind::SecurityAwareness:
        return QCoreApplication::translate("palisade::CourseKind", "Security awareness");
    case CourseKind::Phishing:
        return QCoreApplication::translate("palisade::CourseKind", "Phishing");
    case CourseKind::RoleBased:
        return QCoreApplication::translate("palisade::CourseKind", "Role-based module");
    case CourseKind::PolicyChangeBriefing:
        return QCoreApplication::translate("palisade::CourseKind", "Policy change briefing");
    }
    return {};
}

std::array<CourseKind, 6> allCourseKinds()
{
    return valuesOf(keys);
}

} // namespace palisade
