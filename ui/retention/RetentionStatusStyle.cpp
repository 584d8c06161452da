#include "ui/retention/RetentionStatusStyle.h"

#include <QGuiApplication>
#include <QPalette>

namespace palisade::ui::retentionstyle {

QVariant statusColor(RetentionStatus status)
{
    switch (status) {
    case RetentionStatus::Eligible:
        return QColor(0x2e, 0x7d, 0x32);
    case RetentionStatus::OnHold:
        return QColor(0x9a, 0x5b, 0x00);
    case RetentionStatus::Discardable:
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    case RetentionStatus::InEffect:
    case RetentionStatus::Retained:
        break;
    }
    return {};
}

bool isStatusBold(RetentionStatus status)
{
    return status == RetentionStatus::Eligible || status == RetentionStatus::OnHold;
}

} // namespace palisade::ui::retentionstyle
