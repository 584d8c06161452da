#include "core/risk/TaskStatus.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {

namespace {

constexpr KeyTable<TaskStatus, 4> keys{{
    {TaskStatus::Open, QLatin1String("open")},
    {TaskStatus::InProgress, QLatin1String("in_progress")},
    {TaskStatus::Done, QLatin1String("done")},
    {TaskStatus::Cancelled, QLatin1String("cancelled")},
}};

} // namespace

QString taskStatusKey(TaskStatus value)
{
    return keyOf(keys, value);
}

std::optional<TaskStatus> taskStatusFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString taskStatusLabel(TaskStatus value)
{
    switch (value) {
    case TaskStatus::Open:
        return QCoreApplication::translate("palisade::TaskStatus", "Open");
    case TaskStatus::InProgress:
        return QCoreApplication::translate("palisade::TaskStatus", "In Progress");
    case TaskStatus::Done:
        return QCoreApplication::translate("palisade::TaskStatus", "Done");
    case TaskStatus::Cancelled:
        return QCoreApplication::translate("palisade::TaskStatus", "Cancelled");
    }
    return {};
}

std::array<TaskStatus, 4> allTaskStatuses()
{
    return valuesOf(keys);
}

} // namespace palisade
