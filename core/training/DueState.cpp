#include "core/training/DueState.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<DueState, 6> keys{{
    {DueState::Complete, QLatin1String("complete")},
    {DueState::DueSoon, QLatin1String("due_soon")},
    {DueState::Overdue, QLatin1String("overdue")},
    {DueState::NotYetDue, QLatin1String("not_yet_due")},
    {DueState::NotRequired, QLatin1String("not_required")},
    {DueState::EndedByTermination, QLatin1String("ended_by_termination")},
}};

} // namespace

QString dueStateKey(DueState value)
{
    return keyOf(keys, value);
}

std::optional<DueState> dueStateFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString dueStateLabel(DueState value)
{
    switch (value) {
    case DueState::Complete:
        return QCoreApplication::translate("palisade::DueState", "Complete");
    case DueState::DueSoon:
        return QCoreApplication::translate("palisade::DueState", "Due within 30 days");
    case DueState::Overdue:
        return QCoreApplication::translate("palisade::DueState", "Overdue");
    case DueState::NotYetDue:
        return QCoreApplication::translate("palisade::DueState", "Not yet due");
    case DueState::NotRequired:
        return QCoreApplication::translate("palisade::DueState", "Not required");
    case DueState::EndedByTermination:
        return QCoreApplication::translate("palisade::DueState", "Ended by termination");
    }
    return {};
}

std::array<DueState, 6> allDueStates()
{
    return valuesOf(keys);
}

} // namespace palisade
