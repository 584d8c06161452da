#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// Which way a business associate agreement runs.
enum class AgreementDirection
{
    Upstream,
    Downstream,
};

QString agreementDirectionKey(AgreementDirection value); // stored form, e.g. "upstream"
std::optional<AgreementDirection> agreementDirectionFromKey(const QString& key);
QString agreementDirectionLabel(AgreementDirection value); // translated
std::array<AgreementDirection, 2> allAgreementDirections();

} // namespace palisade
