#pragma once

#include "core/evidence/PackBlock.h"
#include "core/evidence/PackCover.h"
#include "core/evidence/PackRequest.h"
#include "core/evidence/PackSectionContent.h"

#include <QCoreApplication>
#include <vector>

namespace palisade {

// Puts an evidence pack together in reading order: the cover (organization,
// period, prepared for and by, generation time, pack ID, note), the table of
// contents, each section requested, and the manifest that lists every
// section's record count and the SHA-256 of its canonical data.
class PackComposer
{
    Q_DECLARE_TR_FUNCTIONS(palisade::PackComposer)

public:
    static std::vector<PackBlock> compose(const PackRequest& request, const PackCover& cover,
                                          const std::vector<PackSectionContent>& sections);
    static QString manifestTitle();
    // The SHA-256 the manifest lists for a section.
    static QString digest(const PackSectionContent& section);

private:
    static void addCover(std::vector<PackBlock>& blocks, const PackRequest& request,
                         const PackCover& cover);
    static void addManifest(std::vector<PackBlock>& blocks, const PackCover& cover,
                            const std::vector<PackSectionContent>& sections);
};

} // namespace palisade
