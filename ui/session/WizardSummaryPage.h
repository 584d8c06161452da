#pragma once

#include <QWizardPage>

class QLabel;

namespace palisade::ui {

class MessageBanner;

// What will be created, shown before Finish; shows why creation failed, if it did.
class WizardSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardSummaryPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    void showError(const QString& message);
    QString errorText() const;

private:
    QLabel* m_organization = nullptr;
    QLabel* m_officer = nullptr;
    QLabel* m_file = nullptr;
    QLabel* m_encryption = nullptr;
    MessageBanner* m_banner = nullptr;
};

} // namespace palisade::ui
