#include "ui/shell/ShellArea.h"

#include <QFile>
#include <QStyle>

namespace palisade::ui {
std::vector<ShellArea> ShellArea::all()
{
    return {
        {Id::Dashboard, QStringLiteral("dashboard"), tr("Dashboard"), {}, true},
        {Id::Risks, QStringLiteral("risks"), tr("Risks"), {}, true},
        {Id::Assets, QStringLiteral("assets"), tr("Assets"), {}, true},
        {Id::Vendors, QStringLiteral("vendors"), tr("Vendors & BAAs"), {}, true},
        {Id::Training, QStringLiteral("training"), tr("Training"), {}, true},
        {Id::Policies, QStringLiteral("policies"), tr("Policies"), {}, true},
        {Id::Incidents, QStringLiteral("incidents"), tr("Incidents"), {}, true},
        {Id::Evidence, QStringLiteral("evidence"), tr("Evidence"), {}, true},
        {Id::Retention, QStringLiteral("retention"), tr("Retention"), {}, true},
        {Id::Audit, QStringLiteral("audit"), tr("Audit trail"), {}, true},
    };
}

QIcon ShellArea::icon(const QStyle* style) const
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(iconName);
    if (QFile::exists(path))
        return QIcon(path);
    if (!style)
        return {};
    switch (id) {
    case Id::Dashboard:
        return style->standardIcon(QStyle::SP_ComputerIcon);
    case Id::Risks:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Id::Assets:
        return style->standardIcon(QStyle::SP_DriveNetIcon);
    case Id::Vendors:
        return style->standardIcon(QStyle::SP_DirIcon);
    case Id::Training:
        return style->standardIcon(QStyle::SP_DialogHelpButton);
    case Id::Policies:
        return style->standardIcon(QStyle::SP_FileIcon);
    case Id::Incidents:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Id::Evidence:
        return style->standardIcon(QStyle::SP_DriveHDIcon);
    case Id::Retention:
        return style->standardIcon(QStyle::SP_DialogSaveButton);
    case Id::Audit:
        return style->standardIcon(QStyle::SP_FileDialogDetailedView);
    }
    return {};
}

int ShellArea::shortcutDigit() const
{
    switch (id) {
    case Id::Dashboard:
        return 1;
    case Id::Risks:
        return 2;
    case Id::Assets:
        return 3;
    case Id::Vendors:
        return 4;
    case Id::Training:
        return 5;
    case Id::Policies:
        return 6;
    case Id::Incidents:
        return 7;
    case Id::Evidence:
        return 8;
    case Id::Audit:
        return 9;
    case Id::Retention:
        // Ctrl+0 is the PDF viewers' "actual size" on the Vendors and Policies pages.
        break;
    }
    return -1;
}

} // namespace palisade::ui
