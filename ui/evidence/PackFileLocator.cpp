#include "ui/evidence/PackFileLocator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace palisade::ui {

void PackFileLocator::remember(const QString& packId, const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_paths.insert(packId, absolute);
    const QString folder = QFileInfo(absolute).absolutePath();
    m_recentFolders.removeAll(folder);
    m_recentFolders.prepend(folder);
}

QString PackFileLocator::locate(const EvidencePack& pack) const
{
    QStringList candidates;
    if (const auto it = m_paths.constFind(pack.packId); it != m_paths.constEnd())
        candidates << *it;
    if (!pack.fileName.isEmpty()) {
        for (const QStringList& folders : {m_recentFolders, m_folders}) {
            for (const QString& folder : folders) {
                if (!folder.isEmpty())
                    candidates << QDir(folder).absoluteFilePath(pack.fileName);
            }
        }
    }
    candidates.removeDuplicates();
    for (const QString& candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.size() == pack.fileSize && sha256Of(candidate) == pack.sha256)
            return candidate;
    }
    return {};
}

QString PackFileLocator::sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace palisade::ui
