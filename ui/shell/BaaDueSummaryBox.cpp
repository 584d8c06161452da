#include "ui/shell/BaaDueSummaryBox.h"

#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "core/vendors/BaaRegister.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {

BaaDueSummaryBox::BaaDueSummaryBox(Program& program, QWidget* parent)
    : QGroupBox(tr("Business associate agreements"), parent)
    , m_program(program)
    , m_summary(new QLabel(this))
    , m_items(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("baaDueSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_items->setObjectName(QStringLiteral("baaDueItems"));
    m_items->setWordWrap(true);
    m_items->setTextFormat(Qt::PlainText);
    auto* open = new QPushButton(tr("Open Vendors && BAAs"), this);
    connect(open, &QPushButton::clicked, this, &BaaDueSummaryBox::openRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_summary);
    layout->addWidget(m_items);
    layout->addLayout(buttons);
    refresh();
}

void BaaDueSummaryBox::refresh()
{
    if (!m_program.isOpen())
        return;
    Result<std::vector<BaaDueItem>> due = m_program.baas().due(m_program.clock().today());
    if (!due) {
        m_summary->setText(due.error().message);
        m_items->clear();
        return;
    }
    const auto overdue = std::count_if(due->begin(), due->end(),
                                       [](const BaaDueItem& item) { return item.overdue; });
    const auto coming = qsizetype(due->size()) - overdue;
    if (due->empty())
        m_summary->setText(tr("Nothing due: every counterparty sharing PHI has an agreement in "
                              "effect, and no review or expiry falls in the next weeks."));
    else
        m_summary->setText(tr("%1 need attention now; %2 coming due.")
                               .arg(tr("%n finding(s)", nullptr, int(overdue)),
                                    tr("%n date(s)", nullptr, int(coming))));
    m_summary->setStyleSheet(overdue > 0 ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                         : QString());
    QStringList lines;
    for (std::size_t i = 0; i < due->size() && i < std::size_t(shownItems); ++i)
        lines << QStringLiteral("\u2022 %1: %2").arg((*due)[i].subject, (*due)[i].message);
    if (due->size() > std::size_t(shownItems))
        lines << tr("…and %n more on the Vendors page.", nullptr, int(due->size()) - shownItems);
    m_items->setText(lines.join(QLatin1Char('\n')));
    m_items->setVisible(!lines.isEmpty());
}

QString BaaDueSummaryBox::summaryText() const
{
    return m_summary->text();
}

QString BaaDueSummaryBox::itemsText() const
{
    return m_items->text();
}

} // namespace palisade::ui
