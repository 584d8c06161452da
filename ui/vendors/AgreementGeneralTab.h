#pragma once

#include "core/vendors/Agreement.h"
#include "core/vendors/Counterparty.h"

#include <QHash>
#include <QWidget>
#include <optional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace palisade::ui {

// The Agreement tab of the agreement editor: with whom, which way, its
// status, which upstream agreements a subcontractor agreement flows down
// from, what the business associate may do with the PHI, and notes.
class AgreementGeneralTab : public QWidget
{
    Q_OBJECT

public:
    explicit AgreementGeneralTab(QWidget* parent = nullptr);

    void setCounterparties(const std::vector<Counterparty>& counterparties);
    // The upstream agreements a downstream one may flow down from; `names`
    // maps counterparty ids to names.
    void setUpstreamAgreements(const std::vector<Agreement>& upstreams,
                               const QHash<qint64, QString>& names);
    // Offers only the statuses the stored one may change to; nullopt for a new agreement.
    void setStoredStatus(std::optional<AgreementStatus> stored);

    void load(const Agreement& agreement);
    void apply(Agreement& agreement) const;
    void setReadOnly(bool readOnly);

    AgreementStatus status() const;
    AgreementDirection direction() const;
    std::vector<qint64> flowsDownFrom() const;

    QComboBox* counterpartyCombo() const { return m_counterparty; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* directionCombo() const { return m_direction; }
    QListWidget* flowsList() const { return m_flows; }
    QComboBox* statusCombo() const { return m_status; }
    QPlainTextEdit* permittedUsesEdit() const { return m_permittedUses; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    bool isFlowsRowVisible() const;

signals:
    void edited();
    void statusChanged();

private:
    void followCounterparty();
    void updateFlowsRow();

    QFormLayout* m_form;
    QComboBox* m_counterparty;
    QLineEdit* m_title;
    QComboBox* m_direction;
    QListWidget* m_flows;
    QComboBox* m_status;
    QPlainTextEdit* m_permittedUses;
    QPlainTextEdit* m_notes;
    QHash<qint64, CounterpartyRelationship> m_relationships;
    bool m_loading = false;
};

} // namespace palisade::ui
