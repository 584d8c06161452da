#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// What a training course is for; informs reports, not due dates (see Cadence).
enum class CourseKind
{
    HipaaOnboarding,
    AnnualRefresher,
    SecurityAwareness,
    Phishing,
    RoleBased,
    PolicyChangeBriefing,
};

QString courseKindKey(CourseKind value); // stored form, e.g. "policy_change_briefing"
std::optional<CourseKind> courseKindFromKey(const QString& key);
QString courseKindLabel(CourseKind value); // translated
std::array<CourseKind, 6> allCourseKinds();

} // namespace palisade
