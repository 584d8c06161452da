#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// What a file of an evidence bundle is. The keys are written into manifests
// and audit events, so they never change.
enum class PackBundleFileKind
{
    PackPdf,
    AgreementDocument,
    IncidentEvidence,
    NotificationLetter,
    PolicyText,
    PolicySignedCopy,
};

QString packBundleFileKindKey(PackBundleFileKind value); // "agreement_document"
std::optional<PackBundleFileKind> packBundleFileKindFromKey(const QString& key);
std::array<PackBundleFileKind, 6> allPackBundleFileKinds();

} // namespace palisade
