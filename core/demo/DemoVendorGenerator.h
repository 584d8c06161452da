#pragma once

#include "core/demo/DemoRandom.h"
#include "core/vendors/Agreement.h"
#include "core/vendors/Counterparty.h"

#include <QDate>
#include <QSet>
#include <vector>

namespace palisade {

struct DemoContext;

// Counterparties and business associate agreements: the covered entities
// we code for (upstream BAAs) and our subcontractors (downstream BAAs), the
// inventory imported at set-up with agreements signed years before, new
// clients and vendors over the years, yearly reviews (a few missed), renewals,
// lapses, terminations with the return or destruction of PHI, and checklists
// of required clauses that are not always complete.
class DemoVendorGenerator
{
public:
    explicit DemoVendorGenerator(DemoContext& context);

    void plan();

private:
    void importInventory();
    void onboard(const Counterparty& counterparty);
    void negotiate(qint64 agreementId);
    void sign(qint64 agreementId);
    void review(qint64 agreementId);
    void reachExpiry(qint64 agreementId);
    void terminate(qint64 agreementId);
    void attestDisposition(qint64 agreementId);
    void replace(qint64 agreementId);

    Counterparty plannedCounterparty(CounterpartyRelationship relationship);
    Agreement plannedAgreement(const Counterparty& counterparty) const;
    void fillProvisions(Agreement& agreement);
    void scheduleLife(const Agreement& agreement);
    void remember(const Counterparty& counterparty);
    template <typename Step> void on(const QDate& day, Step step);

    DemoContext& m_context;
    DemoRandom m_random;
    QSet<QString> m_names; // taken, so every counterparty's is its own
};

} // namespace palisade
