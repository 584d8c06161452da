#include "core/incidents/BreachLogExporter.h"

#include "core/incidents/BreachReporting.h"
#include "core/io/SheetFile.h"
#include "core/program/Program.h"
#include "core/util/IsoDate.h"
#include "core/vendors/CounterpartyRegister.h"

#include <QMap>
#include <algorithm>
#include <utility>

namespace palisade {
namespace {

QString cellText(const XlsxCell& cell)
{
    switch (cell.kind()) {
    case XlsxCell::Kind::Date:
        return isoDate(cell.date());
    case XlsxCell::Kind::Empty:
        return {};
    default:
        return cell.displayText();
    }
}

XlsxCell textCell(const QString& text)
{
    return text.isEmpty() ? XlsxCell() : XlsxCell(text);
}

XlsxCell dateCell(const QDate& date)
{
    return date.isValid() ? XlsxCell(date) : XlsxCell();
}

// The first day a notice went to `recipient`, when one did.
QDate firstSent(const BreachLogEntry& entry, NotificationRecipient recipient)
{
    QDate first;
    for (const BreachLogEntry::Notice& notice : entry.notices) {
        if (notice.recipient == recipient && notice.sentOn.isValid() &&
            (!first.isValid() || notice.sentOn < first))
            first = notice.sentOn;
    }
    return first;
}

} // namespace

BreachLogExporter::BreachLogExporter(int year, std::vector<BreachLogEntry> entries,
                                     QHash<qint64, QString> counterpartyNames)
    : m_year(year)
    , m_entries(std::move(entries))
    , m_counterpartyNames(std::move(counterpartyNames))
{
}

Result<BreachLogExporter> BreachLogExporter::fromProgram(Program& program, int year)
{
    Result<std::vector<BreachLogEntry>> entries = BreachReporting(program).breachLog(year);
    if (!entries)
        return entries.error();
    Result<std::vector<Counterparty>> counterparties = program.counterparties().counterparties();
    if (!counterparties)
        return counterparties.error();
    QHash<qint64, QString> names;
    for (const Counterparty& counterparty : *counterparties)
        names.insert(counterparty.id, counterparty.name);
    return BreachLogExporter(year, std::move(entries).value(), names);
}

QStringList BreachLogExporter::header()
{
    return {tr("Reference"),
            tr("Title"),
            tr("Breach status"),
            tr("Type of breach"),
            tr("Description"),
            tr("Occurred on"),
            tr("Discovered on"),
            tr("Individuals affected"),
            tr("Affected by State"),
            tr("PHI involved"),
            tr("Safeguards and response"),
            tr("Individuals notified on"),
            tr("HHS notified on"),
            tr("Media notified"),
            tr("State authorities notified"),
            tr("Covered entities notified")};
}

QString BreachLogExporter::affectedText(const std::vector<JurisdictionCount>& affected)
{
    QStringList parts;
    for (const JurisdictionCount& count : affected)
        parts << QStringLiteral("%1 %2").arg(count.jurisdiction).arg(count.individuals);
    return parts.join(QStringLiteral("; "));
}

QString BreachLogExporter::noticesText(const BreachLogEntry& entry,
                                       NotificationRecipient recipient) const
{
    // Per State or covered entity, the first day it was told.
    QMap<QString, QDate> first;
    for (const BreachLogEntry::Notice& notice : entry.notices) {
        if (notice.recipient != recipient || !notice.sentOn.isValid())
            continue;
        QString whom = notice.jurisdiction;
        if (recipient == NotificationRecipient::CoveredEntity)
            whom = m_counterpartyNames.value(notice.counterpartyId,
                                             QString::number(notice.counterpartyId));
        const auto found = first.constFind(whom);
        if (found == first.constEnd() || notice.sentOn < *found)
            first.insert(whom, notice.sentOn);
    }
    QStringList parts;
    for (auto it = first.constBegin(); it != first.constEnd(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key(), isoDate(it.value()));
    return parts.join(QStringLiteral("; "));
}

XlsxRow BreachLogExporter::row(const BreachLogEntry& entry) const
{
    return XlsxRow{
        XlsxCell(entry.reference),
        textCell(entry.title),
        XlsxCell(breachStatusLabel(entry.status)),
        XlsxCell(incidentKindLabel(entry.kind)),
        textCell(entry.description),
        dateCell(entry.occurredOn),
        dateCell(entry.discoveredOn),
        XlsxCell(entry.totalAffected),
        textCell(affectedText(entry.affected)),
        textCell(entry.phiTypes.join(QStringLiteral("; "))),
        textCell(entry.containment),
        dateCell(firstSent(entry, NotificationRecipient::Individuals)),
        dateCell(firstSent(entry, NotificationRecipient::Hhs)),
        textCell(noticesText(entry, NotificationRecipient::Media)),
        textCell(noticesText(entry, NotificationRecipient::StateAuthority)),
        textCell(noticesText(entry, NotificationRecipient::CoveredEntity)),
    };
}

QList<XlsxRow> BreachLogExporter::rows() const
{
    QList<XlsxRow> out;
    for (const BreachLogEntry& entry : m_entries)
        out << row(entry);
    return out;
}

QList<QStringList> BreachLogExporter::csvRows() const
{
    return SheetFile::textRows(rows(), &cellText);
}

XlsxSheet BreachLogExporter::sheet() const
{
    return SheetFile::sheet(tr("Breach log %1").arg(m_year), header(), rows());
}

Result<void> BreachLogExporter::saveCsv(const QString& path, OverwritePolicy policy) const
{
    return SheetFile::saveCsv(header(), csvRows(), path, policy);
}

Result<void> BreachLogExporter::saveXlsx(const QString& path, OverwritePolicy policy) const
{
    return SheetFile::saveXlsx(sheet(), path, policy);
}

} // namespace palisade
