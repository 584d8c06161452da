#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// Where an agreement stands in its life.
enum class AgreementStatus
{
    Draft,
    InNegotiation,
    Active,
    Expired,
    Terminated,
};

QString agreementStatusKey(AgreementStatus value); // stored form, e.g. "draft"
std::optional<AgreementStatus> agreementStatusFromKey(const QString& key);
QString agreementStatusLabel(AgreementStatus value); // translated
std::array<AgreementStatus, 5> allAgreementStatuses();

// Whether an agreement may move from one status to another: drafts are
// negotiated and signed; a signed agreement expires or is terminated; an
// expired one may be renewed; termination is final.
bool agreementStatusChangeAllowed(AgreementStatus from, AgreementStatus to);
// Whether the status means the agreement was signed.
bool agreementStatusIsSigned(AgreementStatus status);

} // namespace palisade
