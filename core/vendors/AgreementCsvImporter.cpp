#include "core/vendors/AgreementCsvImporter.h"

#include "core/io/CsvHeader.h"
#include "core/risk/CsvImportTable.h"
#include "core/risk/ImportProblems.h"
#include "core/risk/RiskCsvValues.h"
#include "core/risk/StoredImport.h"
#include "core/vendors/AgreementCsvColumns.h"
#include "core/vendors/BaaProvision.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "core/vendors/VendorCsvValues.h"

#include <QRegularExpression>
#include <algorithm>

namespace palisade {
namespace {

QString nameKey(const QString& name)
{
    return name.simplified().toCaseFolded();
}

Result<CsvImportTable> readTable(const QString& path)
{
    return CsvImportTable::readFile(path, AgreementCsvColumns::required(),
                                    AgreementCsvColumns::optional());
}

Result<CsvImportTable> readTableData(const QByteArray& data)
{
    return CsvImportTable::readData(data, AgreementCsvColumns::required(),
                                    AgreementCsvColumns::optional());
}

// "BAA-0007", "baa-7": the id; nullopt for anything else.
std::optional<qint64> referencedId(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^BAA-0*(\\d{1,15})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

} // namespace

AgreementCsvImporter::AgreementCsvImporter(BaaRegister& agreements,
                                           const CounterpartyRegister& counterparties)
    : m_agreements(agreements)
    , m_counterparties(counterparties)
{
}

Result<std::vector<Agreement>> AgreementCsvImporter::read(const QString& path) const
{
    return parsedItems(readTable(path));
}

Result<std::vector<Agreement>> AgreementCsvImporter::readData(const QByteArray& data) const
{
    return parsedItems(readTableData(data));
}

Result<ImportReport> AgreementCsvImporter::importFile(const QString& path)
{
    return importTable(readTable(path));
}

Result<ImportReport> AgreementCsvImporter::importData(const QByteArray& data)
{
    return importTable(readTableData(data));
}

Result<std::vector<Agreement>> AgreementCsvImporter::parsedItems(Result<CsvImportTable> table) const
{
    if (!table)
        return table.error();
    Result<Parsed> parsed = parseTable(*table);
    if (!parsed)
        return parsed.error();
    return std::move(parsed->agreements);
}

Result<ImportReport> AgreementCsvImporter::importTable(Result<CsvImportTable> table)
{
    if (!table)
        return table.error();
    Result<Parsed> parsed = parseTable(*table);
    if (!parsed)
        return parsed.error();
    return store(std::move(parsed).value(), table->fileName);
}

Result<AgreementCsvImporter::Parsed>
AgreementCsvImporter::parseTable(const CsvImportTable& table) const
{
    Lookup lookup;
    Result<std::vector<Counterparty>> counterparties = m_counterparties.counterparties();
    if (!counterparties)
        return counterparties.error();
    for (const Counterparty& counterparty : *counterparties)
        lookup.counterpartyIds.insert(nameKey(counterparty.name), counterparty.id);
    Result<std::vector<Agreement>> stored = m_agreements.agreements();
    if (!stored)
        return stored.error();
    for (const Agreement& agreement : *stored) {
        lookup.references.insert(agreement.id, agreementReference(agreement.id));
        lookup.titles[nameKey(agreement.title)] << agreement.id;
    }
    for (const CsvRecord& record : table.rows) {
        const QString title = nameKey(table.header.value(record, AgreementCsvColumns::title));
        if (!title.isEmpty() && !lookup.fileTitles.contains(title))
            lookup.fileTitles.insert(title, record.line);
    }

    ImportProblems problems;
    Parsed parsed;
    for (const CsvRecord& record : table.rows) {
        if (Result<void> checked = table.header.check(record); !checked) {
            problems.addPrefixed(record.line, checked.error().message);
            continue;
        }
        if (std::optional<Agreement> agreement = parseRow(table.header, record, lookup, problems)) {
            const QString title = nameKey(agreement->title);
            if (!lookup.earlierRows.contains(title))
                lookup.earlierRows.insert(title,
                                          {parsed.agreements.size(),
                                           agreement->direction == AgreementDirection::Upstream});
            parsed.agreements.push_back(std::move(*agreement));
            parsed.lines << record.line;
        }
    }
    if (!problems.isEmpty())
        return problems.error(table.fileName);
    if (parsed.agreements.empty())
        return Error{
            ErrorKind::Invalid,
            tr("The file has a header row but no agreements below it; nothing was imported."),
            {}};
    return parsed;
}

std::optional<Agreement> AgreementCsvImporter::parseRow(const CsvHeader& header,
                                                        const CsvRecord& record,
                                                        const Lookup& lookup,
                                                        ImportProblems& problems) const
{
    using C = AgreementCsvColumns;
    QStringList reasons;
    const auto text = [&](const QString& column) {
        return header.value(record, column);
    };
    const auto date = [&](const QString& column) -> QDate {
        const QString value = text(column);
        const std::optional<QDate> found = RiskCsvValues::date(value);
        if (!found) {
            reasons << tr("%1 \"%2\" is not a date written as YYYY-MM-DD (for example 2026-03-01).")
                           .arg(column, value);
            return {};
        }
        return *found;
    };
    const auto number = [&](const QString& column, int fallback) {
        const QString value = text(column);
        if (value.isEmpty())
            return fallback;
        const std::optional<int> found = VendorCsvValues::count(value);
        if (!found) {
            reasons << tr("%1 \"%2\" is not a whole number.").arg(column, value);
            return fallback;
        }
        return *found;
    };

    Agreement agreement;
    agreement.title = text(C::title);
    agreement.renewalTerms = text(C::renewalTerms);
    agreement.permittedUses = text(C::permittedUses);
    agreement.dispositionAttestedBy = text(C::dispositionAttestedBy);
    agreement.notes = text(C::notes);

    const QString counterparty = text(C::counterparty);
    if (counterparty.isEmpty()) {
        reasons
            << tr("%1 is empty; name a counterparty already in the program.").arg(C::counterparty);
    } else if (const auto found = lookup.counterpartyIds.constFind(nameKey(counterparty));
               found != lookup.counterpartyIds.constEnd()) {
        agreement.counterpartyId = found.value();
    } else {
        reasons << tr("counterparty: there is no counterparty named \"%1\"; import the "
                      "counterparties first, or correct the name.")
                       .arg(counterparty);
    }

    const QString direction = text(C::direction);
    if (const auto found = VendorCsvValues::direction(direction)) {
        agreement.direction = *found;
    } else if (direction.isEmpty()) {
        reasons
            << tr("%1 is empty; use %2.").arg(C::direction, VendorCsvValues::acceptedDirections());
    } else {
        reasons << tr("%1 \"%2\" is not a direction; use %3.")
                       .arg(C::direction, direction, VendorCsvValues::acceptedDirections());
    }

    if (const QString value = text(C::status); !value.isEmpty()) {
        if (const auto found = VendorCsvValues::status(value))
            agreement.status = *found;
        else
            reasons << tr("%1 \"%2\" is not a status; use %3.")
                           .arg(C::status, value, VendorCsvValues::acceptedStatuses());
    }
    if (const QString value = text(C::phiDisposition); !value.isEmpty()) {
        if (const auto found = VendorCsvValues::disposition(value))
            agreement.disposition = *found;
        else
            reasons << tr("%1 \"%2\" is not a disposition; use %3.")
                           .arg(C::phiDisposition, value, VendorCsvValues::acceptedDispositions());
    }
    if (const QString value = text(C::evergreen); !value.isEmpty()) {
        if (const std::optional<bool> found = VendorCsvValues::yesNo(value))
            agreement.evergreen = *found;
        else
            reasons << tr("%1 \"%2\" is not yes or no; use %3.")
                           .arg(C::evergreen, value, VendorCsvValues::acceptedYesNo());
    }

    agreement.signedOn = date(C::signedOn);
    agreement.effectiveOn = date(C::effectiveOn);
    agreement.expiresOn = date(C::expiresOn);
    agreement.lastReviewedOn = date(C::lastReviewedOn);
    agreement.nextReviewOn = date(C::nextReviewOn);
    agreement.terminatedOn = date(C::terminatedOn);
    agreement.dispositionAttestedOn = date(C::dispositionAttestedOn);

    agreement.reviewCadenceMonths =
        number(C::reviewCadenceMonths, Agreement::defaultReviewCadenceMonths);
    agreement.breachNoticeDays = number(C::breachNoticeDays, Agreement::defaultNoticeDays);
    agreement.incidentReportDays = number(C::incidentReportDays, Agreement::defaultNoticeDays);

    for (const QString& upstream : RiskCsvValues::list(text(C::flowsDownFrom))) {
        if (const std::optional<qint64> id = referencedId(upstream)) {
            if (lookup.references.contains(*id))
                agreement.flowsDownFrom.push_back(*id);
            else
                reasons << tr("flows_down_from: there is no agreement %1 in the program; import "
                              "the upstream agreements first, or correct the reference.")
                               .arg(agreementReference(*id));
            continue;
        }
        const QList<qint64> ids = lookup.titles.value(nameKey(upstream));
        if (ids.size() == 1) {
            agreement.flowsDownFrom.push_back(ids.first());
        } else if (ids.size() > 1) {
            QStringList references;
            for (const qint64 id : ids)
                references << agreementReference(id);
            reasons << tr("flows_down_from: several agreements are titled \"%1\"; name the one "
                          "meant by its reference (%2).")
                           .arg(upstream, references.join(QStringLiteral(", ")));
        } else if (const auto earlier = lookup.earlierRows.constFind(nameKey(upstream));
                   earlier != lookup.earlierRows.constEnd()) {
            if (earlier->second)
                agreement.flowsDownFrom.push_back(Agreement::batchLink(earlier->first));
            else
                reasons << tr("flows_down_from: \"%1\" on line %2 is itself a downstream "
                              "agreement.")
                               .arg(upstream)
                               .arg(lookup.fileTitles.value(nameKey(upstream)));
        } else if (const int line = lookup.fileTitles.value(nameKey(upstream));
                   line > record.line) {
            reasons << tr("flows_down_from: \"%1\" is on line %2, below this one; list the "
                          "upstream agreements above the agreements that flow down from them.")
                           .arg(upstream)
                           .arg(line);
        } else if (line > 0) {
            reasons << tr("flows_down_from: \"%1\" on line %2 has problems of its own; correct "
                          "that line first.")
                           .arg(upstream)
                           .arg(line);
        } else {
            reasons << tr("flows_down_from: there is no agreement titled \"%1\"; use its "
                          "reference (BAA-0001) or its exact title.")
                           .arg(upstream);
        }
    }

    std::vector<ProvisionCheck> marked;
    for (const BaaProvision& provision : BaaProvision::all()) {
        const QString column = C::provision(provision.key);
        const QString value = text(column);
        if (const std::optional<ProvisionCheck> check =
                VendorCsvValues::provision(provision.key, value))
            marked.push_back(*check);
        else
            reasons << tr("%1 \"%2\" is not a checklist entry; use %3.")
                           .arg(column, value, VendorCsvValues::acceptedProvisionStates());
    }
    agreement.provisions = BaaProvision::checklist(marked);

    // The register's rules speak of the values, so they only make sense once
    // every value could be read.
    if (reasons.isEmpty())
        reasons = m_agreements.problems(agreement);
    if (!reasons.isEmpty()) {
        problems.add(record.line, reasons);
        return std::nullopt;
    }
    return agreement;
}

Result<ImportReport> AgreementCsvImporter::store(Parsed parsed, const QString& fileName)
{
    return storedImport(m_agreements.addAll(std::move(parsed.agreements)), parsed.lines,
                        QCoreApplication::translate("palisade::BaaRegister", "Agreement %1: %2"),
                        fileName,
                        [](const Agreement& item) { return agreementReference(item.id); });
}

} // namespace palisade
