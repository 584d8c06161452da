#pragma once

#include <QWizardPage>

class QLineEdit;
class QPushButton;

namespace palisade::ui {

class MessageBanner;

// Where the new program file goes. Suggests a name from the organization and
// refuses a path where a file already exists.
class WizardFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardFilePage(QWidget* parent = nullptr);

    void setDefaultFolder(const QString& folder) { m_defaultFolder = folder; }
    QString defaultFolder() const { return m_defaultFolder; }
    // "Riverbend: Clinic/2" → "Riverbend Clinic 2.palisade" in the default folder.
    QString suggestedPath(const QString& organization) const;
    static QString sanitizedFileName(const QString& organization);

    QString filePath() const;
    QLineEdit* pathEdit() const { return m_path; }
    QPushButton* browseButton() const { return m_browse; }
    // Why the current path cannot be used, or empty.
    QString problem() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void updateProblem();

    QString m_defaultFolder;
    bool m_pathEditedByUser = false;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    MessageBanner* m_banner = nullptr;
};

} // namespace palisade::ui
