#include "ui/settings/AppSettings.h"

#include <QFileInfo>
#include <QSettings>
#include <algorithm>

namespace palisade::ui {
namespace {
const QString idleMinutesKey = QStringLiteral("security/idleLockMinutes");
const QString languageKey = QStringLiteral("interface/language");
const QString lastFileKey = QStringLiteral("files/lastUsed");
} // namespace

AppSettings::AppSettings(QSettings& settings)
    : m_settings(settings)
{
}

int AppSettings::idleMinutes() const
{
    bool ok = false;
    const int stored = m_settings.value(idleMinutesKey, defaultIdleMinutes).toInt(&ok);
    if (!ok)
        return defaultIdleMinutes;
    return std::clamp(stored, minimumIdleMinutes, maximumIdleMinutes);
}

void AppSettings::setIdleMinutes(int minutes)
{
    m_settings.setValue(idleMinutesKey,
                        std::clamp(minutes, minimumIdleMinutes, maximumIdleMinutes));
    m_settings.sync();
}

QStringList AppSettings::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QString AppSettings::language() const
{
    const QString stored = m_settings.value(languageKey).toString();
    return supportedLanguages().contains(stored) ? stored : QString();
}

void AppSettings::setLanguage(const QString& code)
{
    if (supportedLanguages().contains(code))
        m_settings.setValue(languageKey, code);
    else
        m_settings.remove(languageKey);
    m_settings.sync();
}

QString AppSettings::lastFilePath() const
{
    return m_settings.value(lastFileKey).toString();
}

void AppSettings::setLastFilePath(const QString& path)
{
    if (path.isEmpty())
        m_settings.remove(lastFileKey);
    else
        m_settings.setValue(lastFileKey, QFileInfo(path).absoluteFilePath());
    m_settings.sync();
}

} // namespace palisade::ui
