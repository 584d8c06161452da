#pragma once

#include "core/risk/Asset.h"

#include <QWidget>
#include <vector>

class QLabel;
class QListWidget;

namespace palisade::ui {

// The assets a risk concerns, as a checkable list. With no assets in the
// inventory it says where to add them instead.
class RiskAssetField : public QWidget
{
    Q_OBJECT

public:
    explicit RiskAssetField(QWidget* parent = nullptr);

    void setAssets(const std::vector<Asset>& assets);
    // Ascending.
    std::vector<qint64> selectedIds() const;
    void setSelectedIds(const std::vector<qint64>& ids);
    void setReadOnly(bool readOnly);

    QListWidget* list() const { return m_list; }
    QLabel* emptyHint() const { return m_hint; }

signals:
    void selectionChanged();

private:
    QListWidget* m_list;
    QLabel* m_hint;
    bool m_readOnly = false;
};

} // namespace palisade::ui
