#pragma once

#include <QStringList>
#include <QWizardPage>
#include <functional>

class QVBoxLayout;

namespace palisade::ui {

class MessageBanner;

// One step of the incident report: a banner for what stops going on, the
// step's fields, and the checks the wizard gives it. Next stays enabled
// while the step is complete; pressing it lists the step's problems in the
// banner instead of moving on.
class ReportIncidentPage : public QWizardPage
{
    Q_OBJECT

public:
    ReportIncidentPage(const QString& title, const QString& subTitle, QWidget* parent = nullptr);

    QVBoxLayout* body() const { return m_body; }
    MessageBanner* banner() const { return m_banner; }

    // Whether Next (or Finish) is offered; always, unless given.
    void setCompleteCheck(std::function<bool()> check) { m_complete = std::move(check); }
    // What stops the step, asked when Next is pressed.
    void setProblemCheck(std::function<QStringList()> check) { m_problems = std::move(check); }
    // Work done once the step is accepted (the last step saves).
    void setAcceptAction(std::function<bool()> action) { m_accept = std::move(action); }
    // Fills the step each time it is entered.
    void setEnterAction(std::function<void()> action) { m_enter = std::move(action); }
    // Asks the wizard to read isComplete() again.
    void recheck() { emit completeChanged(); }

    bool isComplete() const override;
    bool validatePage() override;
    void initializePage() override;
    void cleanupPage() override;

private:
    MessageBanner* m_banner;
    QVBoxLayout* m_body;
    std::function<bool()> m_complete;
    std::function<QStringList()> m_problems;
    std::function<bool()> m_accept;
    std::function<void()> m_enter;
};

} // namespace palisade::ui
