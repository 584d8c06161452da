#include "core/evidence/BaaPackSection.h"

#include "core/evidence/PackDates.h"
#include "core/program/Program.h"
#include "core/util/CanonicalJson.h"
#include "core/util/IsoDate.h"
#include "core/vendors/BaaDueList.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "core/vendors/ProvisionCompleteness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <map>
#include <tuple>

namespace palisade {
namespace {

QString agreementName(const Agreement& agreement)
{
    return BaaPackSection::tr("%1 %2").arg(agreementReference(agreement.id), agreement.title);
}

QString statusText(const Agreement& agreement)
{
    if (agreement.status == AgreementStatus::Terminated && agreement.terminatedOn.isValid())
        return BaaPackSection::tr("%1 on %2")
            .arg(agreementStatusLabel(agreement.status), isoDate(agreement.terminatedOn));
    return agreementStatusLabel(agreement.status);
}

QString expiryText(const Agreement& agreement)
{
    if (agreement.evergreen)
        return BaaPackSection::tr("Evergreen");
    return PackDates::text(agreement.expiresOn);
}

// "13 of 15": the required provisions found, of those that apply.
QString provisionsText(const Agreement& agreement)
{
    const ProvisionCompleteness provisions = ProvisionCompleteness::of(agreement);
    return BaaPackSection::tr("%1 of %2").arg(provisions.present).arg(provisions.applicable());
}

QJsonObject counterpartyJson(const Counterparty& counterparty)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::number(counterparty.id)},
        {QStringLiteral("name"), counterparty.name},
        {QStringLiteral("relationship"), counterpartyRelationshipKey(counterparty.relationship)},
        {QStringLiteral("shares_phi"), counterparty.sharesPhi},
    };
}

QJsonObject agreementJson(const Agreement& agreement)
{
    const ProvisionCompleteness provisions = ProvisionCompleteness::of(agreement);
    return QJsonObject{
        {QStringLiteral("id"), QString::number(agreement.id)},
        {QStringLiteral("reference"), agreementReference(agreement.id)},
        {QStringLiteral("counterparty_id"), QString::number(agreement.counterpartyId)},
        {QStringLiteral("title"), agreement.title},
        {QStringLiteral("direction"), agreementDirectionKey(agreement.direction)},
        {QStringLiteral("status"), agreementStatusKey(agreement.status)},
        {QStringLiteral("signed_on"), isoDate(agreement.signedOn)},
        {QStringLiteral("effective_on"), isoDate(agreement.effectiveOn)},
        {QStringLiteral("expires_on"), isoDate(agreement.expiresOn)},
        {QStringLiteral("evergreen"), agreement.evergreen},
        {QStringLiteral("terminated_on"), isoDate(agreement.terminatedOn)},
        {QStringLiteral("breach_notice_days"), agreement.breachNoticeDays},
        {QStringLiteral("provisions_present"), provisions.present},
        {QStringLiteral("provisions_applicable"), provisions.applicable()},
    };
}

} // namespace

