#include "ui/pdf/PdfMessagePanel.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace palisade::ui {

PdfMessagePanel::PdfMessagePanel(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_message(new QLabel(this))
{
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_heading->setFont(font);
    for (QLabel* label : {m_icon, m_heading, m_message})
        label->setAlignment(Qt::AlignHCenter);
    m_heading->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->setSpacing(8);
    layout->addStretch(1);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    // Wrapped labels take the full width; their text is centred inside.
    layout->addWidget(m_heading);
    layout->addWidget(m_message);
    layout->addStretch(2);
    setAutoFillBackground(true);
    showEmpty();
}

void PdfMessagePanel::showEmpty()
{
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_FileIcon).pixmap(48, 48));
    m_heading->setText(tr("No document"));
    m_message->setText(tr("There is no PDF document to show."));
}

void PdfMessagePanel::showError(const QString& heading, const QString& message)
{
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    m_heading->setText(heading);
    m_message->setText(message);
}

QString PdfMessagePanel::heading() const
{
    return m_heading->text();
}

QString PdfMessagePanel::message() const
{
    return m_message->text();
}

} // namespace palisade::ui
