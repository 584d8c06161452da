#include "core/audit/StoredAuditBatch.h"

namespace palisade {

StoredAuditBatch::StoredAuditBatch(std::size_t capacity)
    : m_capacity(capacity)
{
    m_pending.reserve(capacity);
    // About what a batch of events of a few hundred bytes each needs.
    m_bytes.reserve(qsizetype(capacity) * 768);
}

void StoredAuditBatch::add(qint64 seq, int format, const Columns& columns)
{
    Q_ASSERT(m_sealed.empty());
    Pending pending{seq, format, {}};
    for (std::size_t i = 0; i < byteColumns; ++i) {
        pending.offsets[i] = m_bytes.size();
        m_bytes.append(columns[i]);
    }
    pending.offsets[byteColumns] = m_bytes.size();
    m_pending.push_back(pending);
}

const std::vector<StoredAuditEvent>& StoredAuditBatch::events()
{
    // The views are made once the buffer has stopped growing.
    if (!m_pending.empty()) {
        m_sealed.reserve(m_pending.size());
        const char* base = m_bytes.constData();
        for (const Pending& pending : m_pending) {
            const auto field = [&](std::size_t i) {
                return QByteArray::fromRawData(base + pending.offsets[i],
                                               pending.offsets[i + 1] - pending.offsets[i]);
            };
            StoredAuditEvent event;
            event.seq = pending.seq;
            event.format = pending.format;
            event.at = field(0);
            event.actor = field(1);
            event.action = field(2);
            event.entity = field(3);
            event.recordId = field(4);
            event.before = field(5);
            event.after = field(6);
            event.prevHash = field(7);
            event.hash = field(8);
            m_sealed.push_back(std::move(event));
        }
        m_pending.clear();
    }
    return m_sealed;
}

} // namespace palisade
