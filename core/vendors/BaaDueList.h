#pragma once

#include "core/vendors/Agreement.h"
#include "core/vendors/BaaDueItem.h"
#include "core/vendors/Counterparty.h"

#include <QCoreApplication>
#include <QDate>
#include <vector>

namespace palisade {

// What needs the privacy officer's attention in the vendor inventory on a
// given day: overdue findings first, then by date.
class BaaDueList
{
    Q_DECLARE_TR_FUNCTIONS(palisade::BaaDueList)

public:
    static constexpr int reviewWindowDays = 30;
    static constexpr int expiryWindowDays = 60;

    BaaDueList(const std::vector<Counterparty>& counterparties,
               const std::vector<Agreement>& agreements);

    std::vector<BaaDueItem> asOf(const QDate& day) const;

private:
    void addCounterpartyFindings(const QDate& day, std::vector<BaaDueItem>& out) const;
    void addDateItems(const Agreement& agreement, const QDate& day,
                      std::vector<BaaDueItem>& out) const;
    void addProvisionItem(const Agreement& agreement, std::vector<BaaDueItem>& out) const;
    void addNoticeItem(const Agreement& agreement, const QDate& day,
                       std::vector<BaaDueItem>& out) const;
    std::vector<const Agreement*> upstreamsOf(const Agreement& agreement, const QDate& day) const;
    BaaDueItem itemFor(const Agreement& agreement, BaaDueItem::Kind kind) const;
    QString counterpartyName(qint64 id) const;

    const std::vector<Counterparty>& m_counterparties;
    const std::vector<Agreement>& m_agreements;
};

} // namespace palisade
