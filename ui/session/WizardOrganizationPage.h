#pragma once

#include <QWizardPage>

class QLineEdit;

namespace palisade::ui {

// First page of the new-program wizard: what Palisade does and whose program it is.
class WizardOrganizationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardOrganizationPage(QWidget* parent = nullptr);

    QLineEdit* organizationEdit() const { return m_organization; }

private:
    QLineEdit* m_organization = nullptr;
};

} // namespace palisade::ui
