#pragma once

#include "core/evidence/PackBundleFileKind.h"

#include <QByteArray>
#include <QString>

namespace palisade {

// One file of an evidence bundle besides its manifest: the pack's PDF, or an
// attachment of a record the pack covers, with the record it belongs to.
struct PackBundleFile
{
    QString path; // inside the zip, '/'-separated
    PackBundleFileKind kind = PackBundleFileKind::AgreementDocument;
    QString recordType;      // "agreement", "incident", "policy_revision", "evidence_pack"
    QString recordId;        // the record's database id ("EP-…" for the pack)
    QString recordReference; // "BAA-0003", "INC-0001", "SEC-004 revision 2"
    QString sourceId;        // the stored document, evidence, notice or revision
    QString detail;          // a document's kind, a notice's recipient; may be empty
    qint64 size = 0;
    QString sha256;     // lower-case hex of `content`
    QByteArray content; // held only until the bundle is written

    friend bool operator==(const PackBundleFile&, const PackBundleFile&) = default;
};

} // namespace palisade
