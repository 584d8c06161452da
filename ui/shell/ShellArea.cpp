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
        {Id::Training, QStringLiteral("training"), tr("Training"),
         tr("Workforce security and privacy training: who must complete which course, completion "
            "records and certificates, and who is overdue."),
         false},
        {Id::Policies, QStringLiteral("policies"), tr("Policies"),
         tr("Policies and procedures with their full revision history. Approved revisions cannot "
            "be changed, and each is kept for the six years HIPAA requires."),
         false},
        {Id::Incidents, QStringLiteral("incidents"), tr("Incidents"),
         tr("Security incidents and possible breaches: what happened, the breach risk "
            "assessment, and the notifications owed with their deadlines."),
         false},
        {Id::Evidence, QStringLiteral("evidence"), tr("Evidence"),
         tr("Signed, verifiable PDF evidence packs for auditors, assembled from the other areas "
            "and checkable with palisade-cli."),
         false},
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
    case Id::Audit:
        return style->standardIcon(QStyle::SP_FileDialogDetailedView);
    }
    return {};
}

} // namespace palisade::ui
