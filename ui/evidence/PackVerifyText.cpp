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

QString PackVerifyText::plainText() const
{
    QStringList lines{m_headline, m_explanation};
    for (const auto& [label, value] : m_facts)
        lines << label + QLatin1Char(' ') +
                     QString(value).replace(QLatin1Char('\n'), QStringLiteral(", "));
    return lines.join(QLatin1Char('\n'));
}

} // namespace palisade::ui
