#include "ui/shell/ShellStatusBar.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace palisade::ui {

ShellStatusBar::ShellStatusBar(QWidget* parent)
    : QStatusBar(parent)
    , m_path(new QLabel(this))
    , m_lockIcon(new QLabel(this))
    , m_lockState(new QLabel(this))
    , m_actor(new QLabel(this))
{
    setObjectName(QStringLiteral("shellStatusBar"));
    for (QLabel* label : {m_path, m_lockState, m_actor})
        label->setTextFormat(Qt::PlainText);
    m_path->setObjectName(QStringLiteral("statusPath"));
    m_lockState->setObjectName(QStringLiteral("statusLock"));
    m_actor->setObjectName(QStringLiteral("statusActor"));
    m_path->setMinimumWidth(80);
    m_path->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* lock = new QWidget(this);
    auto* lockLayout = new QHBoxLayout(lock);
    lockLayout->setContentsMargins(8, 0, 8, 0);
    lockLayout->setSpacing(4);
    lockLayout->addWidget(m_lockIcon);
    lockLayout->addWidget(m_lockState);

    addWidget(m_path, 1);
    addPermanentWidget(lock);
    addPermanentWidget(m_actor);
}

void ShellStatusBar::setFilePath(const QString& path)
{
    const QString native = QDir::toNativeSeparators(path);
    m_path->setText(native);
    m_path->setToolTip(native);
}

void ShellStatusBar::setLockState(bool unlocked, bool readOnly)
{
    QString text = unlocked ? tr("Unlocked") : tr("Locked");
    if (unlocked && readOnly)
        text = tr("Unlocked, read-only");
    m_lockState->setText(text);
    m_lockState->setToolTip(unlocked ? tr("The file is open. Lock it with Ctrl+L.")
                                     : tr("The file is closed."));
    // A coloured dot: green while the file is open, grey once it is closed.
    const int size = fontMetrics().height() * 2 / 3;
    const qreal ratio = devicePixelRatioF();
    QPixmap dot(QSize(size, size) * ratio);
    dot.setDevicePixelRatio(ratio);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(unlocked ? QColor(0x2e, 0x8b, 0x57) : palette().color(QPalette::Mid));
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    painter.end();
    m_lockIcon->setPixmap(dot);
}

void ShellStatusBar::setActor(const QString& actor)
{
    m_actor->setText(tr("Recording as %1").arg(actor));
    m_actor->setToolTip(tr("Changes are recorded in the audit trail under this name."));
}

QString ShellStatusBar::filePathText() const
{
    return m_path->text();
}

QString ShellStatusBar::lockStateText() const
{
    return m_lockState->text();
}

QString ShellStatusBar::actorText() const
{
    return m_actor->text();
}

} // namespace palisade::ui
