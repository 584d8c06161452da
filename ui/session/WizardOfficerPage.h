#pragma once

#include "core/program/OfficerRole.h"

#include <QWizardPage>

class QComboBox;
class QLineEdit;

namespace palisade::ui {

// The person who keeps the program, and their compliance role.
class WizardOfficerPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardOfficerPage(QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* roleCombo() const { return m_role; }
    OfficerRole role() const;

private:
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
};

} // namespace palisade::ui
