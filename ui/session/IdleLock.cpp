#include "ui/session/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <algorithm>

namespace palisade::ui {

IdleLock::IdleLock(std::chrono::milliseconds interval, QObject* parent)
    : QObject(parent)
    , m_interval(std::max(interval, std::chrono::milliseconds(1)))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::onTimeout);
}

IdleLock::~IdleLock()
{
    stop();
}

void IdleLock::setInterval(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, std::chrono::milliseconds(1));
    if (m_active)
        arm();
}

void IdleLock::start()
{
    if (!m_active) {
        if (QCoreApplication* app = QCoreApplication::instance())
            app->installEventFilter(this);
        m_active = true;
    }
    m_sinceActivity.start();
    arm();
}

void IdleLock::stop()
{
    if (m_active) {
        if (QCoreApplication* app = QCoreApplication::instance())
            app->removeEventFilter(this);
        m_active = false;
    }
    m_timer.stop();
}

void IdleLock::arm()
{
    const auto elapsed = std::chrono::milliseconds(m_sinceActivity.elapsed());
    m_timer.start(std::max(m_interval - elapsed, std::chrono::milliseconds(0)));
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // Only a timestamp here: restarting the timer on every mouse move would be wasteful.
        m_sinceActivity.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::onTimeout()
{
    if (!m_active)
        return;
    if (std::chrono::milliseconds(m_sinceActivity.elapsed()) < m_interval) {
        arm();
        return;
    }
    stop();
    emit idle();
}

} // namespace palisade::ui
