#pragma once

#include "core/evidence/PackBundleFile.h"
#include "core/evidence/PackBundleSection.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

namespace palisade {

struct EvidencePack;
struct PreparedPack;

// manifest.json of an evidence bundle: which pack it holds, for whom and by
// whom, the PDF and every attachment with its place in the zip, size and
// SHA-256, and each section's record count and data SHA-256 as the PDF's own
// manifest page shows them. Written as canonical JSON (keys sorted, compact)
// so that its bytes, whose SHA-256 the audit trail records, follow from its
// content alone.
struct PackBundleManifest
{
    Q_DECLARE_TR_FUNCTIONS(palisade::PackBundleManifest)

public:
    static constexpr int currentFormatVersion = 1;
    static QString fileName(); // "manifest.json"
    static QString format();   // "palisade-evidence-bundle"

    int formatVersion = currentFormatVersion;
    QString packId;
    QString organization;
    QDate from;
    QDate to;
    QString preparedFor;
    QString preparedBy;
    QString generator;
    QDateTime generatedAt; // UTC, when the pack was prepared
    QDateTime exportedAt;  // UTC, when the bundle was written
    QString exportedBy;
    PackBundleFile pdf; // path, size and SHA-256; no content
    std::vector<PackBundleSection> sections;
    std::vector<PackBundleFile> attachments; // without content
    QStringList notes;

    // The manifest of a bundle of `saved` (the pack as exported from
    // `prepared`) holding `pdf` and `attachments`; their contents are not kept.
    static PackBundleManifest describe(const PreparedPack& prepared, const EvidencePack& saved,
                                       const PackBundleFile& pdf,
                                       const std::vector<PackBundleFile>& attachments,
                                       const QDateTime& exportedAt, const QString& exportedBy);

    QByteArray toJson() const;
    // An Integrity error when `json` is not a manifest this program can read.
    static Result<PackBundleManifest> fromJson(const QByteArray& json);
};

} // namespace palisade
