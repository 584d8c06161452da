#include "core/vendors/AgreementTableExporter.h"

#include "core/io/SheetFile.h"
#include "core/risk/RiskCsvValues.h"
#include "core/vendors/AgreementCsvColumns.h"
#include "core/vendors/BaaProvision.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "core/vendors/ProvisionCompleteness.h"
#include "core/vendors/VendorCsvValues.h"

#include <QHash>

namespace palisade {
namespace {

XlsxCell textCell(const QString& text)
{
    return text.isEmpty() ? XlsxCell() : XlsxCell(text);
}

XlsxCell dateCell(const QDate& date)
{
    return date.isValid() ? XlsxCell(date) : XlsxCell();
}

} // namespace

AgreementTableExporter::AgreementTableExporter(const std::vector<Agreement>& agreements,
                                               const std::vector<Counterparty>& counterparties)
{
    QHash<qint64, QString> names;
    for (const Counterparty& counterparty : counterparties)
        names.insert(counterparty.id, counterparty.name);
    for (const Agreement& agreement : agreements) {
        QStringList upstream;
        for (const qint64 id : agreement.flowsDownFrom)
            upstream << agreementReference(id);
        // In the order of AgreementCsvColumns::exported().
        XlsxRow row{
            XlsxCell(agreementReference(agreement.id)),
            textCell(names.value(agreement.counterpartyId)),
            textCell(agreement.title),
            XlsxCell(agreementDirectionLabel(agreement.direction)),
            XlsxCell(agreementStatusLabel(agreement.status)),
            dateCell(agreement.signedOn),
            dateCell(agreement.effectiveOn),
            dateCell(agreement.expiresOn),
            XlsxCell::boolean(agreement.evergreen),
            textCell(agreement.renewalTerms),
            XlsxCell(agreement.reviewCadenceMonths),
            dateCell(agreement.lastReviewedOn),
            dateCell(agreement.nextReviewOn),
            XlsxCell(agreement.breachNoticeDays),
            XlsxCell(agreement.incidentReportDays),
            textCell(agreement.permittedUses),
            dateCell(agreement.terminatedOn),
            XlsxCell(phiDispositionLabel(agreement.disposition)),
            dateCell(agreement.dispositionAttestedOn),
            textCell(agreement.dispositionAttestedBy),
            textCell(RiskCsvValues::listText(upstream)),
            XlsxCell(ProvisionCompleteness::of(agreement).percent()),
        };
        for (const BaaProvision& provision : BaaProvision::all()) {
            const ProvisionCheck* check = agreement.check(provision.key);
            row.append(textCell(check ? VendorCsvValues::provisionText(*check) : QString()));
        }
        row.append(textCell(agreement.notes));
        m_rows.append(row);
    }
}

Result<AgreementTableExporter>
AgreementTableExporter::fromRegister(const BaaRegister& agreements,
                                     const CounterpartyRegister& counterparties)
{
    Result<std::vector<Agreement>> all = agreements.agreements();
    if (!all)
        return all.error();
    Result<std::vector<Counterparty>> allCounterparties = counterparties.counterparties();
    if (!allCounterparties)
        return allCounterparties.error();
    return AgreementTableExporter(*all, *allCounterparties);
}

QStringList AgreementTableExporter::header()
{
    return AgreementCsvColumns::exported();
}

QList<QStringList> AgreementTableExporter::textRows() const
{
    return SheetFile::textRows(m_rows, &VendorCsvValues::cellText);
}

XlsxSheet AgreementTableExporter::sheet() const
{
    return SheetFile::sheet(tr("Agreements"), header(), m_rows);
}

Result<void> AgreementTableExporter::saveCsv(const QString& path, OverwritePolicy policy) const
{
    return SheetFile::saveCsv(header(), textRows(), path, policy);
}

Result<void> AgreementTableExporter::saveXlsx(const QString& path, OverwritePolicy policy) const
{
    return SheetFile::saveXlsx(sheet(), path, policy);
}

} // namespace palisade
