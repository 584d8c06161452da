#pragma once

#include <QString>

namespace palisade {

// A section of the pack as its bundle's manifest lists it: the same record
// count and SHA-256 of the section's canonical data as the PDF's manifest page.
struct PackBundleSection
{
    QString key; // packSectionKey()
    QString title;
    int recordCount = 0;
    QString sha256;

    friend bool operator==(const PackBundleSection&, const PackBundleSection&) = default;
};

} // namespace palisade
