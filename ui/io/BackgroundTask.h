#pragma once

#include <QObject>
#include <functional>

class QThread;

namespace palisade::ui {

// Runs one piece of work on a worker thread and reports back on the thread
// that started it. The work must not touch widgets. The destructor waits for
// the work, so whatever it references stays alive until it ends.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundTask(QObject* parent = nullptr);
    ~BackgroundTask() override;

    bool isRunning() const { return m_thread != nullptr; }
    // Refused (false) while earlier work is still running.
    bool start(std::function<void()> work);
    // Blocks until the running work has ended, without emitting finished().
    void wait();

signals:
    void finished();

private:
    void onThreadFinished();

    QThread* m_thread = nullptr;
};

} // namespace palisade::ui
