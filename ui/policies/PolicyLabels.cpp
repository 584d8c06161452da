#include "ui/policies/PolicyLabels.h"

#include "core/policies/PolicyRevision.h"
#include "ui/assets/FindingMark.h"

#include <limits>

namespace palisade::ui {

QString PolicyLabels::date(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant PolicyLabels::dateSortKey(const QDate& date)
{
    return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::max();
}

QString PolicyLabels::revisionShort(int number)
{
    return tr("Rev %1").arg(number);
}

QString PolicyLabels::inEffect(const PolicyRevision& revision, const QDate& today)
{
    if (revision.effectiveOn > today)
        return tr("Rev %1 from %2").arg(revision.number).arg(date(revision.effectiveOn));
    return tr("Rev %1 since %2").arg(revision.number).arg(date(revision.effectiveOn));
}

QString PolicyLabels::openRevision(const PolicyRevision& revision)
{
    if (revision.state == RevisionState::InReview)
        return tr("Rev %1 in review").arg(revision.number);
    return tr("Rev %1 draft").arg(revision.number);
}

QString PolicyLabels::state(const PolicyRevision& revision, const QDate& today)
{
    if (revision.state == RevisionState::Effective && revision.effectiveOn > today)
        return tr("Scheduled");
    return revisionStateLabel(revision.state);
}

QColor PolicyLabels::overdueColor()
{
    return findingmark::color();
}

QColor PolicyLabels::dueSoonColor()
{
    return QColor(0x9a, 0x5b, 0x00);
}

} // namespace palisade::ui
