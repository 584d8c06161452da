#pragma once

#include <QString>

namespace palisade {

// A standard states what must be achieved; an implementation specification
// states how, under one standard.
enum class EntryKind
{
    Standard,
    Specification,
};

QString entryKindKey(EntryKind kind); // stored form, e.g. "specification"
bool entryKindFromKey(const QString& key, EntryKind& kind);
QString entryKindLabel(EntryKind kind); // translated, for display

} // namespace palisade
