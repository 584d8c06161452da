#include "core/training/PersonStatus.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<PersonStatus, 3> keys{{
    {PersonStatus::Active, QLatin1String("active")},
    {PersonStatus::OnLeave, QLatin1String("on_leave")},
    {PersonStatus::Terminated, QLatin1String("terminated")},
}};

} // namespace

QString personStatusKey(PersonStatus value)
{
    return keyOf(keys, value);
}

std::optional<PersonStatus> personStatusFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString personStatusLabel(PersonStatus value)
{
    switch (value) {
    case PersonStatus::Active:
        return QCoreApplication::translate("palisade::PersonStatus", "Active");
    case PersonStatus::OnLeave:
        return QCoreApplication::translate("palisade::PersonStatus", "On leave");
    case PersonStatus::Terminated:
        return QCoreApplication::translate("palisade::PersonStatus", "Terminated");
    }
    return {};
}

std::array<PersonStatus, 3> allPersonStatuss()
{
    return valuesOf(keys);
}

} // namespace palisade
