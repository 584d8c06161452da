#pragma once

#include "core/io/XlsxCell.h"
#include "core/util/Result.h"
#include "core/vendors/AgreementDirection.h"
#include "core/vendors/AgreementStatus.h"
#include "core/vendors/Contact.h"
#include "core/vendors/CounterpartyRelationship.h"
#include "core/vendors/PhiDisposition.h"
#include "core/vendors/ProvisionCheck.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

namespace palisade {

// How the values of counterparty and agreement CSV files are read and written,
// on top of RiskCsvValues (dates, lists, choices): yes/no, day counts, the
// contacts cell and the provision cells. Choices accept the stored key or the
// label shown in Palisade, ignoring case, spaces and punctuation.
class VendorCsvValues
{
    Q_DECLARE_TR_FUNCTIONS(palisade::VendorCsvValues)

public:
    static std::optional<CounterpartyRelationship> relationship(const QString& text);
    static std::optional<AgreementDirection> direction(const QString& text);
    static std::optional<AgreementStatus> status(const QString& text);
    static std::optional<PhiDisposition> disposition(const QString& text);

    // yes/no, true/false, y/n, 1/0 (case ignored); nullopt for anything else,
    // including an empty text.
    static std::optional<bool> yesNo(const QString& text);
    static QString yesNoText(bool value); // "yes" or "no"

    // How a typed cell of an exported table reads in a CSV file: dates as
    // YYYY-MM-DD, booleans as yes/no.
    static QString cellText(const XlsxCell& cell);

    // A whole number of days or months, at least 0; nullopt otherwise.
    static std::optional<int> count(const QString& text);

    // "Name | Role | email | phone; Name | Role …": contacts separated by ';',
    // their parts by '|', trailing parts optional. Invalid (one line per
    // problem) for a contact with more than four parts.
    static Result<std::vector<Contact>> contacts(const QString& text);
    static QString contactsText(const std::vector<Contact>& contacts);

    // A checklist cell: empty (not checked), "present", "missing" or "n/a",
    // optionally followed by ':' and the clause reference ("present: §4.2").
    // nullopt when the state is not one of those.
    static std::optional<ProvisionCheck> provision(const QString& key, const QString& text);
    static QString provisionText(const ProvisionCheck& check);

    // The values each field accepts, for error messages.
    static QString acceptedRelationships();
    static QString acceptedDirections();
    static QString acceptedStatuses();
    static QString acceptedDispositions();
    static QString acceptedYesNo();
    static QString acceptedProvisionStates();
};

} // namespace palisade
