#pragma once

#include "core/audit/AuditEvent.h"

#include <QListWidget>
#include <vector>

namespace palisade::ui {

// The recorded changes of a counterparty or an agreement (with its
// documents), newest first, one line each: when, who, what they did and
// which fields changed.
class VendorHistoryList : public QListWidget
{
    Q_OBJECT

public:
    explicit VendorHistoryList(QWidget* parent = nullptr);

    void setEvents(const std::vector<AuditEvent>& events);
    // A sentence in place of the list, e.g. for a record not saved yet.
    void showMessage(const QString& message);

    static QString describe(const AuditEvent& event);
    static QString fieldLabel(const QString& key);
};

} // namespace palisade::ui
