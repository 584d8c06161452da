#pragma once

#include "core/vendors/ProvisionCheck.h"

#include <QWidget>
#include <vector>

class QLabel;
class QProgressBar;
class QTableView;

namespace palisade::ui {

class ProvisionTableModel;

// The Required Provisions tab of the agreement editor: the fifteen
// provisions every business associate agreement must contain, each marked
// present, missing, not applicable or not checked, with the clause that
// holds it; the completeness summary at the top follows every change.
class AgreementProvisionsTab : public QWidget
{
    Q_OBJECT

public:
    explicit AgreementProvisionsTab(QWidget* parent = nullptr);

    void load(const std::vector<ProvisionCheck>& checks);
    std::vector<ProvisionCheck> checks() const;
    void setReadOnly(bool readOnly);
    QString summaryText() const;

    ProvisionTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QProgressBar* bar() const { return m_bar; }

signals:
    void edited();

private:
    void updateSummary();
    void openEditors();

    ProvisionTableModel* m_model;
    QLabel* m_summary;
    QProgressBar* m_bar;
    QTableView* m_table;
};

} // namespace palisade::ui
