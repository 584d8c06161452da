#include "ui/incidents/StateRuleDialog.h"

#include "core/incidents/IncidentValidator.h"
#include "core/incidents/StateRuleRegister.h"
#include "core/program/Program.h"
#include "ui/risk/RiskEditorText.h"
#include "ui/widgets/PanelLabels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace palisade::ui {

StateRuleDialog::StateRuleDialog(Program& program, const std::optional<StateNotificationRule>& rule,
                                 QWidget* parent)
    : RecordEditorDialog({tr("To save this rule:\n%1"), tr("The rule was not saved:\n%1"),
                          tr("Unsaved Changes"), tr("Save")},
                         parent)
    , m_program(program)
    , m_original(rule.value_or(StateNotificationRule()))
    , m_jurisdiction(new QLineEdit(this))
    , m_authority(new QLineEdit(this))
    , m_threshold(new QSpinBox(this))
    , m_days(new QSpinBox(this))
    , m_citation(new QLineEdit(this))
    , m_notes(RiskEditorText::multiLine(this, 3))
{
    setObjectName(QStringLiteral("stateRuleDialog"));
    m_jurisdiction->setObjectName(QStringLiteral("ruleJurisdiction"));
    m_jurisdiction->setMaxLength(2);
    m_jurisdiction->setPlaceholderText(tr("TX"));
    m_jurisdiction->setToolTip(tr("The two-letter code of the State or jurisdiction"));
    m_jurisdiction->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_jurisdiction));
    m_jurisdiction->setMaximumWidth(
        m_jurisdiction->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")) + 16);
    m_authority->setObjectName(QStringLiteral("ruleAuthority"));
    m_authority->setPlaceholderText(tr("For example: Texas Attorney General"));
    m_threshold->setObjectName(QStringLiteral("ruleThreshold"));
    m_threshold->setRange(1, 10000000);
    m_threshold->setGroupSeparatorShown(true);
    m_threshold->setSuffix(tr(" residents or more"));
    m_days->setObjectName(QStringLiteral("ruleDays"));
    m_days->setRange(1, 365);
    m_days->setSuffix(tr(" days after discovery"));
    m_citation->setObjectName(QStringLiteral("ruleCitation"));
    m_citation->setPlaceholderText(tr("For example: Tex. Bus. & Com. Code \u00a7 521.053(i)"));
    m_notes->setObjectName(QStringLiteral("ruleNotes"));
    m_notes->setAccessibleName(tr("Note"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&State:"), m_jurisdiction);
    form->addRow(tr("&Authority notified:"), m_authority);
    form->addRow(tr("&From:"), m_threshold);
    form->addRow(tr("&Within:"), m_days);
    form->addRow(tr("&Citation:"), m_citation);
    form->addRow(tr("&Note:"), m_notes);

    QDialogButtonBox* buttons =
        createButtons(QStringLiteral("saveStateRuleButton"), tr("Save the rule (Ctrl+S)"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addLayout(form, 1);
    layout->addWidget(PanelLabels::hint(
        tr("An incident affecting at least that many residents of the State then calls for a "
           "notice to its authority within that many days of discovery."),
        this));
    layout->addWidget(buttons);

    m_jurisdiction->setText(m_original.jurisdiction);
    m_authority->setText(m_original.authority);
    m_threshold->setValue(m_original.minimumResidents);
    m_days->setValue(m_original.days);
    m_citation->setText(m_original.citation);
    m_notes->setPlainText(m_original.notes);
    m_baseline = candidate();

    connect(m_jurisdiction, &QLineEdit::textChanged, this, &StateRuleDialog::updateValidation);
    connect(m_authority, &QLineEdit::textChanged, this, &StateRuleDialog::updateValidation);
    connect(m_threshold, &QSpinBox::valueChanged, this, &StateRuleDialog::updateValidation);
    connect(m_days, &QSpinBox::valueChanged, this, &StateRuleDialog::updateValidation);
    connect(m_citation, &QLineEdit::textChanged, this, &StateRuleDialog::updateValidation);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &StateRuleDialog::updateValidation);

    setWindowTitle(isNew() ? tr("Add State Rule")
                           : tr("State Rule \u2014 %1").arg(m_original.jurisdiction));
    updateValidation();
    m_jurisdiction->setFocus();
    setMinimumWidth(500);
    resize(560, sizeHint().height());
}

StateNotificationRule StateRuleDialog::candidate() const
{
    StateNotificationRule rule = m_original;
    rule.jurisdiction = m_jurisdiction->text();
    rule.authority = m_authority->text();
    rule.minimumResidents = m_threshold->value();
    rule.days = m_days->value();
    rule.citation = m_citation->text();
    rule.notes = m_notes->toPlainText();
    IncidentValidator::normalize(rule);
    return rule;
}

bool StateRuleDialog::isModified() const
{
    return candidate() != m_baseline;
}

QStringList StateRuleDialog::problems() const
{
    return m_program.stateRules().problems(candidate());
}

bool StateRuleDialog::canStore() const
{
    return m_program.isOpen() && !m_program.isReadOnly();
}

bool StateRuleDialog::store()
{
    Result<StateNotificationRule> stored =
        isNew() ? m_program.stateRules().addStateRule(candidate())
                : m_program.stateRules().updateStateRule(candidate());
    if (!stored)
        return refuse(tr("The rule was not saved: %1").arg(stored.error().message));
    m_saved = *stored;
    return true;
}

QString StateRuleDialog::unsavedQuestion() const
{
    return isNew() ? tr("Save this rule before closing?")
                   : tr("Save the changes to this rule before closing?");
}

} // namespace palisade::ui
