#pragma once

#include <QString>
#include <array>
#include <optional>

namespace palisade {

// Where a policy revision stands: written, reviewed, approved, then in effect
// until a successor supersedes it or the policy is retired.
enum class RevisionState
{
    Draft,
    InReview,
    Approved,
    Effective,
    Superseded,
    Retired,
};

QString revisionStateKey(RevisionState value); // stored form, e.g. "in_review"
std::optional<RevisionState> revisionStateFromKey(const QString& key);
QString revisionStateLabel(RevisionState value); // translated
std::array<RevisionState, 6> allRevisionStates();

// Whether a revision may move from one state to another. The database's
// triggers enforce the same for approved revisions.
bool revisionStateChangeAllowed(RevisionState from, RevisionState to);
// Draft or in review: not yet a record, so it may still change or be deleted.
bool revisionStateIsOpen(RevisionState state);

} // namespace palisade
