#include "ui/io/ImportRun.h"

#include "ui/io/BackgroundTask.h"

namespace palisade::ui {

ImportRun::ImportRun(QObject* parent)
    : QObject(parent)
    , m_task(new BackgroundTask(this))
{
    connect(m_task, &BackgroundTask::finished, this, &ImportRun::finished);
}

ImportRun::~ImportRun()
{
    // The work reads the flag and writes the error, which end with this object.
    abort();
}

bool ImportRun::isRunning() const
{
    return m_task->isRunning();
}

bool ImportRun::start(Work work)
{
    if (isRunning())
        return false;
    m_cancelled.store(false);
    m_error.reset();
    return m_task->start([this, work = std::move(work)] { m_error = work(m_cancelled); });
}

bool ImportRun::cancel()
{
    if (!isRunning())
        return false;
    m_cancelled.store(true);
    return true;
}

bool ImportRun::abort()
{
    if (!isRunning())
        return false;
    m_cancelled.store(true);
    m_task->wait();
    return true;
}

} // namespace palisade::ui
