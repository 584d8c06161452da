#pragma once

#include "ui/widgets/AuditEventList.h"

namespace palisade::ui {

// The recorded changes of a policy, its revisions and their approvals, newest
// first, one sentence each, e.g. "2026-03-01 09:00  Dana Whitfield submitted
// revision 2 for review".
class PolicyHistoryList : public AuditEventList
{
    Q_OBJECT

public:
    explicit PolicyHistoryList(QWidget* parent = nullptr);

    static QString sentence(const AuditEvent& event);

protected:
    QString describe(const AuditEvent& event) const override { return sentence(event); }

private:
    static QString policySentence(const AuditEvent& event);
    static QString revisionSentence(const AuditEvent& event);
    static QString approvalSentence(const AuditEvent& event);
};

} // namespace palisade::ui
