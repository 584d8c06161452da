#pragma once

#include "core/retention/LegalHold.h"
#include "core/retention/RecordRef.h"
#include "core/retention/RetentionStatus.h"

#include <QDate>
#include <QString>
#include <optional>

namespace palisade {

// One record (or draft) under the retention rules: when it was created, whether
// it is still in effect, when it was last in effect, and the legal hold that
// keeps it, if any.
struct RetentionRecord
{
    QString recordType;
    qint64 recordId = 0;
    QString label; // e.g. "BAA-0003 Claims clearinghouse BAA"
    QDate createdOn;
    QDate lastInEffectOn; // invalid while in effect, and for drafts
    bool inEffect = false;
    bool kept = false; // a record rather than a draft
    // The record whose retention this one follows (an agreement for its
    // documents); its holds cover this one too.
    QString parentType;
    qint64 parentId = 0;
    std::optional<LegalHold> hold; // an active hold covering it

    RecordRef ref() const { return RecordRef{recordType, recordId}; }
    std::optional<RecordRef> parent() const;
    // The last day it must be kept; invalid for a draft or while in effect.
    QDate retainUntil() const;
    RetentionStatus status(const QDate& asOf) const;
    // Whether it may be deleted or disposed of on `asOf`.
    bool mayGo(const QDate& asOf) const;
};

} // namespace palisade
