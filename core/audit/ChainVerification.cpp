#include "core/audit/ChainVerification.h"

#include <QCoreApplication>

namespace palisade {

QString ChainVerification::describe() const
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("palisade::ChainVerification", text);
    };
    switch (problem) {
    case Problem::None:
        if (redactedEvents > 0)
            return tr("The audit trail is intact: %1 events verified, %2 of them with content "
                      "removed by a recorded disposal.")
                .arg(eventsChecked)
                .arg(redactedEvents);
        return tr("The audit trail is intact: %1 events verified.").arg(eventsChecked);
    case Problem::ContentChanged:
        return tr("The audit trail is broken at event %1: its contents were changed after it was "
                  "recorded.")
            .arg(firstBrokenSeq);
    case Problem::LinkBroken:
        return tr("The audit trail is broken at event %1: it does not follow from the event before "
                  "it.")
            .arg(firstBrokenSeq);
    case Problem::Unreadable:
        return tr("The audit trail could not be read past event %1: part of the file is damaged.")
            .arg(firstBrokenSeq);
    case Problem::RedactionUnaccounted:
        return tr("The audit trail is broken at event %1: its content was removed, but no "
                  "recorded disposal accounts for it.")
            .arg(firstBrokenSeq);
    case Problem::Gap:
        return tr("The audit trail is broken at event %1: one or more events before it are missing.")
            .arg(firstBrokenSeq);
    }
    return {};
}

} // namespace palisade
