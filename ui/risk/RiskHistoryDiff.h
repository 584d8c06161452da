#pragma once

#include "core/audit/AuditEvent.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace palisade::ui {

// Turns the before and after JSON that the risk register records with each
// change into what a person reads: field names in words, levels and statuses
// by their labels, assets by name.
class RiskHistoryDiff
{
    Q_DECLARE_TR_FUNCTIONS(palisade::ui::RiskHistoryDiff)

public:
    struct Change
    {
        QString key;
        QString field;  // human name, e.g. "Due"
        QString before; // full value, "none" when empty
        QString after;
    };

    // `assetNames` maps asset ids to names; unknown ids show as "asset #N".
    explicit RiskHistoryDiff(QHash<qint64, QString> assetNames = {});

    // The fields that differ, in the order the editor shows them.
    std::vector<Change> changes(const AuditEvent& event) const;
    // One line, e.g. "Status: Identified → In Remediation; Due: 2026-04-01 → 2026-05-01".
    QString summary(const AuditEvent& event) const;
    // Every changed field with its full values, one block each.
    QString detail(const AuditEvent& event) const;

    static QString actionLabel(const AuditEvent& event);
    static QString fieldLabel(const QString& key);

private:
    QString valueText(const QString& entity, const QString& key, const QJsonValue& value) const;
    static QString elided(const QString& text);
    static bool isTask(const AuditEvent& event);
    static QString taskTitle(const AuditEvent& event);

    QHash<qint64, QString> m_assetNames;
};

} // namespace palisade::ui
