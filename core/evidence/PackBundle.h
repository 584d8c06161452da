#pragma once

#include "core/evidence/PackBundleFile.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace palisade {

// An evidence bundle as written and recorded: the zip beside a pack's PDF
// holding that PDF, manifest.json and the attachments of the records the pack
// covers. Its SHA-256 and the manifest's are in the audit trail, tied to the
// pack ID, so the bundle can be recognised later.
struct PackBundle
{
    QString packId;
    QString fileName; // the zip's, as written, without its folder
    QString sha256;   // of the zip file, lower-case hex
    qint64 fileSize = 0;
    QString manifestSha256;
    PackBundleFile pdf;                      // without content
    std::vector<PackBundleFile> attachments; // without content
    QDateTime exportedAt;                    // UTC
    QString exportedBy;

    friend bool operator==(const PackBundle&, const PackBundle&) = default;
};

} // namespace palisade
