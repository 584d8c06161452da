#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariant>

namespace palisade {
struct PolicyRevision;
}

namespace palisade::ui {

// How the Policies area words and colours dates and revisions, so the table,
// the detail panel and the dialogs agree.
class PolicyLabels
{
    Q_DECLARE_TR_FUNCTIONS(palisade::ui::PolicyLabels)

public:
    // "2026-03-01", or an empty string for no date.
    static QString date(const QDate& date);
    // A sort key that puts dates in calendar order and "no date" last.
    static QVariant dateSortKey(const QDate& date);
    // "Rev 2"
    static QString revisionShort(int number);
    // "Rev 2 since 2026-03-01", or "Rev 2 from 2026-04-01" while it lies ahead.
    static QString inEffect(const PolicyRevision& revision, const QDate& today);
    // "Rev 3 in review", "Rev 3 draft".
    static QString openRevision(const PolicyRevision& revision);
    // The state, with an effective revision whose date lies ahead "Scheduled".
    static QString state(const PolicyRevision& revision, const QDate& today);

    static QColor overdueColor();
    static QColor dueSoonColor();
};

} // namespace palisade::ui
