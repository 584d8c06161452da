#include "ui/settings/AppSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace palisade::ui;

TEST_CASE("AppSettings has sensible defaults", "[ui][settings]")
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(store);
    CHECK(settings.idleMinutes() == 15);
    CHECK(settings.language().isEmpty());
    CHECK(settings.lastFilePath().isEmpty());
}

TEST_CASE("AppSettings keeps values within range and survives a reopen", "[ui][settings]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings store(file, QSettings::IniFormat);
        AppSettings settings(store);
        settings.setIdleMinutes(0);
        CHECK(settings.idleMinutes() == 1);
        settings.setIdleMinutes(600);
        CHECK(settings.idleMinutes() == 60);
        settings.setIdleMinutes(7);
        settings.setLanguage(QStringLiteral("fr"));
        CHECK(settings.language().isEmpty());
        settings.setLanguage(QStringLiteral("es"));
        settings.setLastFilePath(dir.filePath(QStringLiteral("clinic.palisade")));
    }
    QSettings store(file, QSettings::IniFormat);
    AppSettings reopened(store);
    CHECK(reopened.idleMinutes() == 7);
    CHECK(reopened.language() == QStringLiteral("es"));
    CHECK(reopened.lastFilePath() == dir.filePath(QStringLiteral("clinic.palisade")));

    store.setValue(QStringLiteral("security/idleLockMinutes"), QStringLiteral("often"));
    CHECK(reopened.idleMinutes() == 15);
}
