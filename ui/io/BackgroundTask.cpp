#include "ui/io/BackgroundTask.h"

#include <QThread>

namespace palisade::ui {

BackgroundTask::BackgroundTask(QObject* parent)
    : QObject(parent)
{
}

BackgroundTask::~BackgroundTask()
{
    wait();
}

bool BackgroundTask::start(std::function<void()> work)
{
    if (isRunning())
        return false;
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, this, &BackgroundTask::onThreadFinished);
    m_thread->start();
    return true;
}

void BackgroundTask::wait()
{
    if (!m_thread)
        return;
    m_thread->disconnect(this);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void BackgroundTask::onThreadFinished()
{
    // A finished() queued before wait() deleted the thread can still arrive.
    if (!m_thread || sender() != m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    emit finished();
}

} // namespace palisade::ui
