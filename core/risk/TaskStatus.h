#pragma once

#include <QString>

#include <array>
#include <optional>

namespace palisade {

// Progress of a remediation task.
enum class TaskStatus
{
    Open,
    InProgress,
    Done,
    Cancelled,
};

QString taskStatusKey(TaskStatus value); // stored form, e.g. "open"
std::optional<TaskStatus> taskStatusFromKey(const QString& key);
QString taskStatusLabel(TaskStatus value); // translated
std::array<TaskStatus, 4> allTaskStatuses();

// Open and in-progress tasks still stand between a risk and its closing.
constexpr bool isOpenTaskStatus(TaskStatus value)
{
    return value == TaskStatus::Open || value == TaskStatus::InProgress;
}

} // namespace palisade
