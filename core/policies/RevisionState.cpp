#include "core/policies/RevisionState.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<RevisionState, 6> keys{{
    {RevisionState::Draft, QLatin1String("draft")},
    {RevisionState::InReview, QLatin1String("in_review")},
    {RevisionState::Approved, QLatin1String("approved")},
    {RevisionState::Effective, QLatin1String("effective")},
    {RevisionState::Superseded, QLatin1String("superseded")},
    {RevisionState::Retired, QLatin1String("retired")},
}};

} // namespace

QString revisionStateKey(RevisionState value)
{
    return keyOf(keys, value);
}

std::optional<RevisionState> revisionStateFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString revisionStateLabel(RevisionState value)
{
    switch (value) {
    case RevisionState::Draft:
        return QCoreApplication::translate("palisade::RevisionState", "Draft");
    case RevisionState::InReview:
        return QCoreApplication::translate("palisade::RevisionState", "In Review");
    case RevisionState::Approved:
        return QCoreApplication::translate("palisade::RevisionState", "Approved");
    case RevisionState::Effective:
        return QCoreApplication::translate("palisade::RevisionState", "Effective");
    case RevisionState::Superseded:
        return QCoreApplication::translate("palisade::RevisionState", "Superseded");
    case RevisionState::Retired:
        return QCoreApplication::translate("palisade::RevisionState", "Retired");
    }
    return {};
}

std::array<RevisionState, 6> allRevisionStates()
{
    return valuesOf(keys);
}

bool revisionStateChangeAllowed(RevisionState from, RevisionState to)
{
    switch (from) {
    case RevisionState::Draft:
        return to == RevisionState::InReview;
    case RevisionState::InReview:
        return to == RevisionState::Draft || to == RevisionState::Approved;
    case RevisionState::Approved:
        return to == RevisionState::Effective || to == RevisionState::Retired;
    case RevisionState::Effective:
        return to == RevisionState::Superseded || to == RevisionState::Retired;
    case RevisionState::Superseded:
    case RevisionState::Retired:
        return false;
    }
    return false;
}

bool revisionStateIsOpen(RevisionState state)
{
    return state == RevisionState::Draft || state == RevisionState::InReview;
}

} // namespace palisade
