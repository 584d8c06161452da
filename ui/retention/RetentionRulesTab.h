#pragma once

#include <QWidget>

class QTableView;

namespace palisade::ui {

class RetentionRuleModel;

// The Rules tab: how long each type of record is kept and why, read-only.
// Columns share the width by how much they say, and rows grow to show their
// text in full.
class RetentionRulesTab : public QWidget
{
    Q_OBJECT

public:
    explicit RetentionRulesTab(QWidget* parent = nullptr);

    RetentionRuleModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    static constexpr int rowPadding = 8;

    void fitColumns();

    RetentionRuleModel* m_model;
    QTableView* m_table;
    bool m_refitting = false;
};

} // namespace palisade::ui
