#include "ui/risk/RiskEditorGeneralTab.h"

#include "ui/risk/RiskAssetField.h"
#include "ui/risk/RiskDateField.h"
#include "ui/risk/RiskEditorText.h"
#include "ui/risk/RiskOwnerField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <algorithm>

namespace palisade::ui {

RiskEditorGeneralTab::RiskEditorGeneralTab(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_description(RiskEditorText::multiLine(this, 4))
    , m_owner(new RiskOwnerField(this))
    , m_status(new QComboBox(this))
    , m_identified(new RiskDateField(this))
    , m_due(new RiskDateField(this))
    , m_assets(new RiskAssetField(this))
{
    m_title->setObjectName(QStringLiteral("riskTitle"));
    m_title->setPlaceholderText(tr("e.g. Laptops with unencrypted claim exports"));
    m_title->setMaxLength(1000);
    m_description->setObjectName(QStringLiteral("riskDescription"));
    m_description->setPlaceholderText(
        tr("What could happen, to which ePHI, and how it was found."));
    m_owner->setObjectName(QStringLiteral("riskOwner"));
    m_status->setObjectName(QStringLiteral("riskStatus"));
    for (const RiskStatus status : allRiskStatuses())
        m_status->addItem(riskStatusLabel(status), riskStatusKey(status));
    m_identified->setObjectName(QStringLiteral("riskIdentified"));
    m_due->setObjectName(QStringLiteral("riskDue"));
    m_due->setOptional(tr("No due date"));
    m_assets->setObjectName(QStringLiteral("riskAssetField"));

    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("&Identified on:"), m_identified);
    form->addRow(tr("Du&e by:"), m_due);
    form->addRow(tr("&Assets:"), m_assets);

    connect(m_title, &QLineEdit::textChanged, this, &RiskEditorGeneralTab::edited);
    connect(m_description, &QPlainTextEdit::textChanged, this, &RiskEditorGeneralTab::edited);
    connect(m_owner, &RiskOwnerField::ownerChanged, this, &RiskEditorGeneralTab::edited);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RiskEditorGeneralTab::edited);
    connect(m_identified, &RiskDateField::dateChanged, this, [this] {
        emit identifiedChanged(m_identified->date());
        emit edited();
    });
    connect(m_due, &RiskDateField::dateChanged, this, &RiskEditorGeneralTab::edited);
    connect(m_assets, &RiskAssetField::selectionChanged, this, &RiskEditorGeneralTab::edited);
}

void RiskEditorGeneralTab::setOwners(const QStringList& owners)
{
    m_owner->setOwners(owners);
}

void RiskEditorGeneralTab::setAssets(const std::vector<Asset>& assets)
{
    m_assets->setAssets(assets);
}

void RiskEditorGeneralTab::setToday(const QDate& today)
{
    m_due->setFallbackDate(today.addMonths(3));
    m_identified->setFallbackDate(today);
}

void RiskEditorGeneralTab::load(const Risk& risk)
{
    m_title->setText(risk.title);
    m_description->setPlainText(risk.description);
    m_owner->setOwner(risk.owner);
    m_status->setCurrentIndex(std::max(0, m_status->findData(riskStatusKey(risk.status))));
    m_identified->setDate(risk.identifiedOn);
    m_due->setDate(risk.dueOn);
    m_assets->setSelectedIds(risk.assetIds);
}

void RiskEditorGeneralTab::apply(Risk& risk) const
{
    risk.title = m_title->text();
    risk.description = m_description->toPlainText();
    risk.owner = m_owner->owner();
    risk.status =
        riskStatusFromKey(m_status->currentData().toString()).value_or(RiskStatus::Identified);
    risk.identifiedOn = m_identified->date();
    risk.dueOn = m_due->date();
    risk.assetIds = m_assets->selectedIds();
}

void RiskEditorGeneralTab::setReadOnly(bool readOnly)
{
    m_title->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
    m_owner->setEnabled(!readOnly);
    m_status->setEnabled(!readOnly);
    m_identified->setReadOnly(readOnly);
    m_due->setReadOnly(readOnly);
    m_assets->setReadOnly(readOnly);
}

} // namespace palisade::ui
