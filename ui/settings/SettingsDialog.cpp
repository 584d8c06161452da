#include "ui/settings/SettingsDialog.h"

#include "ui/settings/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_initialLanguage(settings.language())
{
    setWindowTitle(tr("Settings"));

    auto* security = new QGroupBox(tr("Security"), this);
    m_idleMinutes = new QSpinBox(security);
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutesSpin"));
    m_idleMinutes->setRange(AppSettings::minimumIdleMinutes, AppSettings::maximumIdleMinutes);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setValue(settings.idleMinutes());
    auto* idleHelp =
        new QLabel(tr("Palisade locks the program file and clears anything it copied to "
                      "the clipboard when you have not used it for this long."),
                   security);
    idleHelp->setWordWrap(true);
    idleHelp->setForegroundRole(QPalette::PlaceholderText);
    auto* securityForm = new QFormLayout(security);
    securityForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    securityForm->addRow(tr("&Lock after inactivity:"), m_idleMinutes);
    securityForm->addRow(idleHelp);

    auto* language = new QGroupBox(tr("Language"), this);
    m_language = new QComboBox(language);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    // Language names are shown in their own language so a user can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initialLanguage)));
    m_languageNotice =
        new QLabel(tr("The new language is used the next time Palisade starts."), language);
    m_languageNotice->setObjectName(QStringLiteral("languageNotice"));
    m_languageNotice->setWordWrap(true);
    m_languageNotice->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    auto* languageForm = new QFormLayout(language);
    languageForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    languageForm->addRow(tr("&Interface language:"), m_language);
    languageForm->addRow(m_languageNotice);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(security);
    layout->addWidget(language);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateLanguageNotice);
    updateLanguageNotice();
    setMinimumWidth(440);
}

bool SettingsDialog::languageNoticeVisible() const
{
    return !m_languageNotice->isHidden();
}

void SettingsDialog::updateLanguageNotice()
{
    m_languageNotice->setHidden(m_language->currentData().toString() == m_initialLanguage);
}

void SettingsDialog::accept()
{
    m_settings.setIdleMinutes(m_idleMinutes->value());
    m_settings.setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace palisade::ui
