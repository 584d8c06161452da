#include "ui/risk/RiskEditorTreatmentTab.h"

#include "ui/risk/RiskDateField.h"
#include "ui/risk/RiskEditorLevelChip.h"
#include "ui/risk/RiskEditorText.h"
#include "ui/risk/RiskLevelField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {

RiskEditorTreatmentTab::RiskEditorTreatmentTab(QWidget* parent)
    : QWidget(parent)
    , m_treatment(new QComboBox(this))
    , m_plan(RiskEditorText::multiLine(this, 3))
    , m_residualLikelihood(new RiskLevelField(true, this))
    , m_residualImpact(new RiskLevelField(true, this))
    , m_residualLevel(new RiskEditorLevelChip(tr("Residual level"), this))
    , m_acceptance(new QGroupBox(tr("Risk acceptance"), this))
    , m_approver(new QLineEdit(this))
    , m_acceptedOn(new RiskDateField(this))
    , m_rationale(RiskEditorText::multiLine(this, 2))
    , m_expires(new RiskDateField(this))
{
    m_treatment->setObjectName(QStringLiteral("riskTreatment"));
    for (const RiskTreatment treatment : allRiskTreatments())
        m_treatment->addItem(riskTreatmentLabel(treatment), riskTreatmentKey(treatment));
    m_plan->setObjectName(QStringLiteral("riskTreatmentPlan"));
    m_plan->setPlaceholderText(tr("What will be done, by when, and how success is checked."));
    m_residualLikelihood->setObjectName(QStringLiteral("riskResidualLikelihood"));
    m_residualImpact->setObjectName(QStringLiteral("riskResidualImpact"));
    m_residualLevel->setObjectName(QStringLiteral("riskResidualChip"));
    m_acceptance->setObjectName(QStringLiteral("riskAcceptance"));
    m_approver->setObjectName(QStringLiteral("riskApprover"));
    m_approver->setPlaceholderText(tr("Who approved accepting the risk"));
    m_acceptedOn->setObjectName(QStringLiteral("riskAcceptedOn"));
    m_acceptedOn->setOptional(tr("Not yet"));
    m_rationale->setObjectName(QStringLiteral("riskAcceptanceRationale"));
    m_rationale->setPlaceholderText(tr("Why accepting is reasonable and appropriate."));
    m_expires->setObjectName(QStringLiteral("riskAcceptanceExpires"));
    m_expires->setOptional(tr("Not set"));

    auto* response = new QGroupBox(tr("Response"), this);
    auto* responseForm = new QFormLayout(response);
    responseForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    responseForm->addRow(tr("&Treatment:"), m_treatment);
    responseForm->addRow(tr("&Plan:"), m_plan);

    auto* residual = new QGroupBox(tr("Residual risk, after treatment"), this);
    auto* residualForm = new QFormLayout(residual);
    auto* levels = new QHBoxLayout;
    levels->addWidget(m_residualLikelihood);
    auto* impactLabel = new QLabel(tr("I&mpact:"), this);
    impactLabel->setBuddy(m_residualImpact);
    levels->addSpacing(12);
    levels->addWidget(impactLabel);
    levels->addWidget(m_residualImpact);
    levels->addSpacing(12);
    levels->addWidget(m_residualLevel);
    levels->addStretch(1);
    auto* likelihoodLabel = new QLabel(tr("&Likelihood:"), this);
    likelihoodLabel->setBuddy(m_residualLikelihood);
    residualForm->addRow(likelihoodLabel, levels);

    auto* acceptanceForm = new QFormLayout(m_acceptance);
    acceptanceForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    acceptanceForm->addRow(tr("&Approved by:"), m_approver);
    acceptanceForm->addRow(tr("Accepted &on:"), m_acceptedOn);
    acceptanceForm->addRow(tr("&Rationale:"), m_rationale);
    acceptanceForm->addRow(tr("&Expires on:"), m_expires);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(response);
    layout->addWidget(residual);
    layout->addWidget(m_acceptance);
    layout->addStretch(1);

    connect(m_treatment, &QComboBox::currentIndexChanged, this,
            &RiskEditorTreatmentTab::treatmentChanged);
    connect(m_plan, &QPlainTextEdit::textChanged, this, &RiskEditorTreatmentTab::edited);
    connect(m_residualLikelihood, &RiskLevelField::levelChanged, this,
            [this] { residualChanged(m_residualLikelihood); });
    connect(m_residualImpact, &RiskLevelField::levelChanged, this,
            [this] { residualChanged(m_residualImpact); });
    connect(m_approver, &QLineEdit::textChanged, this, &RiskEditorTreatmentTab::edited);
    connect(m_acceptedOn, &RiskDateField::dateChanged, this, [this] {
        if (m_acceptedOn->date().isValid())
            m_expires->setFallbackDate(m_acceptedOn->date().addYears(1));
        emit edited();
    });
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &RiskEditorTreatmentTab::edited);
    connect(m_expires, &RiskDateField::dateChanged, this, &RiskEditorTreatmentTab::edited);
    treatmentChanged();
    updateResidualLevel();
}

