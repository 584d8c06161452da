#include "ui/shell/BaaDueSummaryBox.h"

#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "core/vendors/BaaRegister.h"

namespace palisade::ui {

BaaDueSummaryBox::BaaDueSummaryBox(Program& program, QWidget* parent)
    : DueSummaryBox(tr("Business associate agreements"), tr("Open Vendors && BAAs"),
                    QStringLiteral("baaDue"), parent)
    , m_program(program)
{
    refresh();
}

bool BaaDueSummaryBox::available() const
{
    return m_program.isOpen();
}

Result<std::vector<DueSummaryBox::Line>> BaaDueSummaryBox::lines() const
{
    Result<std::vector<BaaDueItem>> due = m_program.baas().due(m_program.clock().today());
    if (!due)
        return due.error();
    std::vector<Line> out;
    out.reserve(due->size());
    for (const BaaDueItem& item : *due)
        out.push_back(Line{item.subject, item.message, item.overdue});
    return out;
}

QString BaaDueSummaryBox::nothingDueText() const
{
    return tr("Nothing due: every counterparty sharing PHI has an agreement in effect, and no "
              "review or expiry falls in the next weeks.");
}

QString BaaDueSummaryBox::moreText(int count) const
{
    return tr("…and %n more on the Vendors page.", nullptr, count);
}

} // namespace palisade::ui