Result<PackSectionContent> BaaPackSection::build(Program& program, const PackRequest& request)
{
    Result<std::vector<Counterparty>> allCounterparties = program.counterparties().counterparties();
    if (!allCounterparties)
        return allCounterparties.error();
    Result<std::vector<Agreement>> allAgreements = program.baas().agreements();
    if (!allAgreements)
        return allAgreements.error();

    // The inventory as it stood at the end of the period: records entered
    // since are left out.
    std::vector<Counterparty> counterparties;
    for (const Counterparty& counterparty : *allCounterparties) {
        if (PackDates::existedOn(counterparty.createdAt, request.to))
            counterparties.push_back(counterparty);
    }
    std::vector<Agreement> agreements;
    for (const Agreement& agreement : *allAgreements) {
        if (PackDates::existedOn(agreement.createdAt, request.to))
            agreements.push_back(agreement);
    }
    std::map<qint64, std::vector<const Agreement*>> byCounterparty;
    std::map<qint64, const Counterparty*> counterpartyById;
    for (const Counterparty& counterparty : counterparties)
        counterpartyById[counterparty.id] = &counterparty;
    for (const Agreement& agreement : agreements)
        byCounterparty[agreement.counterpartyId].push_back(&agreement);

    const QLocale c = QLocale::c();
    const QString asOf = isoDate(request.to);
    const std::vector<BaaDueItem> due = BaaDueList(counterparties, agreements).asOf(request.to);

    PackSectionContent content;
    content.section = PackSection::Baas;
    content.blocks.push_back(packblock::Paragraph{
        tr("The covered entities the organization serves as a business associate, the "
           "subcontractors it uses, and the business associate agreements with each that were "
           "on record on %1 (45 CFR 164.502(e), 164.504(e) and 164.308(b)). Each agreement is "
           "shown with its dates, status and terms as currently recorded, so an agreement "
           "terminated since shows its termination date. Provisions count the required terms of "
           "164.504(e)(2) and 164.314(a) found in each agreement; terms that do not apply are "
           "not counted.")
            .arg(asOf)});

    const int inEffect =
        int(std::count_if(agreements.begin(), agreements.end(),
                          [&](const Agreement& a) { return a.inEffectOn(request.to); }));
    const int overdue = int(
        std::count_if(due.begin(), due.end(), [](const BaaDueItem& item) { return item.overdue; }));
    content.blocks.push_back(packblock::Facts{{
        {tr("Counterparties on %1").arg(asOf), c.toString(int(counterparties.size()))},
        {tr("Agreements on record"), c.toString(int(agreements.size()))},
        {tr("Agreements in effect that day"), c.toString(inEffect)},
        {tr("Findings overdue that day"), c.toString(overdue)},
    }});

    // Inventory
    content.blocks.push_back(packblock::Subheading{tr("Inventory on %1").arg(asOf)});
    PackTable inventory;
    // Widths in points of an A4 body, so that no date, status or header word
    // has to break.
    inventory.columns = {
        {tr("Counterparty and role"), 80, false},
        {tr("Agreement"), 74, false},
        {tr("Direction"), 68, false},
        {tr("Status"), 56, false},
        {tr("Effective"), 56, false},
        {tr("Expires"), 56, false},
        {tr("Breach notice (days)"), 41, true},
        {tr("Provisions present"), 56, false},
    };
    QJsonArray counterpartiesJson;
    QJsonArray agreementsJson;
    for (const Counterparty& counterparty : counterparties) {
        const QString who =
            tr("%1\n(%2)")
                .arg(counterparty.name, counterpartyRelationshipLabel(counterparty.relationship));
        counterpartiesJson.append(counterpartyJson(counterparty));
        const auto own = byCounterparty.find(counterparty.id);
        if (own == byCounterparty.end()) {
            inventory.rows.push_back({who, counterparty.sharesPhi
                                               ? tr("None on record, though PHI is shared")
                                               : tr("None on record")});
            continue;
        }
        for (const Agreement* agreement : own->second) {
            inventory.rows.push_back({
                who,
                agreementName(*agreement),
                agreementDirectionLabel(agreement->direction),
                statusText(*agreement),
                PackDates::text(agreement->effectiveOn),
                expiryText(*agreement),
                c.toString(agreement->breachNoticeDays),
                provisionsText(*agreement),
            });
        }
    }
    for (const Agreement& agreement : agreements)
        agreementsJson.append(agreementJson(agreement));
    inventory.emptyText =
        tr("No covered entity, subcontractor or agreement was on record on %1.").arg(asOf);
    content.blocks.push_back(inventory);

    // Due
    content.blocks.push_back(packblock::Subheading{tr("Due and overdue on %1").arg(asOf)});
    PackTable dueTable;
    dueTable.columns = {{tr("Standing"), 57, false},
                        {tr("Counterparty or agreement"), 120, false},
                        {tr("Finding"), 254, false},
                        {tr("Date"), 56, false}};
    for (const BaaDueItem& item : due) {
        dueTable.rows.push_back({item.overdue ? tr("Overdue") : tr("Coming due"), item.subject,
                                 item.message, PackDates::text(item.date)});
    }
    dueTable.emptyText = tr("Nothing was due or overdue on %1.").arg(asOf);
    content.blocks.push_back(dueTable);

    // Activity
    struct Change
    {
        QDate on;
        qint64 agreementId = 0;
        bool signing = true;
        const Agreement* agreement = nullptr;
    };
    std::vector<Change> changes;
    for (const Agreement& agreement : agreements) {
        if (PackDates::inPeriod(agreement.signedOn, request))
            changes.push_back({agreement.signedOn, agreement.id, true, &agreement});
        if (PackDates::inPeriod(agreement.terminatedOn, request))
            changes.push_back({agreement.terminatedOn, agreement.id, false, &agreement});
    }
    std::sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) {
        return std::make_tuple(a.on, a.agreementId, !a.signing) <
               std::make_tuple(b.on, b.agreementId, !b.signing);
    });
    content.blocks.push_back(packblock::Subheading{
        tr("Signed or terminated from %1 to %2").arg(isoDate(request.from), asOf)});
    PackTable activity;
    activity.columns = {{tr("Date"), 56, false},
                        {tr("Change"), 56, false},
                        {tr("Agreement"), 200, false},
                        {tr("Counterparty"), 175, false}};
    for (const Change& change : changes) {
        const auto counterparty = counterpartyById.find(change.agreement->counterpartyId);
        activity.rows.push_back(
            {isoDate(change.on), change.signing ? tr("Signed") : tr("Terminated"),
             agreementName(*change.agreement),
             counterparty == counterpartyById.end() ? QString() : counterparty->second->name});
    }
    activity.emptyText = tr("No agreement was signed or terminated in the period.");
    content.blocks.push_back(activity);

    content.recordCount = int(counterparties.size() + agreements.size());
    content.canonicalData = canonicalJson(QJsonObject{
        {QStringLiteral("as_of"), asOf},
        {QStringLiteral("counterparties"), counterpartiesJson},
        {QStringLiteral("agreements"), agreementsJson},
    });
    return content;
}

} // namespace palisade
