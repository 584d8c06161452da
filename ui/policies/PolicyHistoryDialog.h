#pragma once

#include <QDialog>

namespace palisade {
class Program;
}

namespace palisade::ui {

class PolicyHistoryList;

// Every recorded change of one policy, its revisions and their approvals,
// newest first, as the audit trail holds them.
class PolicyHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    PolicyHistoryDialog(Program& program, qint64 policyId, QWidget* parent = nullptr);

    PolicyHistoryList* list() const { return m_list; }

private:
    PolicyHistoryList* m_list;
};

} // namespace palisade::ui
