#pragma once

#include "core/files/StoredFile.h"
#include "core/policies/RevisionState.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace palisade {

// One numbered version of a policy's words. Once approved it is a record:
// only its state and the dates of its life move on.
struct PolicyRevision
{
    qint64 id = 0; // 0 until stored
    qint64 policyId = 0;
    int number = 1;
    RevisionState state = RevisionState::Draft;
    QString changeSummary;
    QString author;
    QString content;                // Markdown
    std::optional<StoredFile> file; // the signed PDF, if one is attached
    QDate approvedOn;               // the latest approval that completed it
    QDate effectiveOn;              // may lie ahead: scheduled
    QDate endedOn;                  // the last day it was in effect
    QDateTime createdAt;            // UTC
    QDateTime updatedAt;            // UTC

    qint64 fileId() const { return file ? file->id : 0; }
    bool isOpen() const { return revisionStateIsOpen(state); }
    // Whether the revision is in effect on `day`. On a successor's effective
    // date both claim the day; revisionInEffect settles it for the successor.
    bool coversDay(const QDate& day) const;

    friend bool operator==(const PolicyRevision&, const PolicyRevision&) = default;
};

// The revision in effect on `day` among one policy's revisions, or nullptr.
const PolicyRevision* revisionInEffect(const std::vector<PolicyRevision>& revisions,
                                       const QDate& day);

} // namespace palisade