void RiskEditorTreatmentTab::setMatrix(const RiskMatrix& matrix)
{
    m_matrix = matrix;
    updateResidualLevel();
}

void RiskEditorTreatmentTab::setToday(const QDate& today)
{
    m_acceptedOn->setFallbackDate(today);
    m_expires->setFallbackDate(today.addYears(1));
}

void RiskEditorTreatmentTab::load(const Risk& risk)
{
    m_treatment->setCurrentIndex(
        std::max(0, m_treatment->findData(riskTreatmentKey(risk.treatment))));
    m_plan->setPlainText(risk.treatmentPlan);
    {
        const QSignalBlocker quietLikelihood(m_residualLikelihood);
        const QSignalBlocker quietImpact(m_residualImpact);
        m_residualLikelihood->setLevel(risk.residual ? std::optional(risk.residual->likelihood)
                                                     : std::nullopt);
        m_residualImpact->setLevel(risk.residual ? std::optional(risk.residual->impact)
                                                 : std::nullopt);
    }
    m_approver->setText(risk.acceptance.approver);
    m_acceptedOn->setDate(risk.acceptance.acceptedOn);
    m_rationale->setPlainText(risk.acceptance.rationale);
    m_expires->setDate(risk.acceptance.expiresOn);
    updateResidualLevel();
    treatmentChanged();
}

void RiskEditorTreatmentTab::apply(Risk& risk) const
{
    risk.treatment = treatment();
    risk.treatmentPlan = m_plan->toPlainText();
    risk.residual = residual();
    if (risk.treatment == RiskTreatment::Accept) {
        risk.acceptance.approver = m_approver->text();
        risk.acceptance.acceptedOn = m_acceptedOn->date();
        risk.acceptance.rationale = m_rationale->toPlainText();
        risk.acceptance.expiresOn = m_expires->date();
    } else {
        // Kept on screen in case the user switches back, but not saved.
        risk.acceptance = RiskAcceptance{};
    }
}

void RiskEditorTreatmentTab::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_treatment->setEnabled(!readOnly);
    m_plan->setReadOnly(readOnly);
    m_residualLikelihood->setEnabled(!readOnly);
    m_residualImpact->setEnabled(!readOnly);
    m_approver->setReadOnly(readOnly);
    m_acceptedOn->setReadOnly(readOnly);
    m_rationale->setReadOnly(readOnly);
    m_expires->setReadOnly(readOnly);
}

RiskTreatment RiskEditorTreatmentTab::treatment() const
{
    return riskTreatmentFromKey(m_treatment->currentData().toString())
        .value_or(RiskTreatment::Undecided);
}

std::optional<RiskRating> RiskEditorTreatmentTab::residual() const
{
    const auto likelihood = m_residualLikelihood->level();
    const auto impact = m_residualImpact->level();
    if (!likelihood || !impact)
        return std::nullopt;
    return RiskRating{*likelihood, *impact};
}

void RiskEditorTreatmentTab::treatmentChanged()
{
    const bool accepting = treatment() == RiskTreatment::Accept;
    m_acceptance->setEnabled(accepting);
    m_acceptance->setToolTip(accepting ? QString()
                                       : tr("Filled in only when the treatment is Accept."));
    m_acceptance->setTitle(accepting ? tr("Risk acceptance")
                                     : tr("Risk acceptance (only when the treatment is Accept)"));
    emit edited();
}

void RiskEditorTreatmentTab::residualChanged(RiskLevelField* changed)
{
    // A residual rating needs both halves: rating one starts the other from
    // the inherent rating, and clearing one clears both.
    RiskLevelField* other =
        changed == m_residualLikelihood ? m_residualImpact : m_residualLikelihood;
    const QSignalBlocker quiet(other);
    if (!changed->level())
        other->setLevel(std::nullopt);
    else if (!other->level())
        other->setLevel(other == m_residualLikelihood ? m_inherent.likelihood : m_inherent.impact);
    updateResidualLevel();
    emit edited();
}

void RiskEditorTreatmentTab::updateResidualLevel()
{
    const std::optional<RiskRating> rating = residual();
    m_residualLevel->setLevel(
        rating ? std::optional(m_matrix.level(rating->likelihood, rating->impact)) : std::nullopt);
}

} // namespace palisade::ui
