#include "ui/training/DueStateColors.h"

#include <QCoreApplication>

namespace palisade::ui {

QColor DueStateColors::background(DueState state)
{
    switch (state) {
    case DueState::Overdue:
        return QColor(0xf8, 0xd0, 0xcc);
    case DueState::DueSoon:
        return QColor(0xfc, 0xe4, 0xa8);
    case DueState::Complete:
        return QColor(0xd2, 0xec, 0xd4);
    case DueState::NotYetDue:
        return QColor(0xec, 0xf1, 0xf7);
    case DueState::NotRequired:
        return QColor(0xe2, 0xe2, 0xe2);
    case DueState::EndedByTermination:
        return QColor(0xd6, 0xd6, 0xd6);
    }
    return {};
}

QColor DueStateColors::foreground(DueState state)
{
    switch (state) {
    case DueState::Overdue:
        return QColor(0x86, 0x16, 0x0e);
    case DueState::DueSoon:
        return QColor(0x5f, 0x40, 0x00);
    case DueState::Complete:
        return QColor(0x1a, 0x55, 0x1f);
    case DueState::NotYetDue:
        return QColor(0x2b, 0x37, 0x45);
    case DueState::NotRequired:
        return QColor(0x52, 0x52, 0x52);
    case DueState::EndedByTermination:
        return QColor(0x45, 0x45, 0x45);
    }
    return {};
}

QString DueStateColors::legendText(DueState state)
{
    switch (state) {
    case DueState::Overdue:
        return QCoreApplication::translate("palisade::ui::DueStateColors", "Overdue");
    case DueState::DueSoon:
        return QCoreApplication::translate("palisade::ui::DueStateColors", "Due within 30 days");
    case DueState::Complete:
        return QCoreApplication::translate("palisade::ui::DueStateColors", "Complete");
    case DueState::NotYetDue:
        return QCoreApplication::translate("palisade::ui::DueStateColors",
                                           "Not yet due (never taken)");
    case DueState::NotRequired:
        return QCoreApplication::translate("palisade::ui::DueStateColors", "Not required");
    case DueState::EndedByTermination:
        return QCoreApplication::translate("palisade::ui::DueStateColors",
                                           "Ended (left the workforce)");
    }
    return {};
}

} // namespace palisade::ui
