#include "ui/audit/AuditVerificationRunner.h"

#include "core/audit/AuditTrail.h"

#include <QThread>
#include <QTimer>
#include <atomic>
#include <exception>

namespace palisade::ui {

struct AuditVerificationRunner::Job
{
    std::atomic<bool> cancel{false};
    std::atomic<qint64> checked{0};
    ChainVerification result;
    QString error;
};

AuditVerificationRunner::AuditVerificationRunner(const AuditTrail& trail, QObject* parent)
    : QObject(parent)
    , m_trail(trail)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_job)
            emit progressed(m_job->checked.load(), m_total);
    });
}

AuditVerificationRunner::~AuditVerificationRunner()
{
    stop();
}

void AuditVerificationRunner::start()
{
    if (isRunning())
        return;
    try {
        m_total = m_trail.count();
    } catch (const std::exception& e) {
        emit failed(QString::fromUtf8(e.what()));
        return;
    }
    auto job = std::make_shared<Job>();
    m_job = job;
    const AuditTrail& trail = m_trail;
    m_thread = QThread::create([job, &trail] {
        try {
            job->result = trail.verify([job](qint64 checked) {
                job->checked.store(checked);
                return !job->cancel.load();
            });
        } catch (const std::exception& e) {
            job->error = QString::fromUtf8(e.what());
        }
    });
    connect(m_thread, &QThread::finished, this, &AuditVerificationRunner::onThreadFinished);
    emit started(m_total);
    m_poll->start();
    m_thread->start();
}

void AuditVerificationRunner::cancel()
{
    if (m_job)
        m_job->cancel.store(true);
}

void AuditVerificationRunner::stop()
{
    if (!m_thread)
        return;
    m_job->cancel.store(true);
    m_thread->disconnect(this);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_job.reset();
    m_poll->stop();
}

void AuditVerificationRunner::onThreadFinished()
{
    // The queued finished() of a thread that stop() already waited for and
    // deleted can still arrive: disconnecting does not remove posted events.
    if (!m_thread || sender() != m_thread)
        return;
    m_poll->stop();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const std::shared_ptr<Job> job = std::move(m_job);
    if (!job->error.isEmpty()) {
        emit failed(job->error);
        return;
    }
    emit progressed(job->result.eventsChecked, m_total);
    emit finished(job->result);
}

} // namespace palisade::ui
