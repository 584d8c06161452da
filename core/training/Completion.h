#pragma once

#include "core/files/StoredFile.h"
#include "core/training/CompletionSource.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace palisade {

// One person's completion of one course on one day. (personId, courseId,
// completedOn) is its natural key: the same row imported twice is one
// completion.
struct Completion
{
    qint64 id = 0; // 0 until stored
    qint64 personId = 0;
    qint64 courseId = 0;
    QDate completedOn;
    std::optional<double> score; // 0-100
    bool passed = true;
    // What the person affirmed ("I have read and understood...") and when;
    // both or neither.
    QString attestationText;
    QDateTime attestedAt;                  // UTC; invalid without an attestation
    std::optional<StoredFile> certificate; // a PDF kept inside the encrypted file
    CompletionSource source = CompletionSource::Manual;
    std::optional<qint64> importBatchId; // set exactly when source is Imported
    QDateTime recordedAt;                // UTC
    QString recordedBy;
    QDateTime updatedAt; // UTC

    friend bool operator==(const Completion&, const Completion&) = default;
};

} // namespace palisade
