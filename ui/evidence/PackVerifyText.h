#pragma once

#include "core/evidence/EvidencePack.h"
#include "core/evidence/PackBundleVerification.h"
#include "core/util/Result.h"
#include "ui/evidence/PackText.h"

#include <QCoreApplication>
#include <optional>

namespace palisade::ui {

// What the Evidence area says after checking a file against the packs
// exported from the program file: which pack a PDF is, exactly as exported,
// or which pack a bundle (zip) holds with every file as its manifest lists
// it; or plainly that the file is not what was exported.
class PackVerifyText
{
    Q_DECLARE_TR_FUNCTIONS(palisade::ui::PackVerifyText)

public:
    enum class Outcome
    {
        Recognised,
        NotRecognised,
        Failed, // unreadable file, or a record that does not hold together
    };

    // `fileSha256` is the file's own hash when known, shown when it is not recognised.
    PackVerifyText(const QString& path, const Result<std::optional<EvidencePack>>& found,
                   const QString& fileSha256 = {});
    // A bundle's zip, as EvidencePackRegister::verifyBundle found it.
    PackVerifyText(const QString& path, const Result<PackBundleVerification>& checked);

    Outcome outcome() const { return m_outcome; }
    const std::optional<EvidencePack>& pack() const { return m_pack; }
    QString headline() const { return m_headline; }
    QString explanation() const { return m_explanation; }
    const PackText::Facts& facts() const { return m_facts; }
    // Headline, explanation and facts as plain lines.
    QString plainText() const;

private:
    Outcome m_outcome = Outcome::Failed;
    std::optional<EvidencePack> m_pack;
    QString m_headline;
    QString m_explanation;
    PackText::Facts m_facts;
};

} // namespace palisade::ui
