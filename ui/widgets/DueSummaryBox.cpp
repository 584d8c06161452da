#include "ui/widgets/DueSummaryBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {

DueSummaryBox::DueSummaryBox(const QString& title, const QString& openLabel, const QString& name,
                             QWidget* parent)
    : QGroupBox(title, parent)
    , m_summary(new QLabel(this))
    , m_items(new QLabel(this))
{
    m_summary->setObjectName(name + QStringLiteral("Summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_items->setObjectName(name + QStringLiteral("Items"));
    m_items->setWordWrap(true);
    m_items->setTextFormat(Qt::PlainText);
    auto* open = new QPushButton(openLabel, this);
    connect(open, &QPushButton::clicked, this, &DueSummaryBox::openRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_summary);
    layout->addWidget(m_items);
    layout->addLayout(buttons);
}

void DueSummaryBox::refresh()
{
    if (!available())
        return;
    const Result<std::vector<Line>> due = lines();
    if (!due) {
        m_summary->setText(due.error().message);
        m_summary->setStyleSheet(QString());
        m_items->clear();
        m_items->hide();
        return;
    }
    const auto overdue =
        std::count_if(due->begin(), due->end(), [](const Line& line) { return line.overdue; });
    const auto coming = qsizetype(due->size()) - overdue;
    if (due->empty())
        m_summary->setText(nothingDueText());
    else {
        QStringList parts;
        if (overdue > 0)
            parts << tr("%n finding(s) need attention now.", nullptr, int(overdue));
        if (coming > 0)
            parts << tr("%n date(s) coming due.", nullptr, int(coming));
        m_summary->setText(parts.join(QLatin1Char(' ')));
    }
    m_summary->setStyleSheet(overdue > 0 ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                         : QString());
    QStringList shown;
    for (std::size_t i = 0; i < due->size() && i < std::size_t(shownItems); ++i)
        shown << QStringLiteral("\u2022 %1: %2").arg((*due)[i].subject, (*due)[i].message);
    if (due->size() > std::size_t(shownItems))
        shown << moreText(int(due->size()) - shownItems);
    m_items->setText(shown.join(QLatin1Char('\n')));
    m_items->setVisible(!shown.isEmpty());
}

QString DueSummaryBox::summaryText() const
{
    return m_summary->text();
}

QString DueSummaryBox::itemsText() const
{
    return m_items->text();
}

} // namespace palisade::ui
