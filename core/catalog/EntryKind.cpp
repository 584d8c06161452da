#include "core/catalog/EntryKind.h"

#include <QCoreApplication>

namespace palisade {

QString entryKindKey(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Standard:
        return QStringLiteral("standard");
    case EntryKind::Specification:
        return QStringLiteral("specification");
    }
    return {};
}

bool entryKindFromKey(const QString& key, EntryKind& kind)
{
    for (EntryKind candidate : {EntryKind::Standard, EntryKind::Specification}) {
        if (entryKindKey(candidate) == key) {
            kind = candidate;
            return true;
        }
    }
    return false;
}

QString entryKindLabel(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Standard:
        return QCoreApplication::translate("palisade::EntryKind", "Standard");
    case EntryKind::Specification:
        return QCoreApplication::translate("palisade::EntryKind", "Implementation specification");
    }
    return {};
}

} // namespace palisade
