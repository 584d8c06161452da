#pragma once

#include "core/evidence/PackBundleFile.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <vector>

namespace palisade {

class Program;
struct PackSectionContent;
struct PreparedPack;
struct PackRequest;

// Reads from the program the attachments of the records a prepared pack
// covers, for its bundle. The records are those each section lists in its
// canonical data (the data its manifest hash covers), so the bundle holds
// exactly the records the PDF shows:
//  - Business associate agreements: the stored documents (signed agreements,
//    amendments) of each agreement, as baas/<BAA-NNNN>/<file name>.
//  - Incidents: the evidence files of each incident and the letter copies of
//    its notices, as incidents/<INC-NNNN>/<file name>.
//  - Policies: the revision of each policy in effect on the last day, as
//    UTF-8 text in policies/<code>-rev<N>.txt (policy words are kept as text),
//    and its signed copy, if attached, in policies/<code>-rev<N>/<file name>.
// Like the sections, attachments show the program as it stood at the end of
// the period: documents and evidence added later, and notices sent later, are
// left out. Other sections have no attachments. Each file's bytes are checked
// against their stored SHA-256 on the way out.
class PackBundleCollector
{
    Q_DECLARE_TR_FUNCTIONS(palisade::PackBundleCollector)

public:
    explicit PackBundleCollector(Program& program);

    Result<std::vector<PackBundleFile>> collect(const PreparedPack& prepared);

private:
    Result<void> addAgreementDocuments(const PackSectionContent& section,
                                       const PackRequest& request);
    Result<void> addIncidentFiles(const PackSectionContent& section, const PackRequest& request);
    Result<void> addPolicyRevisions(const PackSectionContent& section);
    // A unique place in the zip for `fileName` in `folder`, case-insensitively
    // (as most file systems compare names on extraction).
    QString placeFor(const QString& folder, const QString& fileName);
    void add(PackBundleFile file, const QByteArray& content);

    Program& m_program;
    std::vector<PackBundleFile> m_files;
    QSet<QString> m_paths;
};

} // namespace palisade
