#pragma once

#include "core/risk/RiskLevel.h"
#include "core/risk/RiskMatrix.h"

#include <QDialog>
#include <array>

class QComboBox;
class QLabel;
class QPushButton;

namespace palisade::ui {

class MessageBanner;

// Edits the likelihood × impact lookup table. Rows are likelihood (Very High
// at the top) and columns impact, laid out and coloured like the heat map. OK
// is refused, with the reason shown inline, while the table is not monotonic.
class RiskMatrixDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RiskMatrixDialog(const RiskMatrix& matrix, QWidget* parent = nullptr);

    RiskMatrix matrix() const;
    void setMatrix(const RiskMatrix& matrix);

    QComboBox* levelCombo(RiskLevel likelihood, RiskLevel impact) const;
    QPushButton* restoreDefaultButton() const { return m_restore; }
    QPushButton* okButton() const { return m_ok; }
    MessageBanner* messageBanner() const { return m_banner; }
    QString statusText() const;

    void accept() override;

private:
    void restoreDefault();
    void cellChanged(QComboBox* combo);
    void updateStatus();

    std::array<std::array<QComboBox*, riskLevelCount>, riskLevelCount>
        m_combos{}; // [likelihood][impact]
    QLabel* m_status = nullptr;
    MessageBanner* m_banner = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace palisade::ui
