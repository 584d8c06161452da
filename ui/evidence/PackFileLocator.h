#pragma once

#include "core/evidence/EvidencePack.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace palisade::ui {

// Finds the file of an exported pack on this computer. The program file
// records a pack's file name and SHA-256, not its folder, so the locator
// looks where packs were saved or verified in this session, then in the
// usual folders, and accepts only a file with the recorded SHA-256.
class PackFileLocator
{
public:
    // The exact file of `packId`, as exported or verified.
    void remember(const QString& packId, const QString& path);
    // Also looked in, after the remembered folders.
    void setFolders(const QStringList& folders) { m_folders = folders; }

    // The file that is exactly `pack`, or an empty string.
    QString locate(const EvidencePack& pack) const;

    // The file's SHA-256 in lower-case hex, or empty when it cannot be read.
    static QString sha256Of(const QString& path);

private:
    QHash<QString, QString> m_paths; // by pack ID
    QStringList m_recentFolders;     // newest first
    QStringList m_folders;
};

} // namespace palisade::ui
