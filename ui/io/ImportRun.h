#pragma once

#include "core/util/Error.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <optional>

namespace palisade::ui {

class BackgroundTask;

// The read-and-check step of an import, run on a worker thread, that the
// user can cancel. The work returns the error that refused the file, or
// nothing; it may poll the flag it is given to stop early. Once cancelled,
// whatever the work found is to be dropped: finished() still comes, with
// wasCancelled() true. abort() also waits and drops the run without
// finished(), for closing; so does the destructor.
class ImportRun : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<std::optional<Error>(const std::atomic<bool>& cancelled)>;

    explicit ImportRun(QObject* parent = nullptr);
    ~ImportRun() override;

    bool isRunning() const;
    // Refused (false) while an earlier run is under way.
    bool start(Work work);
    // Asks the running work to stop without waiting for it; false when none runs.
    bool cancel();
    // Cancels and waits for the running work, without finished(); false when none ran.
    bool abort();

    // After finished(): whether the run was cancelled, and the error the work returned.
    bool wasCancelled() const { return m_cancelled.load(); }
    const std::optional<Error>& error() const { return m_error; }

signals:
    void finished();

private:
    BackgroundTask* m_task;
    std::atomic<bool> m_cancelled{false};
    std::optional<Error> m_error;
};

} // namespace palisade::ui
