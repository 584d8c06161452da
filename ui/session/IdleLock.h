#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace palisade::ui {

// Watches the whole application for keyboard and mouse activity and emits
// idle() once when there has been none for the interval. start() re-arms it.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(std::chrono::milliseconds interval, QObject* parent = nullptr);
    ~IdleLock() override;

    std::chrono::milliseconds interval() const { return m_interval; }
    // Takes effect at once, counted from the last activity.
    void setInterval(std::chrono::milliseconds interval);

    void start();
    void stop();
    bool isActive() const { return m_active; }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTimeout();
    void arm();

    std::chrono::milliseconds m_interval;
    QTimer m_timer;
    QElapsedTimer m_sinceActivity;
    bool m_active = false;
};

} // namespace palisade::ui
