#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// What a stored agreement document is.
enum class DocumentKind
{
    SignedAgreement,
    Amendment,
    Other,
};

QString documentKindKey(DocumentKind value); // stored form, e.g. "signed_agreement"
std::optional<DocumentKind> documentKindFromKey(const QString& key);
QString documentKindLabel(DocumentKind value); // translated
std::array<DocumentKind, 3> allDocumentKinds();

} // namespace palisade
