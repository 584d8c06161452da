#pragma once

#include "core/evidence/EvidencePack.h"
#include "core/evidence/PackBundle.h"
#include "core/evidence/PackRequest.h"
#include "core/evidence/PreparedPack.h"
#include "core/evidence/RenderedPack.h"
#include "core/io/OverwritePolicy.h"
#include "core/util/Result.h"

#include <QObject>
#include <atomic>
#include <optional>

namespace palisade {
class Program;
}

namespace palisade::ui {

class BackgroundTask;

// One export of an evidence pack, with the slow part off the UI thread: the
// program is read on the caller's thread (start), the PDF is laid out and
// painted on a worker, and the file is written and recorded back on the
// caller's thread once the worker is done. Nothing is written before the
// whole PDF is ready, so a cancelled or failed run leaves no file. With a
// bundle path, the bundle is written after the PDF is saved and recorded; if
// the bundle then fails, the pack stays exported and bundleError() says why.
class PackExportRun : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Running,
        Exported,
        Cancelled,
        Failed,
    };

    explicit PackExportRun(Program& program, QObject* parent = nullptr);
    // Cancels and waits for a render still under way; nothing is saved.
    ~PackExportRun() override;

    // Reads the program and starts rendering. False, with the state Failed and
    // errorMessage() saying why, when the request or the target is refused;
    // finished() then does not come.
    bool start(const PackRequest& request, const QString& path, OverwritePolicy overwrite,
               const QString& bundlePath = {});
    // Asks the render to stop after the page it is painting; false when none runs.
    bool cancel();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    QString path() const { return m_path; }
    QString bundlePath() const { return m_bundlePath; }
    // After Exported: the export as recorded.
    const std::optional<EvidencePack>& pack() const { return m_pack; }
    // After Exported with a bundle path: the bundle as written, or why not.
    const std::optional<PackBundle>& bundle() const { return m_bundle; }
    QString bundleError() const { return m_bundleError; }
    // After Failed: what went wrong, in the register's words.
    QString errorMessage() const { return m_error; }

signals:
    // From the worker, after each page; queued to receivers on the UI thread.
    void progressed(int pagesDone, int pageCount);
    // The run has ended: exported, cancelled or failed.
    void finished();

private:
    void onRendered();
    void fail(const QString& message);

    Program& m_program;
    BackgroundTask* m_task;
    State m_state = State::Idle;
    QString m_path;
    QString m_bundlePath;
    OverwritePolicy m_overwrite = OverwritePolicy::Refuse;
    std::optional<PreparedPack> m_prepared;
    std::optional<Result<RenderedPack>> m_rendered;
    std::optional<EvidencePack> m_pack;
    std::optional<PackBundle> m_bundle;
    QString m_bundleError;
    QString m_error;
    std::atomic<bool> m_cancelled{false};
};

} // namespace palisade::ui
