#pragma once

#include "core/vendors/Counterparty.h"

#include <QWidget>
#include <vector>

class QLabel;
class QListWidget;

namespace palisade::ui {

// The covered entities whose PHI an incident involved, when we are their
// business associate, as a checkable list of the counterparties on file.
// Covered entities are offered; another counterparty shows only when already
// named. With none on file it says where to add them.
class CoveredEntityField : public QWidget
{
    Q_OBJECT

public:
    explicit CoveredEntityField(QWidget* parent = nullptr);

    void setCounterparties(const std::vector<Counterparty>& counterparties);
    // Ascending.
    std::vector<qint64> selectedIds() const;
    void setSelectedIds(const std::vector<qint64>& ids);

    QListWidget* list() const { return m_list; }
    QLabel* emptyHint() const { return m_hint; }

signals:
    void selectionChanged();

private:
    void fill(const std::vector<qint64>& keep);

    std::vector<Counterparty> m_counterparties;
    QListWidget* m_list;
    QLabel* m_hint;
};

} // namespace palisade::ui
