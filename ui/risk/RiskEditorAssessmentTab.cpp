#include "ui/risk/RiskEditorAssessmentTab.h"

#include "ui/risk/RiskDateField.h"
#include "ui/risk/RiskEditorLevelChip.h"
#include "ui/risk/RiskEditorText.h"
#include "ui/risk/RiskLevelField.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace palisade::ui {

RiskEditorAssessmentTab::RiskEditorAssessmentTab(QWidget* parent)
    : QWidget(parent)
    , m_threatSource(new QLineEdit(this))
    , m_threatEvent(new QLineEdit(this))
    , m_vulnerability(RiskEditorText::multiLine(this, 2))
    , m_controls(RiskEditorText::multiLine(this, 2))
    , m_likelihood(new RiskLevelField(false, this))
    , m_impact(new RiskLevelField(false, this))
    , m_level(new RiskEditorLevelChip(tr("Risk level"), this))
    , m_reassessHint(new QLabel(this))
    , m_lastAssessed(new RiskDateField(this))
    , m_next(new RiskDateField(this))
    , m_nextHint(new QLabel(this))
{
    m_threatSource->setObjectName(QStringLiteral("riskThreatSource"));
    m_threatSource->setPlaceholderText(
        tr("e.g. Thief, careless workforce member, ransomware crew"));
    m_threatEvent->setObjectName(QStringLiteral("riskThreatEvent"));
    m_threatEvent->setPlaceholderText(tr("e.g. Laptop stolen from a car"));
    m_vulnerability->setObjectName(QStringLiteral("riskVulnerability"));
    m_vulnerability->setPlaceholderText(tr("The weakness the threat would exploit."));
    m_controls->setObjectName(QStringLiteral("riskExistingControls"));
    m_controls->setPlaceholderText(tr("What already reduces the likelihood or the impact."));
    m_likelihood->setObjectName(QStringLiteral("riskLikelihood"));
    m_impact->setObjectName(QStringLiteral("riskImpact"));
    m_level->setObjectName(QStringLiteral("riskLevelChip"));
    m_reassessHint->setObjectName(QStringLiteral("riskReassessHint"));
    m_reassessHint->setWordWrap(true);
    m_reassessHint->setForegroundRole(QPalette::PlaceholderText);
    m_reassessHint->hide();
    m_lastAssessed->setObjectName(QStringLiteral("riskLastAssessed"));
    m_next->setObjectName(QStringLiteral("riskNextReassessment"));
    m_nextHint->setObjectName(QStringLiteral("riskNextHint"));
    m_nextHint->setWordWrap(true);
    m_nextHint->setForegroundRole(QPalette::PlaceholderText);

    auto* threat = new QGroupBox(tr("Threat and vulnerability"), this);
    auto* threatForm = new QFormLayout(threat);
    threatForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    threatForm->addRow(tr("Threat s&ource:"), m_threatSource);
    threatForm->addRow(tr("Threat &event:"), m_threatEvent);
    threatForm->addRow(tr("&Vulnerability:"), m_vulnerability);
    threatForm->addRow(tr("E&xisting controls:"), m_controls);

    auto* rating = new QGroupBox(tr("Inherent risk"), this);
    auto* ratingForm = new QFormLayout(rating);
    auto* levels = new QHBoxLayout;
    levels->addWidget(m_likelihood);
    auto* impactLabel = new QLabel(tr("&Impact:"), this);
    impactLabel->setBuddy(m_impact);
    levels->addSpacing(12);
    levels->addWidget(impactLabel);
    levels->addWidget(m_impact);
    levels->addSpacing(12);
    levels->addWidget(m_level);
    levels->addStretch(1);
    auto* likelihoodLabel = new QLabel(tr("&Likelihood:"), this);
    likelihoodLabel->setBuddy(m_likelihood);
    ratingForm->addRow(likelihoodLabel, levels);
    ratingForm->addRow(QString(), m_reassessHint);

    auto* dates = new QGroupBox(tr("Assessment dates"), this);
    auto* datesForm = new QFormLayout(dates);
    datesForm->addRow(tr("Last &assessed:"), m_lastAssessed);
    datesForm->addRow(tr("&Next reassessment:"), m_next);
    datesForm->addRow(QString(), m_nextHint);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(threat);
    layout->addWidget(rating);
    layout->addWidget(dates);
    layout->addStretch(1);

    for (QLineEdit* edit : {m_threatSource, m_threatEvent})
        connect(edit, &QLineEdit::textChanged, this, &RiskEditorAssessmentTab::edited);
    for (QPlainTextEdit* edit : {m_vulnerability, m_controls})
        connect(edit, &QPlainTextEdit::textChanged, this, &RiskEditorAssessmentTab::edited);
    for (RiskLevelField* field : {m_likelihood, m_impact}) {
        connect(field, &RiskLevelField::levelChanged, this, &RiskEditorAssessmentTab::updateLevel);
        connect(field, &RiskLevelField::levelChanged, this,
                &RiskEditorAssessmentTab::ratingChanged);
        connect(field, &RiskLevelField::levelChanged, this, &RiskEditorAssessmentTab::edited);
    }
    connect(m_lastAssessed, &RiskDateField::dateChanged, this,
            &RiskEditorAssessmentTab::lastAssessedChanged);
    connect(m_next, &RiskDateField::dateChanged, this, &RiskEditorAssessmentTab::nextChanged);
    updateLevel();
}

