#pragma once

#include "core/evidence/EvidencePack.h"
#include "core/evidence/PackBundle.h"

#include <QString>
#include <optional>

namespace palisade {

// What checking a zip against the evidence bundles exported from a program
// file found.
struct PackBundleVerification
{
    // Every file the manifest lists is in the zip with its recorded size and
    // SHA-256, nothing else is, the manifest is one the program recorded for
    // the pack, and the PDF is that pack as exported.
    bool verified = false;
    QString mismatch;                 // the first thing that did not match, when not verified
    std::optional<EvidencePack> pack; // the pack the manifest names, when recognised
    std::optional<PackBundle> bundle; // the bundle export its manifest matches
    // The zip is byte for byte the file exported; a verified bundle that is
    // not was repacked (its contents still match).
    bool exactFile = false;
    QString sha256;       // of the zip as read
    int filesChecked = 0; // the PDF and the attachments
};

} // namespace palisade
