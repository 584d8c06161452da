#include "core/vendors/VendorCsvValues.h"

#include "core/risk/RiskCsvValues.h"
#include "core/risk/RiskTableExporter.h"

namespace palisade {
namespace {

const QLatin1Char contactSeparator(';');
const QLatin1Char partSeparator('|');
const QLatin1Char clauseSeparator(':');

template <typename Enum, std::size_t N>
QString keys(const std::array<Enum, N>& values, QString (*key)(Enum))
{
    QStringList out;
    for (const Enum value : values)
        out << key(value);
    return out.join(QStringLiteral(", "));
}

std::optional<ProvisionState> provisionState(const QString& text)
{
    const QString wanted = RiskCsvValues::normalized(text);
    if (wanted.isEmpty())
        return ProvisionState::Unchecked;
    // "n/a" and "na" are what people type in a checklist column.
    if (wanted == QLatin1String("n_a") || wanted == QLatin1String("na"))
        return ProvisionState::NotApplicable;
    return RiskCsvValues::choice(text, allProvisionStates(), &provisionStateKey,
                                 &provisionStateLabel);
}

} // namespace

std::optional<CounterpartyRelationship> VendorCsvValues::relationship(const QString& text)
{
    if (auto found =
            RiskCsvValues::choice(text, allCounterpartyRelationships(),
                                  &counterpartyRelationshipKey, &counterpartyRelationshipLabel))
        return found;
    // The labels end in "We Serve" / "We Use"; the short forms read as well.
    const QString wanted = RiskCsvValues::normalized(text);
    if (wanted == QLatin1String("covered_entity") || wanted == QLatin1String("client"))
        return CounterpartyRelationship::CoveredEntity;
    if (wanted == QLatin1String("vendor"))
        return CounterpartyRelationship::OtherVendor;
    return std::nullopt;
}

std::optional<AgreementDirection> VendorCsvValues::direction(const QString& text)
{
    return RiskCsvValues::choice(text, allAgreementDirections(), &agreementDirectionKey,
                                 &agreementDirectionLabel);
}

std::optional<AgreementStatus> VendorCsvValues::status(const QString& text)
{
    return RiskCsvValues::choice(text, allAgreementStatuses(), &agreementStatusKey,
                                 &agreementStatusLabel);
}

std::optional<PhiDisposition> VendorCsvValues::disposition(const QString& text)
{
    return RiskCsvValues::choice(text, allPhiDispositions(), &phiDispositionKey,
                                 &phiDispositionLabel);
}

std::optional<bool> VendorCsvValues::yesNo(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    for (const char* yes : {"yes", "y", "true", "1"}) {
        if (folded == QLatin1String(yes))
            return true;
    }
    for (const char* no : {"no", "n", "false", "0"}) {
        if (folded == QLatin1String(no))
            return false;
    }
    return std::nullopt;
}

QString VendorCsvValues::yesNoText(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString VendorCsvValues::cellText(const XlsxCell& cell)
{
    if (cell.kind() == XlsxCell::Kind::Boolean)
        return yesNoText(cell.toBool());
    return RiskTableExporter::cellText(cell);
}

std::optional<int> VendorCsvValues::count(const QString& text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

Result<std::vector<Contact>> VendorCsvValues::contacts(const QString& text)
{
    std::vector<Contact> out;
    QStringList problems;
    int number = 0;
    for (const QString& entry : text.split(contactSeparator)) {
        if (entry.trimmed().isEmpty())
            continue;
        ++number;
        QStringList parts = entry.split(partSeparator);
        for (QString& part : parts)
            part = part.trimmed();
        if (parts.size() > 4) {
            problems << tr("contact %1 (\"%2\") has %3 parts; write name | role | email | phone.")
                            .arg(number)
                            .arg(entry.trimmed())
                            .arg(parts.size());
            continue;
        }
        out.push_back(Contact{parts.value(0), parts.value(1), parts.value(2), parts.value(3)});
    }
    if (!problems.isEmpty())
        return Error{ErrorKind::Invalid, problems.join(QLatin1Char('\n')), {}};
    return out;
}

QString VendorCsvValues::contactsText(const std::vector<Contact>& contacts)
{
    QStringList entries;
    for (const Contact& contact : contacts) {
        QStringList parts{contact.name, contact.role, contact.email, contact.phone};
        while (parts.size() > 1 && parts.last().isEmpty())
            parts.removeLast();
        entries << parts.join(QStringLiteral(" | "));
    }
    return entries.join(QStringLiteral("; "));
}

std::optional<ProvisionCheck> VendorCsvValues::provision(const QString& key, const QString& text)
{
    const qsizetype colon = text.indexOf(clauseSeparator);
    const QString stateText = colon < 0 ? text : text.left(colon);
    const QString clause = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    // A clause alone is refused rather than read as "not checked" and lost.
    if (colon >= 0 && stateText.trimmed().isEmpty())
        return std::nullopt;
    const std::optional<ProvisionState> state = provisionState(stateText);
    if (!state)
        return std::nullopt;
    return ProvisionCheck{key, *state, clause};
}

QString VendorCsvValues::provisionText(const ProvisionCheck& check)
{
    QString state;
    switch (check.state) {
    case ProvisionState::Unchecked:
        break;
    case ProvisionState::Present:
        state = QStringLiteral("present");
        break;
    case ProvisionState::Missing:
        state = QStringLiteral("missing");
        break;
    case ProvisionState::NotApplicable:
        state = QStringLiteral("n/a");
        break;
    }
    if (check.clauseReference.isEmpty())
        return state;
    if (state.isEmpty())
        state = provisionStateKey(ProvisionState::Unchecked);
    return state + QStringLiteral(": ") + check.clauseReference;
}

QString VendorCsvValues::acceptedRelationships()
{
    return keys(allCounterpartyRelationships(), &counterpartyRelationshipKey);
}

QString VendorCsvValues::acceptedDirections()
{
    return keys(allAgreementDirections(), &agreementDirectionKey);
}

QString VendorCsvValues::acceptedStatuses()
{
    return keys(allAgreementStatuses(), &agreementStatusKey);
}

QString VendorCsvValues::acceptedDispositions()
{
    return keys(allPhiDispositions(), &phiDispositionKey);
}

QString VendorCsvValues::acceptedYesNo()
{
    return tr("yes or no (true/false, 1/0)");
}

QString VendorCsvValues::acceptedProvisionStates()
{
    return tr("present, missing, n/a or empty for not checked, optionally followed by ':' and the "
              "clause, e.g. \"present: §4.2\"");
}

} // namespace palisade
