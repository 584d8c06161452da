#include "ui/incidents/IncidentAffectedForm.h"

#include "ui/incidents/CoveredEntityField.h"
#include "ui/incidents/JurisdictionCountTable.h"
#include "ui/risk/RiskAssetField.h"
#include "ui/risk/RiskEditorText.h"
#include "ui/widgets/PanelLabels.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace palisade::ui {

IncidentAffectedForm::IncidentAffectedForm(QWidget* parent)
    : QWidget(parent)
    , m_assets(new RiskAssetField(this))
    , m_coveredEntities(new CoveredEntityField(this))
    , m_notifies(new QCheckBox(tr("We &notify individuals, HHS and media for them"), this))
    , m_phiTypes(new QLineEdit(this))
    , m_secured(new QCheckBox(tr("The PHI was &secured"), this))
    , m_basis(RiskEditorText::multiLine(this, 2))
    , m_counts(new JurisdictionCountTable(this))
{
    m_assets->list()->setObjectName(QStringLiteral("incidentAssets"));
    m_assets->list()->setAccessibleName(tr("Affected systems"));
    m_notifies->setObjectName(QStringLiteral("incidentNotifiesForCoveredEntity"));
    m_notifies->setToolTip(tr("Usually we notify the covered entity and it notifies the "
                              "individuals, HHS and the media; some agreements delegate those "
                              "notices to us"));
    m_phiTypes->setObjectName(QStringLiteral("incidentPhiTypes"));
    m_phiTypes->setPlaceholderText(tr("e.g. names, dates of service, diagnosis codes"));
    m_phiTypes->setToolTip(tr("The kinds of PHI involved, separated by commas"));
    m_secured->setObjectName(QStringLiteral("incidentPhiSecured"));
    m_secured->setToolTip(tr("Encrypted per NIST SP 800-111 with a key that was not "
                             "compromised: not \u201cunsecured PHI\u201d, so its loss is not a "
                             "reportable breach (164.402)"));
    m_basis->setObjectName(QStringLiteral("incidentSecuredBasis"));
    m_basis->setPlaceholderText(tr("Why: e.g. full-disk encryption (AES-256, FileVault), the "
                                   "recovery key was not on the device"));

    auto* systemsTitle = PanelLabels::title(tr("Affected systems"), this);
    auto* entitiesTitle = PanelLabels::title(tr("Whose PHI"), this);
    auto* entitiesHint = PanelLabels::hint(
        tr("Tick the covered entities whose PHI it is when you are their business associate. "
           "Leave all unticked when the PHI is your own."),
        this);
    auto* left = new QVBoxLayout;
    left->addWidget(systemsTitle);
    left->addWidget(m_assets, 1);
    left->addSpacing(6);
    left->addWidget(entitiesTitle);
    left->addWidget(entitiesHint);
    left->addWidget(m_coveredEntities, 1);
    left->addWidget(m_notifies);

    auto* phiTitle = PanelLabels::title(tr("PHI involved"), this);
    auto* phiLabel = new QLabel(tr("&Kinds of PHI:"), this);
    phiLabel->setBuddy(m_phiTypes);
    auto* basisLabel = new QLabel(tr("&Basis:"), this);
    basisLabel->setBuddy(m_basis);
    auto* phiGrid = new QGridLayout;
    phiGrid->addWidget(phiLabel, 0, 0);
    phiGrid->addWidget(m_phiTypes, 0, 1);
    auto* securedHint = PanelLabels::hint(
        tr("Secured means encrypted per NIST SP 800-111 with a key that was not compromised: then "
           "it is not a reportable breach. Say why in the basis."),
        this);
    auto* securedRow = new QVBoxLayout;
    securedRow->addWidget(m_secured);
    securedRow->addWidget(securedHint);
    phiGrid->addLayout(securedRow, 1, 0, 1, 2);
    phiGrid->addWidget(basisLabel, 2, 0, Qt::AlignTop);
    phiGrid->addWidget(m_basis, 2, 1);
    auto* countsTitle = PanelLabels::title(tr("Affected individuals by State"), this);
    auto* countsHint = PanelLabels::hint(
        tr("Where the affected people live decides the media notices (more than 500 in one "
           "State) and the States' own deadlines. Use the two-letter code: FL, GA, PR, DC."),
        this);
    auto* right = new QVBoxLayout;
    right->addWidget(phiTitle);
    right->addLayout(phiGrid);
    right->addSpacing(6);
    right->addWidget(countsTitle);
    right->addWidget(countsHint);
    right->addWidget(m_counts, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setSpacing(18);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);

    setTabOrder(m_assets, m_coveredEntities);
    setTabOrder(m_coveredEntities, m_notifies);
    setTabOrder(m_notifies, m_phiTypes);
    setTabOrder(m_phiTypes, m_secured);
    setTabOrder(m_secured, m_basis);
    setTabOrder(m_basis, m_counts);

    connect(m_assets, &RiskAssetField::selectionChanged, this, &IncidentAffectedForm::changed);
    connect(m_coveredEntities, &CoveredEntityField::selectionChanged, this,
            &IncidentAffectedForm::updateEnabled);
    connect(m_coveredEntities, &CoveredEntityField::selectionChanged, this,
            &IncidentAffectedForm::changed);
    connect(m_notifies, &QCheckBox::toggled, this, &IncidentAffectedForm::changed);
    connect(m_phiTypes, &QLineEdit::textChanged, this, &IncidentAffectedForm::changed);
    connect(m_secured, &QCheckBox::toggled, this, &IncidentAffectedForm::updateEnabled);
    connect(m_secured, &QCheckBox::toggled, this, &IncidentAffectedForm::changed);
    connect(m_basis, &QPlainTextEdit::textChanged, this, &IncidentAffectedForm::changed);
    connect(m_counts, &JurisdictionCountTable::countsChanged, this, &IncidentAffectedForm::changed);
    updateEnabled();
}

void IncidentAffectedForm::setChoices(const std::vector<Asset>& assets,
                                      const std::vector<Counterparty>& counterparties)
{
    m_assets->setAssets(assets);
    m_coveredEntities->setCounterparties(counterparties);
}

void IncidentAffectedForm::load(const Incident& incident)
{
    m_assets->setSelectedIds(incident.assetIds);
    m_coveredEntities->setSelectedIds(incident.coveredEntityIds);
    m_notifies->setChecked(incident.notifiesForCoveredEntity);
    m_phiTypes->setText(incident.phiTypes.join(QStringLiteral(", ")));
    m_secured->setChecked(incident.phiSecured);
    m_basis->setPlainText(incident.securedBasis);
    m_counts->setCounts(incident.affected);
    updateEnabled();
}

void IncidentAffectedForm::apply(Incident& incident) const
{
    incident.assetIds = m_assets->selectedIds();
    incident.coveredEntityIds = m_coveredEntities->selectedIds();
    incident.notifiesForCoveredEntity = m_notifies->isChecked();
    incident.phiTypes = m_phiTypes->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    incident.phiSecured = m_secured->isChecked();
    incident.securedBasis = m_secured->isChecked() ? m_basis->toPlainText() : QString();
    incident.affected = m_counts->counts();
}

void IncidentAffectedForm::updateEnabled()
{
    // Delegation only means something once a covered entity is named; the
    // register refuses it otherwise, so the box is offered only then.
    const bool named = !m_coveredEntities->selectedIds().empty();
    m_notifies->setEnabled(named || m_notifies->isChecked());
    m_basis->setEnabled(m_secured->isChecked());
}

} // namespace palisade::ui
