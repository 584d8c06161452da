#pragma once

#include "core/risk/RiskLevel.h"
#include "core/risk/RiskStatus.h"

#include <QWidget>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace palisade::ui {

// Search field, status / owner / level choices, an "Overdue only" switch, the
// heat-map cell the table is narrowed to, and how many risks are shown. Emits
// filtersChanged() as the user types or picks.
class RiskFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit RiskFilterBar(QWidget* parent = nullptr);

    // Fills the owner choices, keeping the current owner where it still exists.
    void setOwners(const QStringList& owners);
    // Shows which heat-map cell narrows the table; an empty text hides the chip.
    void setHeatMapCellText(const QString& text);
    void setCounts(int shown, int total);

    QString text() const;
    std::vector<RiskStatus> statuses() const; // empty for any status
    QString owner() const;                    // empty for any owner
    std::optional<RiskLevel> minimumLevel() const;
    bool overdueOnly() const;
    bool hasHeatMapCell() const;
    QString countText() const;

    void setText(const QString& text);
    void setOverdueOnly(bool overdueOnly);
    // Resets every choice; the heat-map cell is cleared through heatMapCellCleared().
    void clear();
    void focusSearch();

    QLineEdit* searchField() const { return m_search; }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* ownerCombo() const { return m_owner; }
    QComboBox* levelCombo() const { return m_level; }
    QCheckBox* overdueCheck() const { return m_overdue; }
    QToolButton* heatMapCellClearButton() const { return m_cellClear; }

signals:
    void filtersChanged();
    void heatMapCellCleared();

private:
    void onChanged();
    void updateClearButton();

    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_owner;
    QComboBox* m_level;
    QCheckBox* m_overdue;
    QPushButton* m_clear;
    QFrame* m_cellChip;
    QLabel* m_cellLabel;
    QToolButton* m_cellClear;
    QLabel* m_count;
};

} // namespace palisade::ui
