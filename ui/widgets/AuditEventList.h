#pragma once

#include "core/audit/AuditEvent.h"

#include <QListWidget>
#include <vector>

namespace palisade::ui {

// The recorded changes of one record, newest first, one sentence each. Each
// area says in its own words what an event means by overriding describe().
class AuditEventList : public QListWidget
{
    Q_OBJECT

public:
    explicit AuditEventList(QWidget* parent = nullptr);

    void setEvents(const std::vector<AuditEvent>& events);
    // A sentence in place of the list, e.g. when the history cannot be read.
    void showMessage(const QString& message);

    // "2026-03-01 09:00", in local time.
    static QString when(const AuditEvent& event);

protected:
    virtual QString describe(const AuditEvent& event) const = 0;
};

} // namespace palisade::ui
