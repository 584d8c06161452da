#include "core/retention/RetentionStatus.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<RetentionStatus, 5> keys{{
    {RetentionStatus::Discardable, QLatin1String("discardable")},
    {RetentionStatus::InEffect, QLatin1String("in_effect")},
    {RetentionStatus::Retained, QLatin1String("retained")},
    {RetentionStatus::Eligible, QLatin1String("eligible")},
    {RetentionStatus::OnHold, QLatin1String("on_hold")},
}};

} // namespace

QString retentionStatusKey(RetentionStatus value)
{
    return keyOf(keys, value);
}

std::optional<RetentionStatus> retentionStatusFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString retentionStatusLabel(RetentionStatus value)
{
    switch (value) {
    case RetentionStatus::Discardable:
        return QCoreApplication::translate("palisade::RetentionStatus", "Not a Record");
    case RetentionStatus::InEffect:
        return QCoreApplication::translate("palisade::RetentionStatus", "In Effect");
    case RetentionStatus::Retained:
        return QCoreApplication::translate("palisade::RetentionStatus", "Retained");
    case RetentionStatus::Eligible:
        return QCoreApplication::translate("palisade::RetentionStatus", "Eligible for Disposal");
    case RetentionStatus::OnHold:
        return QCoreApplication::translate("palisade::RetentionStatus", "On Legal Hold");
    }
    return {};
}

std::array<RetentionStatus, 5> allRetentionStatuses()
{
    return valuesOf(keys);
}

} // namespace palisade
