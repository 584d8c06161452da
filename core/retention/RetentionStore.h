#pragma once

#include "core/retention/Disposal.h"
#include "core/retention/LegalHold.h"
#include "core/retention/RecordRef.h"
#include "core/retention/RetentionRecord.h"

#include <optional>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of retention: the retention_record view, legal holds and the
// disposal log. Only RetentionRegister calls it. Records come back without
// their holds; the register attaches them.
class RetentionStore
{
public:
    explicit RetentionStore(Database& db);

    std::vector<RetentionRecord> records() const; // by type, then id
    std::optional<RetentionRecord> find(const RecordRef& record) const;

    std::vector<LegalHold> holds(bool includeReleased) const; // ascending id
    std::optional<LegalHold> hold(qint64 id) const;
    void insert(LegalHold& hold); // sets hold.id
    void release(const LegalHold& hold);

    std::vector<Disposal> disposals() const; // ascending id
    void insert(Disposal& disposal);         // sets disposal.id
    // Marks the record as being disposed of by the current transaction, which
    // the schema's delete triggers check; done() clears the mark.
    void disposing(const RecordRef& record);
    void done(const RecordRef& record);
    // Copies the write-ahead log into the file and empties it, so earlier
    // versions of the disposed pages do not linger there. Best effort: false
    // when a reader kept it from completing.
    bool checkpoint();

private:
    static RetentionRecord recordFromRow(const Statement& row);
    static LegalHold holdFromRow(const Statement& row);

    Database& m_db;
};

} // namespace palisade
