#include "ui/shell/PlannedAreaPage.h"

#include "ui/shell/PageHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace palisade::ui {

PlannedAreaPage::PlannedAreaPage(const QString& title, const QString& summary, const QIcon& icon,
                                 QWidget* parent)
    : QWidget(parent)
    , m_title(title)
    , m_notice(tr("%1 is not built yet.").arg(title))
    , m_summary(summary)
{
    setObjectName(QStringLiteral("plannedAreaPage"));

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("plannedCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(680);
    card->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto* notice = new QLabel(m_notice, card);
    notice->setObjectName(QStringLiteral("plannedNotice"));
    notice->setTextFormat(Qt::PlainText);
    notice->setWordWrap(true);
    QFont bold = notice->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    notice->setFont(bold);

    auto* lead = new QLabel(tr("When it is, this area will hold:"), card);
    lead->setWordWrap(true);

    auto* summaryLabel = new QLabel(summary, card);
    summaryLabel->setObjectName(QStringLiteral("plannedSummary"));
    summaryLabel->setTextFormat(Qt::PlainText);
    summaryLabel->setWordWrap(true);

    auto* meanwhile = new QLabel(tr("Nothing is stored for this area yet, so there is nothing "
                                    "here to review or export."),
                                 card);
    meanwhile->setWordWrap(true);
    meanwhile->setForegroundRole(QPalette::PlaceholderText);

    auto* text = new QVBoxLayout;
    text->setSpacing(10);
    text->addWidget(notice);
    text->addWidget(lead);
    text->addWidget(summaryLabel);
    text->addWidget(meanwhile);

    auto* cardLayout = new QHBoxLayout(card);
    cardLayout->setContentsMargins(20, 18, 20, 18);
    cardLayout->setSpacing(18);
    if (!icon.isNull()) {
        auto* iconLabel = new QLabel(card);
        iconLabel->setPixmap(icon.pixmap(48, 48));
        iconLabel->setAlignment(Qt::AlignTop);
        cardLayout->addWidget(iconLabel, 0, Qt::AlignTop);
    }
    cardLayout->addLayout(text, 1);

    // The card takes up to its maximum width and leaves the rest of the row empty.
    auto* row = new QHBoxLayout;
    row->addWidget(card, 2);
    row->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(16);
    layout->addWidget(new PageHeader(title, {}, this));
    layout->addLayout(row);
    layout->addStretch(1);
}

QString PlannedAreaPage::text() const
{
    return m_notice + QLatin1Char('\n') + m_summary;
}

} // namespace palisade::ui
