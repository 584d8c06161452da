#include "ui/evidence/PackVerifyText.h"

#include <QDir>
#include <QStringList>

namespace palisade::ui {

PackVerifyText::PackVerifyText(const QString& path,
                               const Result<std::optional<EvidencePack>>& found,
                               const QString& fileSha256)
{
    const QString file = QDir::toNativeSeparators(path);
    if (!found) {
        m_outcome = Outcome::Failed;
        if (found.error().kind == ErrorKind::Integrity) {
            m_headline = tr("Not verified: the record of this pack does not hold together.");
            m_explanation = tr("%1 Verify the audit trail on the Audit trail page to see where "
                               "it was changed.")
                                .arg(found.error().message);
        } else {
            m_headline = tr("The file could not be checked.");
            m_explanation = found.error().message;
        }
        m_facts.append({tr("File:"), file});
        return;
    }
    if (!found->has_value()) {
        m_outcome = Outcome::NotRecognised;
        m_headline = tr("Not verified: this exact file was not exported from this program file.");
        m_explanation =
            tr("No evidence pack exported from this program file has this file's SHA-256. It may "
               "have been changed after it was exported (a single changed byte is enough), or it "
               "comes from another program file.");
        m_facts.append({tr("File:"), file});
        if (!fileSha256.isEmpty())
            m_facts.append({tr("SHA-256:"), fileSha256});
        return;
    }
    m_outcome = Outcome::Recognised;
    m_pack = **found;
    m_headline = tr("Verified: this is evidence pack %1, exactly as exported.").arg(m_pack->packId);
    m_explanation = tr("Its SHA-256 matches the export that %1 recorded on %2 in this program "
                       "file's audit trail.")
                        .arg(m_pack->exportedBy, PackText::localTime(m_pack->exportedAt));
    m_facts.append({tr("File:"), file});
    m_facts.append(PackText::facts(*m_pack));
}

PackVerifyText::PackVerifyText(const QString& path, const Result<PackBundleVerification>& checked)
{
    const QString file = QDir::toNativeSeparators(path);
    m_facts.append({tr("File:"), file});
    if (!checked) {
        m_outcome = Outcome::Failed;
        m_headline = tr("The bundle could not be checked.");
        m_explanation = checked.error().message;
        return;
    }
    if (!checked->verified) {
        m_outcome = Outcome::NotRecognised;
        m_headline = tr("Not verified: this bundle is not one exported from this program file, "
                        "unchanged.");
        m_explanation = checked->mismatch;
        if (!checked->sha256.isEmpty())
            m_facts.append({tr("SHA-256:"), checked->sha256});
        return;
    }
    m_outcome = Outcome::Recognised;
    m_pack = *checked->pack;
    m_headline = tr("Verified: this is the bundle of evidence pack %1.").arg(m_pack->packId);
    const QString matched =
        tr("All %n file(s) in it match its manifest, and the manifest is the one recorded.",
           nullptr, checked->filesChecked);
    m_explanation =
        checked->exactFile
            ? tr("The zip is byte for byte the one %1 exported on %2. %3")
                  .arg(checked->bundle->exportedBy,
                       PackText::localTime(checked->bundle->exportedAt), matched)
            : tr("The zip was repacked since it was exported, but its contents are unchanged. %1")
                  .arg(matched);
    m_facts.append({tr("Files checked:"), QString::number(checked->filesChecked)});
    m_facts.append({tr("Bundle SHA-256:"), checked->sha256});
    m_facts.append(PackText::facts(*m_pack));
}

QString PackVerifyText::plainText() const
{
    QStringList lines{m_headline, m_explanation};
    for (const auto& [label, value] : m_facts)
        lines << label + QLatin1Char(' ') +
                     QString(value).replace(QLatin1Char('\n'), QStringLiteral(", "));
    return lines.join(QLatin1Char('\n'));
}

} // namespace palisade::ui
