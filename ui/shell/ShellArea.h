#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <vector>

class QStyle;

namespace palisade::ui {

// One area of the main window: its sidebar entry and, for areas not built
// yet, what the area will hold.
struct ShellArea
{
    Q_DECLARE_TR_FUNCTIONS(palisade::ui::ShellArea)

public:
    enum class Id
    {
        Dashboard,
        Risks,
        Assets,
        Vendors,
        Training,
        Policies,
        Incidents,
        Evidence,
        Retention,
        Audit,
    };

    Id id = Id::Dashboard;
    QString iconName; // under :/icons/, without ".svg"
    QString title;
    QString plannedSummary; // empty for areas that are built
    bool built = false;

    // Every area, in sidebar order.
    static std::vector<ShellArea> all();
    // The area's icon, or a stock icon from `style` while the area icon is missing.
    QIcon icon(const QStyle* style) const;
    // The digit of its Ctrl+digit shortcut, or -1 for none. Fixed per area, so
    // adding an area does not move the keys people already use.
    int shortcutDigit() const;
};

} // namespace palisade::ui
