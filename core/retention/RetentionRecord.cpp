#include "core/retention/RetentionRecord.h"

#include "core/retention/RetentionDates.h"

namespace palisade {

std::optional<RecordRef> RetentionRecord::parent() const
{
    if (parentType.isEmpty())
        return std::nullopt;
    return RecordRef{parentType, parentId};
}

QDate RetentionRecord::retainUntil() const
{
    if (!kept || inEffect)
        return {};
    return RetentionDates::retainUntil(createdOn, lastInEffectOn);
}

RetentionStatus RetentionRecord::status(const QDate& asOf) const
{
    // A hold keeps drafts too: what litigation may need is preserved whatever
    // its state.
    if (hold)
        return RetentionStatus::OnHold;
    if (!kept)
        return RetentionStatus::Discardable;
    if (inEffect)
        return RetentionStatus::InEffect;
    const QDate until = retainUntil();
    // Without a date to count from the record cannot be shown to be past its
    // period, so it stays.
    if (!until.isValid() || asOf <= until)
        return RetentionStatus::Retained;
    return RetentionStatus::Eligible;
}

bool RetentionRecord::mayGo(const QDate& asOf) const
{
    const RetentionStatus now = status(asOf);
    return now == RetentionStatus::Discardable || now == RetentionStatus::Eligible;
}

} // namespace palisade
