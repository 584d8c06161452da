#include "ui/pdf/PdfRenderQueue.h"

#include "core/pdf/PdfDocument.h"

#include <algorithm>
#include <optional>

namespace palisade::ui {

PdfRenderQueue::PdfRenderQueue(QObject* parent)
    : QObject(parent)
{
    m_thread = std::thread([this] { run(); });
}

PdfRenderQueue::~PdfRenderQueue()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
        m_pageJobs.clear();
        m_thumbnailJobs.clear();
    }
    m_wake.notify_all();
    m_thread.join();
}

void PdfRenderQueue::setDocument(const QByteArray& pdf)
{
    bool wasIdle = false;
    {
        const std::lock_guard lock(m_mutex);
        ++m_generation;
        m_pdf = pdf;
        m_unfinished -= static_cast<int>(m_pageJobs.size() + m_thumbnailJobs.size());
        m_pageJobs.clear();
        m_thumbnailJobs.clear();
        // Jobs still running belong to the old document; their results are dropped.
        m_busy.clear();
        wasIdle = m_unfinished == 0;
    }
    if (wasIdle)
        emit idle();
}

void PdfRenderQueue::clear()
{
    setDocument(QByteArray());
}

bool PdfRenderQueue::isQueuedOrBusy(const PdfRenderJob& job) const
{
    const auto& queue = job.kind == PdfRenderJob::Kind::Page ? m_pageJobs : m_thumbnailJobs;
    return m_busy.contains(job) || std::find(queue.cbegin(), queue.cend(), job) != queue.cend();
}

void PdfRenderQueue::setPageJobs(const QList<PdfRenderJob>& jobs)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_pdf.isEmpty())
            return;
        m_unfinished -= static_cast<int>(m_pageJobs.size());
        m_pageJobs.clear();
        for (PdfRenderJob job : jobs) {
            job.kind = PdfRenderJob::Kind::Page;
            if (isQueuedOrBusy(job))
                continue;
            m_pageJobs.push_back(job);
            ++m_unfinished;
        }
    }
    m_wake.notify_one();
}

void PdfRenderQueue::addThumbnailJob(int page, double dpi)
{
    const PdfRenderJob job{PdfRenderJob::Kind::Thumbnail, page, dpi, QRect()};
    {
        const std::lock_guard lock(m_mutex);
        if (m_pdf.isEmpty() || isQueuedOrBusy(job))
            return;
        m_thumbnailJobs.push_back(job);
        ++m_unfinished;
    }
    m_wake.notify_one();
}

void PdfRenderQueue::run()
{
    std::optional<PdfDocument> document;
    quint64 loaded = 0;
    for (;;) {
        PdfRenderJob job;
        quint64 generation = 0;
        QByteArray pdf;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(
                lock, [this] { return m_stop || !m_pageJobs.empty() || !m_thumbnailJobs.empty(); });
            if (m_stop)
                return;
            auto& queue = m_pageJobs.empty() ? m_thumbnailJobs : m_pageJobs;
            job = queue.front();
            queue.pop_front();
            m_busy.append(job);
            generation = m_generation;
            if (generation != loaded)
                pdf = m_pdf;
        }
        if (generation != loaded) {
            document.reset();
            if (Result<PdfDocument> opened = PdfDocument::load(pdf))
                document.emplace(std::move(opened).value());
            loaded = generation;
        }
        QImage image;
        if (document) {
            image = job.area.isNull() ? document->renderPage(job.page, job.dpi)
                                      : document->renderPageArea(job.page, job.dpi, job.area);
        }
        QMetaObject::invokeMethod(
            this, [this, generation, job, image] { finish(generation, job, image); },
            Qt::QueuedConnection);
    }
}

void PdfRenderQueue::finish(quint64 generation, const PdfRenderJob& job, const QImage& image)
{
    bool current = false;
    {
        const std::lock_guard lock(m_mutex);
        current = generation == m_generation;
        if (current)
            m_busy.removeOne(job);
    }
    --m_unfinished;
    if (current && !image.isNull()) {
        if (job.kind == PdfRenderJob::Kind::Page)
            emit pageRendered(job.page, job.dpi, job.area, image);
        else
            emit thumbnailRendered(job.page, image);
    }
    if (m_unfinished == 0)
        emit idle();
}

} // namespace palisade::ui
