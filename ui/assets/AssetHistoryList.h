#pragma once

#include "core/audit/AuditEvent.h"

#include <QListWidget>
#include <vector>

namespace palisade::ui {

// The recorded changes of one asset, newest first, one line each: when, who,
// what they did and which fields changed.
class AssetHistoryList : public QListWidget
{
    Q_OBJECT

public:
    explicit AssetHistoryList(QWidget* parent = nullptr);

    void setEvents(const std::vector<AuditEvent>& events);
    void showError(const QString& message);

    static QString describe(const AuditEvent& event);

private:
    static QString fieldLabel(const QString& key);
};

} // namespace palisade::ui
