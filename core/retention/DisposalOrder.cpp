#include "core/retention/DisposalOrder.h"

#include "core/retention/RecordTypes.h"

#include <algorithm>

namespace palisade {
namespace {

// Lower goes first; types not listed go last.
int rank(const QString& type)
{
    const QString order[] = {
        recordtype::incidentNotification(),
        recordtype::incident(),
        recordtype::agreementDocument(),
        recordtype::remediationTask(),
        recordtype::risk(),
        recordtype::agreement(),
        recordtype::counterparty(),
        recordtype::asset(),
        recordtype::policyRevision(),
        recordtype::policy(),
    };
    const auto it = std::find(std::begin(order), std::end(order), type);
    return int(it - std::begin(order));
}

} // namespace

std::vector<RecordRef> DisposalOrder::of(std::vector<RecordRef> records)
{
    // Within a type the later record first: a subcontractor agreement flows
    // down from one recorded before it.
    std::stable_sort(records.begin(), records.end(), [](const RecordRef& a, const RecordRef& b) {
        const int rankA = rank(a.type);
        const int rankB = rank(b.type);
        if (rankA != rankB)
            return rankA < rankB;
        if (a.type != b.type)
            return a.type < b.type;
        return a.id > b.id;
    });
    return records;
}

} // namespace palisade
