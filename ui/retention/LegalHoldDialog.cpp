#include "ui/retention/LegalHoldDialog.h"

#include "core/program/Program.h"
#include "core/retention/RetentionRegister.h"
#include "core/retention/RetentionRules.h"
#include "ui/risk/RiskEditorText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace palisade::ui {

LegalHoldDialog::LegalHoldDialog(Program& program, const std::optional<RetentionRecord>& selected,
                                 QWidget* parent)
    : StepDialog(tr("&Place Hold"), QStringLiteral("confirmHoldButton"), parent)
    , m_program(program)
    , m_selected(selected)
    , m_type(new QComboBox(this))
    , m_thisRecord(new QRadioButton(this))
    , m_everyRecord(new QRadioButton(tr("E&very record of this type, including those added "
                                        "while the hold lasts"),
                                     this))
    , m_reason(RiskEditorText::multiLine(this, 4))
{
    setObjectName(QStringLiteral("legalHoldDialog"));
    setWindowTitle(tr("Place Legal Hold"));

    auto* intro = new QLabel(tr("A legal hold keeps records from disposal and deletion, however "
                                "old they are, until it is released. Place one when litigation "
                                "is pending or reasonably expected, or for an investigation or an "
                                "audit."),
                             this);
    intro->setWordWrap(true);

    m_type->setObjectName(QStringLiteral("holdRecordType"));
    for (const RetentionRule& rule : RetentionRules::all()) {
        // Audit events are never disposed of; a hold on them would keep nothing.
        if (rule.disposable)
            m_type->addItem(rule.label, rule.recordType);
    }
    if (m_selected)
        m_type->setCurrentIndex(std::max(0, m_type->findData(m_selected->recordType)));

    m_thisRecord->setObjectName(QStringLiteral("holdThisRecord"));
    m_everyRecord->setObjectName(QStringLiteral("holdEveryRecord"));
    auto* scope = new QButtonGroup(this);
    scope->addButton(m_thisRecord);
    scope->addButton(m_everyRecord);
    auto* scopeBox = new QVBoxLayout;
    scopeBox->setSpacing(4);
    scopeBox->addWidget(m_thisRecord);
    scopeBox->addWidget(m_everyRecord);

    m_reason->setObjectName(QStringLiteral("holdReason"));
    m_reason->setPlaceholderText(tr("e.g. Litigation hold: Doe v. Lakeside Family Clinic, notice "
                                    "from counsel received 2026-02-20"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Record &type:"), m_type);
    form->addRow(tr("Holds:"), scopeBox);
    form->addRow(tr("&Reason:"), m_reason);
    body()->addWidget(intro);
    body()->addSpacing(6);
    body()->addLayout(form);

    connect(m_type, &QComboBox::currentIndexChanged, this, &LegalHoldDialog::updateScope);
    connect(m_thisRecord, &QRadioButton::toggled, this, &LegalHoldDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &LegalHoldDialog::updateState);
    updateScope();
    if (m_thisRecord->isEnabled())
        m_thisRecord->setChecked(true);
    else
        m_everyRecord->setChecked(true);
    updateState();
    m_reason->setFocus();
    resize(560, sizeHint().height());
}

QString LegalHoldDialog::recordType() const
{
    return m_type->currentData().toString();
}

bool LegalHoldDialog::isForOneRecord() const
{
    return m_thisRecord->isEnabled() && m_thisRecord->isChecked();
}

void LegalHoldDialog::updateScope()
{
    const bool selectedHere = m_selected && m_selected->recordType == recordType();
    m_thisRecord->setEnabled(selectedHere);
    if (selectedHere) {
        m_thisRecord->setText(tr("This record &only: %1").arg(m_selected->label));
    } else {
        m_thisRecord->setText(m_selected ? tr("This record &only (the selected record is of "
                                              "another type)")
                                         : tr("This record &only (select it in the Records "
                                              "table first)"));
        m_everyRecord->setChecked(true);
    }
    updateState();
}

void LegalHoldDialog::updateState()
{
    const bool scoped = isForOneRecord() || m_everyRecord->isChecked();
    confirmButton()->setEnabled(!m_program.isReadOnly() && !recordType().isEmpty() && scoped &&
                                !m_reason->toPlainText().trimmed().isEmpty());
}

QString LegalHoldDialog::apply()
{
    const std::optional<qint64> id =
        isForOneRecord() ? std::optional<qint64>(m_selected->recordId) : std::nullopt;
    Result<LegalHold> placed =
        m_program.retention().placeHold(recordType(), id, m_reason->toPlainText());
    if (!placed)
        return placed.error().message;
    m_placed = *placed;
    return {};
}

} // namespace palisade::ui
