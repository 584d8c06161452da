#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// Where a record stands in its retention on a given day.
enum class RetentionStatus
{
    Discardable, // not a record (a draft): may be deleted
    InEffect,    // kept while in effect and six years after
    Retained,    // no longer in effect; kept until its retain-until date
    Eligible,    // past its retain-until date: may be disposed of
    OnHold,      // a legal hold keeps it whatever its age
};

QString retentionStatusKey(RetentionStatus value); // stable form, e.g. "on_hold"
std::optional<RetentionStatus> retentionStatusFromKey(const QString& key);
QString retentionStatusLabel(RetentionStatus value); // translated
std::array<RetentionStatus, 5> allRetentionStatuses();

} // namespace palisade
