#include "core/evidence/PackBundleFileKind.h"

#include "core/util/KeyedEnum.h"

namespace palisade {
namespace {

constexpr KeyTable<PackBundleFileKind, 6> keys{{
    {PackBundleFileKind::PackPdf, QLatin1String("evidence_pack")},
    {PackBundleFileKind::AgreementDocument, QLatin1String("agreement_document")},
    {PackBundleFileKind::IncidentEvidence, QLatin1String("incident_evidence")},
    {PackBundleFileKind::NotificationLetter, QLatin1String("notification_letter")},
    {PackBundleFileKind::PolicyText, QLatin1String("policy_text")},
    {PackBundleFileKind::PolicySignedCopy, QLatin1String("policy_signed_copy")},
}};

} // namespace

QString packBundleFileKindKey(PackBundleFileKind value)
{
    return keyOf(keys, value);
}

std::optional<PackBundleFileKind> packBundleFileKindFromKey(const QString& key)
{
    return fromKey(keys, key);
}

std::array<PackBundleFileKind, 6> allPackBundleFileKinds()
{
    return valuesOf(keys);
}

} // namespace palisade
