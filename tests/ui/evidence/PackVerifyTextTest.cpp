#include "ui/evidence/PackVerifyText.h"

#include "tests/support/FileDigest.h"
#include "tests/ui/evidence/EvidenceUiSamples.h"
#include "ui/evidence/PackFileLocator.h"

#include <QFile>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

QString factValue(const PackVerifyText& text, const QString& label)
{
    for (const auto& [name, value] : text.facts()) {
        if (name == label)
            return value;
    }
    return {};
}

} // namespace

TEST_CASE("PackVerifyText names the pack a file is, and says plainly when it is none",
          "[ui][evidence]")
{
    test::TemporaryProgram fixture;
    fixture.clock().set(QDateTime(QDate(2026, 2, 3), QTime(15, 30), Qt::UTC));
    const EvidencePack pack = test::exportSamplePack(
        fixture, QStringLiteral("pack.pdf"),
        test::samplePackRequest({PackSection::Overview, PackSection::Risks}));
    const QString path = QDir(fixture.dir()).filePath(QStringLiteral("pack.pdf"));
    EvidencePackRegister& register_ = fixture.program().evidencePacks();

    const PackVerifyText recognised(path, register_.recognise(path));
    REQUIRE(recognised.outcome() == PackVerifyText::Outcome::Recognised);
    REQUIRE(recognised.pack());
    CHECK(recognised.pack()->packId == pack.packId);
    CHECK(recognised.headline() ==
          QStringLiteral("Verified: this is evidence pack %1, exactly as exported.")
              .arg(pack.packId));
    CHECK(recognised.explanation().contains(QStringLiteral("Dana Whitfield")));
    CHECK(recognised.explanation().contains(PackText::localTime(pack.exportedAt)));
    CHECK(factValue(recognised, QStringLiteral("Period:")) ==
          QStringLiteral("2025-01-01 to 2025-12-31"));
    CHECK(factValue(recognised, QStringLiteral("Sections:")) ==
          QStringLiteral("Program overview\nRisk analysis and risk management plan"));
    CHECK(factValue(recognised, QStringLiteral("Prepared for:")) ==
          QStringLiteral("Harbor Audit Partners LLP"));
    CHECK(factValue(recognised, QStringLiteral("SHA-256:")) == pack.sha256);
    CHECK(recognised.plainText().contains(QStringLiteral("Exported: ")));

    // One byte flipped inside the copy is enough.
    const QString copy = QDir(fixture.dir()).filePath(QStringLiteral("copy.pdf"));
    REQUIRE(QFile::copy(path, copy));
    REQUIRE(test::flipBytes(copy, 400));
    const QString copySha = PackFileLocator::sha256Of(copy);
    CHECK(copySha.size() == 64);
    CHECK(copySha != pack.sha256);
    const PackVerifyText changed(copy, register_.recognise(copy), copySha);
    CHECK(changed.outcome() == PackVerifyText::Outcome::NotRecognised);
    CHECK_FALSE(changed.pack());
    CHECK(changed.headline() ==
          QStringLiteral("Not verified: this exact file was not exported from this program "
                         "file."));
    CHECK(changed.explanation().contains(QStringLiteral("changed after it was exported")));
    CHECK(changed.explanation().contains(QStringLiteral("another program file")));
    CHECK(factValue(changed, QStringLiteral("SHA-256:")) == copySha);
    CHECK_FALSE(changed.plainText().contains(pack.packId));

    const QString missing = QDir(fixture.dir()).filePath(QStringLiteral("missing.pdf"));
    const PackVerifyText unreadable(missing, register_.recognise(missing));
    CHECK(unreadable.outcome() == PackVerifyText::Outcome::Failed);
    CHECK(unreadable.headline() == QStringLiteral("The file could not be checked."));
    CHECK(unreadable.explanation().contains(QStringLiteral("missing.pdf")));
}

TEST_CASE("PackVerifyText warns when the record of a pack does not hold together", "[ui][evidence]")
{
    const Result<std::optional<EvidencePack>> broken =
        Error{ErrorKind::Integrity,
              QStringLiteral("Pack EP-1 is listed as exported, but its "
                             "export is missing from the audit trail."),
              {}};
    const PackVerifyText text(QStringLiteral("/tmp/pack.pdf"), broken);
    CHECK(text.outcome() == PackVerifyText::Outcome::Failed);
    CHECK(text.headline().startsWith(QStringLiteral("Not verified")));
    CHECK(text.explanation().contains(QStringLiteral("missing from the audit trail")));
}

TEST_CASE("PackVerifyText says plainly when a bundle cannot be read", "[ui][evidence][bundle]")
{
    test::TemporaryProgram fixture;
    const QString missing = QDir(fixture.dir()).filePath(QStringLiteral("missing.zip"));
    EvidencePackRegister& register_ = fixture.program().evidencePacks();

    const PackVerifyText unreadable(missing, register_.verifyBundle(missing));
    CHECK(unreadable.outcome() != PackVerifyText::Outcome::Recognised);
    CHECK_FALSE(unreadable.pack());
    CHECK(factValue(unreadable, QStringLiteral("File:")) == QDir::toNativeSeparators(missing));
    CHECK_FALSE(unreadable.explanation().isEmpty());
    CHECK(unreadable.plainText().contains(unreadable.headline()));
}
