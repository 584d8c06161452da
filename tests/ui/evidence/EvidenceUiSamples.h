#pragma once

#include "core/evidence/EvidencePackRegister.h"
#include "core/program/Program.h"
#include "tests/support/TemporaryProgram.h"

#include <QAbstractItemModel>
#include <QDir>
#include <catch2/catch_test_macros.hpp>

namespace palisade::test {

inline PackRequest samplePackRequest(std::vector<PackSection> sections = {})
{
    PackRequest request;
    request.from = QDate(2025, 1, 1);
    request.to = QDate(2025, 12, 31);
    if (sections.empty()) {
        const auto all = allPackSections();
        sections.assign(all.begin(), all.end());
    }
    request.sections = std::move(sections);
    request.preparedFor = QStringLiteral("Harbor Audit Partners LLP");
    request.preparedBy = QStringLiteral("Dana Whitfield");
    request.note = QStringLiteral("For the 2025 annual HIPAA review.");
    request.paper = PackPaper::Letter;
    return request;
}

// Exports a pack through the register into the fixture's folder.
inline EvidencePack exportSamplePack(TemporaryProgram& fixture, const QString& fileName,
                                     const PackRequest& request = samplePackRequest())
{
    const QString path = QDir(fixture.dir()).filePath(fileName);
    Result<EvidencePack> pack =
        fixture.program().evidencePacks().exportPack(request, path, OverwritePolicy::Refuse);
    REQUIRE(pack.ok());
    return *pack;
}

inline QString evidenceCell(const QAbstractItemModel& model, int row, int column,
                            int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace palisade::test
