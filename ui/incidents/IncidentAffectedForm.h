#pragma once

#include "core/incidents/Incident.h"
#include "core/risk/Asset.h"
#include "core/vendors/Counterparty.h"

#include <QWidget>
#include <vector>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace palisade::ui {

class CoveredEntityField;
class JurisdictionCountTable;
class RiskAssetField;

// Who and what an incident touched: the systems, the covered entities whose
// PHI it is (and whether their agreement has us notify for them), the kinds
// of PHI, whether it was secured and why, and how many people in each State.
// The editor and the report wizard both show it.
class IncidentAffectedForm : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentAffectedForm(QWidget* parent = nullptr);

    void setChoices(const std::vector<Asset>& assets,
                    const std::vector<Counterparty>& counterparties);
    // Shows these fields of `incident`.
    void load(const Incident& incident);
    // Writes these fields into `incident`.
    void apply(Incident& incident) const;

    RiskAssetField* assetField() const { return m_assets; }
    CoveredEntityField* coveredEntityField() const { return m_coveredEntities; }
    QCheckBox* notifiesCheck() const { return m_notifies; }
    QLineEdit* phiTypesEdit() const { return m_phiTypes; }
    QCheckBox* securedCheck() const { return m_secured; }
    QPlainTextEdit* securedBasisEdit() const { return m_basis; }
    JurisdictionCountTable* countTable() const { return m_counts; }

signals:
    void changed();

private:
    void updateEnabled();

    RiskAssetField* m_assets;
    CoveredEntityField* m_coveredEntities;
    QCheckBox* m_notifies;
    QLineEdit* m_phiTypes;
    QCheckBox* m_secured;
    QPlainTextEdit* m_basis;
    JurisdictionCountTable* m_counts;
};

} // namespace palisade::ui
