#include "ui/evidence/PackText.h"

#include "core/util/IsoDate.h"

#include <QLocale>
#include <QStringList>

namespace palisade::ui {

QString PackText::period(const QDate& from, const QDate& to)
{
    return tr("%1 to %2").arg(isoDate(from), isoDate(to));
}

QString PackText::sectionsSummary(const std::vector<PackSection>& sections)
{
    if (sections.size() >= allPackSections().size())
        return tr("All sections");
    QStringList titles;
    for (const PackSection section : sections)
        titles << packSectionTitle(section);
    return titles.join(QStringLiteral("; "));
}

QString PackText::sectionsList(const std::vector<PackSection>& sections)
{
    QStringList titles;
    for (const PackSection section : sections)
        titles << packSectionTitle(section);
    return titles.join(QLatin1Char('\n'));
}

QString PackText::localTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString PackText::shortSha(const QString& sha256)
{
    return sha256.size() <= 12 ? sha256 : sha256.left(12) + QChar(0x2026);
}

PackText::Facts PackText::facts(const EvidencePack& pack)
{
    Facts facts;
    facts.append({tr("Pack ID:"), pack.packId});
    facts.append({tr("Period:"), period(pack.from, pack.to)});
    facts.append({tr("Sections:"), sectionsList(pack.sections)});
    facts.append(
        {tr("Prepared for:"), pack.preparedFor.isEmpty() ? tr("(not stated)") : pack.preparedFor});
    facts.append(
        {tr("Prepared by:"), pack.preparedBy.isEmpty() ? tr("(not stated)") : pack.preparedBy});
    facts.append(
        {tr("Exported:"), tr("%1 by %2").arg(localTime(pack.exportedAt), pack.exportedBy)});
    facts.append({tr("Pages:"), tr("%L1 (%2), %3")
                                    .arg(pack.pageCount)
                                    .arg(packPaperLabel(pack.paper),
                                         QLocale().formattedDataSize(pack.fileSize))});
    if (!pack.note.isEmpty())
        facts.append({tr("Note:"), pack.note});
    facts.append({tr("File name:"), pack.fileName});
    facts.append({tr("SHA-256:"), pack.sha256});
    return facts;
}

} // namespace palisade::ui
