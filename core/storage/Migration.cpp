#include "core/storage/Migration.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace palisade {

std::vector<Migration> bundledMigrations()
{
    std::vector<Migration> migrations;
    const QDir dir(QStringLiteral(":/sql"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        bool ok = false;
        const int version = file.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (!ok)
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        migrations.push_back({version, file, QString::fromUtf8(f.readAll())});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return migrations;
}

} // namespace palisade
