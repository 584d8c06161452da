#include "ui/widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace palisade::ui {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(false);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QString border = QStringLiteral("#3b7dd8");
    QString background = QStringLiteral("#e8f0fb");
    switch (kind) {
    case Kind::Information:
        break;
    case Kind::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        border = QStringLiteral("#c98a00");
        background = QStringLiteral("#fff6dd");
        break;
    case Kind::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        border = QStringLiteral("#c62828");
        background = QStringLiteral("#fdecea");
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    // Scoped by object name so the tint does not leak into the labels.
    setStyleSheet(
        QStringLiteral("QFrame#messageBanner { background: %1; border: 1px solid %2; "
                       "border-radius: 4px; } QFrame#messageBanner QLabel { color: #1f1f1f; "
                       "background: transparent; }")
            .arg(background, border));
    m_text->setText(text);
    setAccessibleDescription(text);
    show();
}

void MessageBanner::clearMessage()
{
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace palisade::ui
