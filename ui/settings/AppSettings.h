#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace palisade::ui {

// The user's preferences for this machine, kept in QSettings (never in the
// program file): idle lock minutes, interface language and the last file used.
class AppSettings
{
public:
    static constexpr int defaultIdleMinutes = 15;
    static constexpr int minimumIdleMinutes = 1;
    static constexpr int maximumIdleMinutes = 60;

    explicit AppSettings(QSettings& settings);

    QSettings& store() const { return m_settings; }

    int idleMinutes() const;
    void setIdleMinutes(int minutes);

    // "" follows the system; otherwise a language code ("en", "es").
    QString language() const;
    void setLanguage(const QString& code);
    static QStringList supportedLanguages();

    QString lastFilePath() const;
    void setLastFilePath(const QString& path);

private:
    QSettings& m_settings;
};

} // namespace palisade::ui
