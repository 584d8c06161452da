#pragma once

#include "core/audit/AuditEvent.h"
#include "ui/risk/RiskHistoryDiff.h"

#include <QWidget>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;

namespace palisade::ui {

class RiskHistoryModel;

// The History tab of the risk editor: the change list and, for the selected
// change, every field with its full value before and after.
class RiskHistoryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RiskHistoryWidget(QWidget* parent = nullptr);

    void setEvents(const std::vector<AuditEvent>& events, const RiskHistoryDiff& diff);
    // Shows a sentence instead of the list, e.g. for a risk not saved yet.
    void showMessage(const QString& message);

    RiskHistoryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString detailText() const;
    QString messageText() const;

private:
    void showDetail();

    RiskHistoryModel* m_model;
    QStackedWidget* m_stack;
    QLabel* m_message;
    QTableView* m_table;
    QPlainTextEdit* m_detail;
};

} // namespace palisade::ui
