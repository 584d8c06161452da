#pragma once

#include <QString>

namespace palisade {

// The outcome of walking the audit chain.
struct ChainVerification
{
    enum class Problem
    {
        None,
        ContentChanged, // the stored hash does not match the event's fields
        LinkBroken,     // prev_hash does not equal the previous event's hash
        Gap,            // a sequence number is missing
        Unreadable,     // the walk stopped at a page that cannot be read
        // a side was replaced by a redaction marker that no disposal event lists
        RedactionUnaccounted,
    };

    bool intact = true;
    bool cancelled = false; // stopped early on request; covers eventsChecked only
    qint64 eventsChecked = 0;
    qint64 redactedEvents = 0; // of those checked, whose content a disposal removed
    qint64 firstBrokenSeq = 0; // 0 when intact
    Problem problem = Problem::None;
    QString headHash; // hash of the last event checked

    // A sentence naming the first broken link, or saying the chain is intact.
    QString describe() const;
};

} // namespace palisade