void RiskEditorAssessmentTab::setMatrix(const RiskMatrix& matrix)
{
    m_matrix = matrix;
    updateLevel();
}

void RiskEditorAssessmentTab::load(const Risk& risk)
{
    m_updating = true;
    m_threatSource->setText(risk.threatSource);
    m_threatEvent->setText(risk.threatEvent);
    m_vulnerability->setPlainText(risk.vulnerability);
    m_controls->setPlainText(risk.existingControls);
    m_likelihood->setLevel(risk.inherent.likelihood);
    m_impact->setLevel(risk.inherent.impact);
    m_loadedRating = risk.inherent;
    m_identified = risk.identifiedOn;
    const QDate last = risk.lastAssessedOn.isValid() ? risk.lastAssessedOn : risk.identifiedOn;
    m_loadedLast = risk.lastAssessedOn;
    m_lastFollowsIdentified = !risk.lastAssessedOn.isValid() || last == risk.identifiedOn;
    m_nextFollowsLast = !risk.nextReassessmentOn.isValid() ||
                        (last.isValid() && risk.nextReassessmentOn == last.addYears(1));
    m_lastAssessed->setDate(last);
    m_next->setDate(risk.nextReassessmentOn.isValid() ? risk.nextReassessmentOn : last.addYears(1));
    m_updating = false;
    updateLevel();
    nextChanged();
}

void RiskEditorAssessmentTab::apply(Risk& risk) const
{
    risk.threatSource = m_threatSource->text();
    risk.threatEvent = m_threatEvent->text();
    risk.vulnerability = m_vulnerability->toPlainText();
    risk.existingControls = m_controls->toPlainText();
    risk.inherent = rating();
    risk.lastAssessedOn = m_lastAssessed->date();
    risk.nextReassessmentOn = m_next->date();
}

void RiskEditorAssessmentTab::setReadOnly(bool readOnly)
{
    m_threatSource->setReadOnly(readOnly);
    m_threatEvent->setReadOnly(readOnly);
    m_vulnerability->setReadOnly(readOnly);
    m_controls->setReadOnly(readOnly);
    m_likelihood->setEnabled(!readOnly);
    m_impact->setEnabled(!readOnly);
    m_lastAssessed->setReadOnly(readOnly);
    m_next->setReadOnly(readOnly);
    if (readOnly) {
        m_reassessHint->hide();
        m_nextHint->hide();
    }
}

void RiskEditorAssessmentTab::followIdentifiedDate(const QDate& identified)
{
    m_identified = identified;
    if (m_lastFollowsIdentified && identified.isValid()) {
        setDateQuietly(m_lastAssessed, identified);
        lastAssessedChanged();
        m_lastFollowsIdentified = true;
    }
}

RiskRating RiskEditorAssessmentTab::rating() const
{
    return RiskRating{m_likelihood->level().value_or(RiskLevel::Moderate),
                      m_impact->level().value_or(RiskLevel::Moderate)};
}

QString RiskEditorAssessmentTab::nextHintText() const
{
    return m_nextHint->text();
}

void RiskEditorAssessmentTab::updateLevel()
{
    const RiskRating current = rating();
    m_level->setLevel(m_matrix.level(current.likelihood, current.impact));
    // The register records a changed rating as a reassessment on the day it is saved.
    const bool reassessing =
        m_today.isValid() && current != m_loadedRating && m_lastAssessed->date() == m_loadedLast;
    m_reassessHint->setText(tr("Saving the changed rating records a reassessment on %1.")
                                .arg(m_today.toString(Qt::ISODate)));
    m_reassessHint->setVisible(reassessing && m_lastAssessed->isEnabled());
}

void RiskEditorAssessmentTab::lastAssessedChanged()
{
    if (!m_updating) {
        m_lastFollowsIdentified = m_lastAssessed->date() == m_identified;
        if (m_nextFollowsLast && m_lastAssessed->date().isValid())
            setDateQuietly(m_next, m_lastAssessed->date().addYears(1));
        nextChanged();
        updateLevel();
    }
}

void RiskEditorAssessmentTab::nextChanged()
{
    const QDate last = m_lastAssessed->date();
    const QDate yearOn = last.isValid() ? last.addYears(1) : QDate();
    if (!m_updating)
        m_nextFollowsLast = m_next->date() == yearOn;
    if (m_nextFollowsLast)
        m_nextHint->setText(tr("A year after the last assessment, the default."));
    else if (yearOn.isValid())
        m_nextHint->setText(tr("The default would be a year after the last assessment: %1.")
                                .arg(yearOn.toString(Qt::ISODate)));
    else
        m_nextHint->clear();
    if (!m_updating)
        emit edited();
}

void RiskEditorAssessmentTab::setDateQuietly(RiskDateField* field, const QDate& date)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    field->setDate(date);
    m_updating = wasUpdating;
}

} // namespace palisade::ui
