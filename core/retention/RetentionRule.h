#pragma once

#include <QString>

namespace palisade {

// How long one type of record is kept, in words for the rule table and the
// refusal messages. Every text is translated.
struct RetentionRule
{
    QString recordType;        // a recordtype key, e.g. "agreement"
    QString label;             // "Business associate agreement"
    QString record;            // what makes it a record; what may be discarded
    QString createdBasis;      // the date its period may start from
    QString lastInEffectBasis; // the date it was last in effect
    QString keptWhile;         // a clause: "it is in effect"
    QString citation;          // e.g. "164.316(b)(2)(i)"
    bool disposable = true;    // false: Palisade never disposes of it
};

} // namespace palisade
