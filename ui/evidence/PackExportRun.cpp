#include "ui/evidence/PackExportRun.h"

#include "core/evidence/EvidencePackRegister.h"
#include "core/io/ExportTarget.h"
#include "core/program/Program.h"
#include "ui/io/BackgroundTask.h"

namespace palisade::ui {

PackExportRun::PackExportRun(Program& program, QObject* parent)
    : QObject(parent)
    , m_program(program)
    , m_task(new BackgroundTask(this))
{
    connect(m_task, &BackgroundTask::finished, this, &PackExportRun::onRendered);
}

PackExportRun::~PackExportRun()
{
    // The worker reads the prepared pack and the flag, which end with this object.
    m_cancelled.store(true);
    m_task->wait();
}

bool PackExportRun::start(const PackRequest& request, const QString& path,
                          OverwritePolicy overwrite, const QString& bundlePath)
{
    if (isRunning())
        return false;
    m_path = path;
    m_bundlePath = bundlePath;
    m_bundle.reset();
    m_bundleError.clear();
    m_overwrite = overwrite;
    m_prepared.reset();
    m_rendered.reset();
    m_pack.reset();
    m_error.clear();
    m_cancelled.store(false);

    if (!m_program.isOpen() || m_program.isReadOnly()) {
        fail(tr("The program file is not open for writing."));
        return false;
    }
    // Checked before the slow part, so a refusal does not wait for a render.
    for (const QString& target : {path, bundlePath}) {
        if (target.isEmpty())
            continue;
        if (Result<void> checked = ExportTarget::check(target, overwrite); !checked) {
            fail(checked.error().message);
            return false;
        }
    }
    Result<PreparedPack> prepared = m_program.evidencePacks().prepare(request);
    if (!prepared) {
        fail(prepared.error().message);
        return false;
    }
    m_prepared = std::move(prepared).value();
    m_state = State::Running;
    const bool started = m_task->start([this] {
        m_rendered = EvidencePackRegister::render(*m_prepared, [this](int done, int count) {
            emit progressed(done, count);
            return !m_cancelled.load();
        });
    });
    if (!started) {
        fail(tr("Another export is still under way."));
        return false;
    }
    return true;
}

bool PackExportRun::cancel()
{
    if (!isRunning())
        return false;
    m_cancelled.store(true);
    return true;
}

void PackExportRun::fail(const QString& message)
{
    m_state = State::Failed;
    m_error = message;
}

void PackExportRun::onRendered()
{
    if (m_state != State::Running)
        return;
    const std::optional<Result<RenderedPack>> rendered = std::move(m_rendered);
    m_rendered.reset();
    if (m_cancelled.load() || (rendered && *rendered && (*rendered)->cancelled)) {
        m_state = State::Cancelled;
    } else if (!rendered) {
        fail(tr("The evidence pack was not rendered."));
    } else if (!*rendered) {
        fail(rendered->error().message);
    } else if (!m_program.isOpen()) {
        fail(tr("The program file was locked before the pack could be recorded."));
    } else {
        Result<EvidencePack> saved =
            m_program.evidencePacks().save(*m_prepared, rendered->value(), m_path, m_overwrite);
        if (saved) {
            m_pack = std::move(saved).value();
            m_state = State::Exported;
            if (!m_bundlePath.isEmpty()) {
                Result<PackBundle> bundle = m_program.evidencePacks().saveBundle(
                    *m_prepared, rendered->value(), *m_pack, m_bundlePath, m_overwrite);
                if (bundle)
                    m_bundle = std::move(bundle).value();
                else
                    m_bundleError = bundle.error().message;
            }
        } else {
            fail(saved.error().message);
        }
    }
    m_prepared.reset();
    emit finished();
}

} // namespace palisade::ui
