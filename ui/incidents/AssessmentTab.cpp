#include "ui/incidents/AssessmentTab.h"

#include "core/incidents/BreachNotificationRules.h"
#include "core/incidents/IncidentRegister.h"
#include "core/program/Program.h"
#include "core/util/IsoDate.h"
#include "ui/incidents/AssessmentDialog.h"
#include "ui/incidents/BreachStatusText.h"
#include "ui/widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace palisade::ui {
namespace {

QString paragraphs(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

AssessmentTab::AssessmentTab(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_banner(new MessageBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_view(new QTextBrowser(this))
    , m_record(new QPushButton(tr("&Record Assessment\u2026"), this))
    , m_clear(new QPushButton(tr("C&lear Assessment"), this))
{
    setObjectName(QStringLiteral("assessmentTab"));
    m_empty->setObjectName(QStringLiteral("assessmentEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_view->setObjectName(QStringLiteral("assessmentView"));
    m_view->setAccessibleName(tr("Breach risk assessment"));
    m_view->setOpenLinks(false);
    m_record->setObjectName(QStringLiteral("recordAssessmentButton"));
    m_record->setAutoDefault(false);
    m_clear->setObjectName(QStringLiteral("clearAssessmentButton"));
    m_clear->setAutoDefault(false);
    m_clear->setToolTip(tr("Remove the assessment; refused once a notice was sent"));

    auto* emptyPage = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_empty);
    emptyLayout->addStretch(2);
    m_stack->addWidget(emptyPage);
    m_stack->addWidget(m_view);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_record, &QPushButton::clicked, this, &AssessmentTab::openDialog);
    connect(m_clear, &QPushButton::clicked, this, [this] { clearAssessment(true); });
    setIncident(std::nullopt);
}

void AssessmentTab::setIncident(const std::optional<Incident>& incident)
{
    if (!incident || !m_incident || incident->id != m_incident->id)
        m_banner->clearMessage();
    m_incident = incident;
    updateButtons();
    if (!incident || !incident->assessment) {
        m_view->clear();
        m_stack->setCurrentIndex(0);
        if (!incident)
            m_empty->clear();
        else if (incident->phiSecured)
            m_empty->setText(
                tr("No four-factor assessment is on file. %1\n\nAn assessment is still worth "
                   "recording if the key or the encryption is in any doubt: use \u201cRecord "
                   "Assessment\u2026\u201d.")
                    .arg(BreachStatusText::explanation(*incident)));
        else
            m_empty->setText(tr("%1\n\nUse \u201cRecord Assessment\u2026\u201d to rate the four "
                                "factors of 45 CFR 164.402(2) and draw the conclusion.")
                                 .arg(BreachStatusText::explanation(*incident)));
        return;
    }
    const BreachAssessment& a = *incident->assessment;
    QString html;
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(paragraphs(BreachStatusText::explanation(*incident)));
    for (int factor = 0; factor < BreachAssessment::factorCount; ++factor) {
        const auto which = BreachAssessment::Factor(factor);
        const BreachAssessment::Answer& answer = a.answers[std::size_t(factor)];
        html += QStringLiteral("<h4>%1</h4><p><i>%2</i></p><p>%3</p>")
                    .arg(paragraphs(
                             tr("%1. %2 \u2014 %3")
                                 .arg(factor + 1)
                                 .arg(breachFactorTitle(which), factorRatingLabel(answer.rating))),
                         paragraphs(breachFactorQuestion(which)), paragraphs(answer.narrative));
    }
    html +=
        QStringLiteral("<h4>%1</h4><p>%2</p><p>%3</p>")
            .arg(paragraphs(a.lowProbability ? tr("Conclusion: low probability that the PHI was "
                                                  "compromised \u2014 not a breach")
                                             : tr("Conclusion: not demonstrated \u2014 a breach")),
                 paragraphs(a.conclusion),
                 paragraphs(tr("Assessed by %1 on %2.").arg(a.assessedBy, isoDate(a.assessedOn))));
    m_view->setHtml(html);
    m_stack->setCurrentIndex(1);
}

void AssessmentTab::updateButtons()
{
    const bool writable = m_program.isOpen() && !m_program.isReadOnly();
    const bool assessed = m_incident && m_incident->assessment;
    m_record->setText(assessed ? tr("&Revise Assessment\u2026") : tr("&Record Assessment\u2026"));
    m_record->setEnabled(m_incident && writable);
    m_clear->setEnabled(assessed && writable);
}

void AssessmentTab::openDialog()
{
    if (!m_incident)
        return;
    AssessmentDialog dialog(m_program, m_incident->id, this);
    if (dialog.exec() == QDialog::Accepted)
        m_banner->showMessage(MessageBanner::Kind::Information, tr("The assessment is saved."));
}

bool AssessmentTab::clearAssessment(bool ask)
{
    if (!m_incident || !m_incident->assessment)
        return false;
    if (ask) {
        QMessageBox question(QMessageBox::Question, tr("Clear Assessment"),
                             tr("Clear the assessment of %1? Without one, the incident is "
                                "presumed a breach. The audit trail keeps the assessment.")
                                 .arg(incidentReference(m_incident->id)),
                             QMessageBox::NoButton, this);
        question.setObjectName(QStringLiteral("confirmClearAssessment"));
        QPushButton* clear = question.addButton(tr("C&lear"), QMessageBox::DestructiveRole);
        question.addButton(QMessageBox::Cancel);
        question.setDefaultButton(QMessageBox::Cancel);
        question.exec();
        if (question.clickedButton() != clear)
            return false;
    }
    Result<Incident> cleared = m_program.incidents().clearAssessment(m_incident->id);
    if (!cleared) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("The assessment was kept: %1").arg(cleared.error().message));
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("The assessment is cleared; the incident is presumed a breach."));
    return true;
}

bool AssessmentTab::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

QString AssessmentTab::emptyText() const
{
    return m_empty->text();
}

QString AssessmentTab::assessmentText() const
{
    return m_view->toPlainText();
}

} // namespace palisade::ui
