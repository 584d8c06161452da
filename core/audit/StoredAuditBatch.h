#pragma once

#include "core/audit/StoredAuditEvent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <array>
#include <vector>

namespace palisade {

// Audit events read in one go for verification. Their byte columns are kept
// in one buffer the batch owns, and each event's fields are views into it
// (QByteArray::fromRawData), so that reading a million events does not
// allocate and free nine million small arrays. A copy of a field shares the
// buffer: copy its bytes (QByteArray(data, size)) to keep it past the batch.
class StoredAuditBatch
{
public:
    // at, actor, action, entity, record ID, before, after, previous hash, hash
    static constexpr std::size_t byteColumns = 9;
    using Columns = std::array<QByteArrayView, byteColumns>;

    explicit StoredAuditBatch(std::size_t capacity);
    StoredAuditBatch(StoredAuditBatch&&) noexcept = default;
    StoredAuditBatch& operator=(StoredAuditBatch&&) noexcept = default;
    StoredAuditBatch(const StoredAuditBatch&) = delete;
    StoredAuditBatch& operator=(const StoredAuditBatch&) = delete;

    void add(qint64 seq, int format, const Columns& columns);
    bool full() const { return m_sealed.size() + m_pending.size() >= m_capacity; }
    bool empty() const { return m_pending.empty() && m_sealed.empty(); }

    // The events added, in order; their fields point into the batch.
    const std::vector<StoredAuditEvent>& events();

private:
    struct Pending
    {
        qint64 seq;
        int format;
        std::array<qsizetype, byteColumns + 1> offsets; // into m_bytes
    };

    std::size_t m_capacity;
    QByteArray m_bytes;
    std::vector<Pending> m_pending;
    std::vector<StoredAuditEvent> m_sealed;
};

} // namespace palisade
