#pragma once

// Saving offscreen renders of the risk widgets for visual review. PNGs go to
// $PALISADE_SCREENSHOT_DIR, or to "screenshots" in the build folder.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QString>
#include <QTest>
#include <QWidget>

namespace palisade::test::riskshots {

inline QString screenshotPath(const QString& name)
{
    QString dir = qEnvironmentVariable("PALISADE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir(QCoreApplication::applicationDirPath())
                  .filePath(QStringLiteral("../../screenshots"));
    QDir().mkpath(dir);
    return QDir(QDir::cleanPath(dir)).filePath(name + QStringLiteral(".png"));
}

inline bool save(QWidget& widget, const QString& name)
{
    widget.show();
    QTest::qWait(50);
    const QString path = screenshotPath(name);
    return widget.grab().save(path) && QFile::exists(path);
}

inline bool save(const QImage& image, const QString& name)
{
    const QString path = screenshotPath(name);
    return image.save(path) && QFile::exists(path);
}

} // namespace palisade::test::riskshots
