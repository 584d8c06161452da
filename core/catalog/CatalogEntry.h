#pragma once

#include "core/catalog/EntryKind.h"
#include "core/catalog/Requirement.h"
#include "core/catalog/Safeguard.h"

#include <QString>

namespace palisade {

// One standard or implementation specification of the Security Rule.
struct CatalogEntry
{
    QString citation; // e.g. "164.308(a)(1)(ii)(A)", without "45 CFR" or "§"
    QString title;
    EntryKind kind = EntryKind::Standard;
    Requirement requirement = Requirement::Required; // as the current rule states it
    QString standardCitation;                        // empty for a standard
    Safeguard safeguard = Safeguard::Administrative;

    bool isStandard() const { return kind == EntryKind::Standard; }
};

} // namespace palisade
