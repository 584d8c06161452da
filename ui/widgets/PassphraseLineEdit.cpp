#include "ui/widgets/PassphraseLineEdit.h"

#include "core/util/SecretBuffer.h"

#include <QAction>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <algorithm>

namespace palisade::ui {
namespace {

// Drawn rather than taken from the icon theme, which is often missing (and
// always missing offscreen), so the button never shows up blank.
QIcon eyeIcon(bool crossedOut, const QColor& color)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        QPen pen(color, std::max(1.0, s / 14.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        QPainterPath outline;
        outline.moveTo(s * 0.06, s * 0.5);
        outline.quadTo(s * 0.5, s * 0.06, s * 0.94, s * 0.5);
        outline.quadTo(s * 0.5, s * 0.94, s * 0.06, s * 0.5);
        painter.drawPath(outline);
        painter.setBrush(color);
        painter.drawEllipse(QPointF(s * 0.5, s * 0.5), s * 0.14, s * 0.14);
        if (crossedOut) {
            painter.setBrush(Qt::NoBrush);
            painter.drawLine(QPointF(s * 0.15, s * 0.85), QPointF(s * 0.85, s * 0.15));
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

PassphraseLineEdit::PassphraseLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setClearButtonEnabled(false);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase |
                        Qt::ImhSensitiveData);
    m_reveal = addAction(QIcon(), QLineEdit::TrailingPosition);
    m_reveal->setCheckable(true);
    m_reveal->setObjectName(QStringLiteral("revealPassphraseAction"));
    connect(m_reveal, &QAction::toggled, this, &PassphraseLineEdit::setRevealed);
    updateRevealAction();
}

bool PassphraseLineEdit::isRevealed() const
{
    return echoMode() == QLineEdit::Normal;
}

void PassphraseLineEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    if (m_reveal->isChecked() != revealed)
        m_reveal->setChecked(revealed);
    updateRevealAction();
}

void PassphraseLineEdit::updateRevealAction()
{
    const bool revealed = isRevealed();
    const QColor color = palette().color(QPalette::Text);
    m_reveal->setIcon(eyeIcon(revealed, color));
    m_reveal->setText(revealed ? tr("Hide passphrase") : tr("Show passphrase"));
    m_reveal->setToolTip(m_reveal->text());
}

SecretBuffer PassphraseLineEdit::secret() const
{
    return SecretBuffer::fromString(text());
}

void PassphraseLineEdit::wipe()
{
    clear();
    setRevealed(false);
}

} // namespace palisade::ui
