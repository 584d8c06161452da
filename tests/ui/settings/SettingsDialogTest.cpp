#include "ui/settings/SettingsDialog.h"

#include "ui/settings/AppSettings.h"

#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace palisade::ui;

TEST_CASE("SettingsDialog shows the stored values and saves on OK", "[ui][settings]")
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(store);
    settings.setIdleMinutes(20);

    {
        SettingsDialog dialog(settings);
        CHECK(dialog.idleMinutesSpin()->value() == 20);
        CHECK(dialog.idleMinutesSpin()->minimum() == 1);
        CHECK(dialog.idleMinutesSpin()->maximum() == 60);
        CHECK(dialog.languageCombo()->currentData().toString().isEmpty());
        CHECK_FALSE(dialog.languageNoticeVisible());

        dialog.idleMinutesSpin()->setValue(45);
        dialog.languageCombo()->setCurrentIndex(
            dialog.languageCombo()->findData(QStringLiteral("es")));
        CHECK(dialog.languageNoticeVisible());
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(settings.idleMinutes() == 45);
    CHECK(settings.language() == QStringLiteral("es"));

    SettingsDialog again(settings);
    CHECK(again.idleMinutesSpin()->value() == 45);
    CHECK(again.languageCombo()->currentData().toString() == QStringLiteral("es"));
    CHECK_FALSE(again.languageNoticeVisible());
}

TEST_CASE("SettingsDialog changes nothing when cancelled", "[ui][settings]")
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(store);

    SettingsDialog dialog(settings);
    dialog.idleMinutesSpin()->setValue(3);
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("en")));
    dialog.reject();
    CHECK(settings.idleMinutes() == 15);
    CHECK(settings.language().isEmpty());
}
