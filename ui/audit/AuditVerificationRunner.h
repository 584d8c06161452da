#pragma once

#include "core/audit/ChainVerification.h"

#include <QObject>
#include <memory>

class QThread;
class QTimer;

namespace palisade {
class AuditTrail;
}

namespace palisade::ui {

// Walks the audit chain on a worker thread. The trail must outlive the run;
// the destructor cancels and waits, and so must whoever closes the file.
class AuditVerificationRunner : public QObject
{
    Q_OBJECT

public:
    explicit AuditVerificationRunner(const AuditTrail& trail, QObject* parent = nullptr);
    ~AuditVerificationRunner() override;

    bool isRunning() const { return m_thread != nullptr; }
    void start();
    // Asks the worker to stop; finished() still follows, with `cancelled` set.
    void cancel();
    // Cancels and blocks until the worker has stopped, without emitting finished().
    void stop();

signals:
    void started(qint64 total);
    void progressed(qint64 checked, qint64 total);
    void finished(const palisade::ChainVerification& result);
    void failed(const QString& message);

private:
    struct Job;

    void onThreadFinished();

    const AuditTrail& m_trail;
    std::shared_ptr<Job> m_job;
    QThread* m_thread = nullptr;
    QTimer* m_poll;
    qint64 m_total = 0;
};

} // namespace palisade::ui
