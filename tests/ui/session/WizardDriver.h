#pragma once

#include "ui/session/CreateProgramWizard.h"
#include "ui/session/WizardFilePage.h"
#include "ui/session/WizardOfficerPage.h"
#include "ui/session/WizardOrganizationPage.h"
#include "ui/session/WizardPassphrasePage.h"
#include "ui/widgets/PassphraseField.h"
#include "ui/widgets/PassphraseLineEdit.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>

namespace palisade::ui::test {

inline QString wizardPassphrase()
{
    return QStringLiteral("harbor lantern quietly 1987 orchard");
}

// Clicks a wizard button the way a user would: nothing happens while it is disabled.
inline bool clickWizardButton(CreateProgramWizard& wizard, QWizard::WizardButton which)
{
    QAbstractButton* button = wizard.button(which);
    if (!button || !button->isEnabled() || !button->isVisible())
        return false;
    button->click();
    return true;
}

// Fills the pages up to the summary; returns false at the first page that refuses Next.
inline bool driveWizardToSummary(CreateProgramWizard& wizard, const QString& path,
                                 const QString& passphrase = wizardPassphrase())
{
    wizard.organizationPage()->organizationEdit()->setText(QStringLiteral("Lakeside Pediatrics"));
    if (!clickWizardButton(wizard, QWizard::NextButton))
        return false;
    wizard.officerPage()->nameEdit()->setText(QStringLiteral("Morgan Reyes"));
    QComboBox* roles = wizard.officerPage()->roleCombo();
    roles->setCurrentIndex(roles->findData(static_cast<int>(OfficerRole::SecurityOfficer)));
    if (!clickWizardButton(wizard, QWizard::NextButton))
        return false;
    wizard.filePage()->pathEdit()->setText(path);
    if (!clickWizardButton(wizard, QWizard::NextButton))
        return false;
    wizard.passphrasePage()->passphraseField()->lineEdit()->setText(passphrase);
    wizard.passphrasePage()->confirmEdit()->setText(passphrase);
    return clickWizardButton(wizard, QWizard::NextButton);
}

} // namespace palisade::ui::test
