#include "ui/shell/PolicyReviewSummaryBox.h"

#include "core/policies/PolicyRegister.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "ui/policies/PolicyLabels.h"

namespace palisade::ui {

PolicyReviewSummaryBox::PolicyReviewSummaryBox(Program& program, QWidget* parent)
    : DueSummaryBox(tr("Policy reviews"), tr("Open Policies"), QStringLiteral("policyReview"),
                    parent)
    , m_program(program)
{
    refresh();
}

bool PolicyReviewSummaryBox::available() const
{
    return m_program.isOpen();
}

Result<std::vector<DueSummaryBox::Line>> PolicyReviewSummaryBox::lines() const
{
    const QDate today = m_program.clock().today();
    Result<std::vector<PolicyReviewItem>> items = m_program.policies().reviewsDue(today);
    if (!items)
        return items.error();
    std::vector<Line> out;
    for (const PolicyReviewItem& item : *items) {
        const QString subject = item.code + QLatin1Char(' ') + item.title;
        if (!item.hasEffectiveRevision())
            out.push_back(Line{subject, tr("no approved revision in effect"), true});
        else if (item.overdue)
            out.push_back(Line{subject,
                               tr("review overdue by %n day(s), since %1", nullptr,
                                  item.daysOverdue)
                                   .arg(PolicyLabels::date(item.nextReviewOn)),
                               true});
        else if (item.dueSoon)
            out.push_back(Line{subject,
                               tr("review due on %1").arg(PolicyLabels::date(item.nextReviewOn)),
                               false});
    }
    return out;
}

QString PolicyReviewSummaryBox::nothingDueText() const
{
    return tr("Nothing due: every policy in use has an approved revision in effect, and no "
              "review falls in the next 30 days.");
}

QString PolicyReviewSummaryBox::moreText(int count) const
{
    return tr("…and %n more on the Policies page.", nullptr, count);
}

} // namespace palisade::ui
