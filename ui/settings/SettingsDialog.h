#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace palisade::ui {

class AppSettings;

// Preferences: when to lock after inactivity and which language to use.
// Values are written when the user presses OK.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);

    QSpinBox* idleMinutesSpin() const { return m_idleMinutes; }
    QComboBox* languageCombo() const { return m_language; }
    bool languageNoticeVisible() const;

    void accept() override;

private:
    void updateLanguageNotice();

    AppSettings& m_settings;
    QString m_initialLanguage;
    QSpinBox* m_idleMinutes = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNotice = nullptr;
};

} // namespace palisade::ui
