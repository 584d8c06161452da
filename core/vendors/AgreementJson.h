#pragma once

#include "core/vendors/Agreement.h"
#include "core/vendors/AgreementDocument.h"

#include <QJsonObject>

namespace palisade {

// The JSON forms of an agreement and of a stored document's details (never
// its bytes), as the audit trail records them.
class AgreementJson
{
public:
    static QJsonObject toJson(const Agreement& agreement);
    static QJsonObject toJson(const AgreementDocument& document);
};

} // namespace palisade
