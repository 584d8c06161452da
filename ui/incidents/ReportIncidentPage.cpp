#include "ui/incidents/ReportIncidentPage.h"

#include "ui/risk/RiskEditorText.h"
#include "ui/widgets/MessageBanner.h"

#include <QVBoxLayout>

namespace palisade::ui {

ReportIncidentPage::ReportIncidentPage(const QString& title, const QString& subTitle,
                                       QWidget* parent)
    : QWizardPage(parent)
    , m_banner(new MessageBanner(this))
    , m_body(new QVBoxLayout)
{
    setTitle(title);
    setSubTitle(subTitle);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(m_body, 1);
}

bool ReportIncidentPage::isComplete() const
{
    return m_complete ? m_complete() : true;
}

bool ReportIncidentPage::validatePage()
{
    if (m_problems && RiskEditorText::showProblems(m_banner, MessageBanner::Kind::Warning,
                                                   tr("Before going on:\n%1"), m_problems()))
        return false;
    m_banner->clearMessage();
    return m_accept ? m_accept() : true;
}

void ReportIncidentPage::initializePage()
{
    if (m_enter)
        m_enter();
}

void ReportIncidentPage::cleanupPage()
{
    // Going back keeps what was typed; only the step's message goes.
    m_banner->clearMessage();
}

} // namespace palisade::ui
