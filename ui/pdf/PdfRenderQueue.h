#pragma once

#include "ui/pdf/PdfRenderJob.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QObject>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace palisade::ui {

// Renders pages on a background thread so scrolling and zooming stay smooth.
// The thread reads its own copy of the document (Poppler documents are not
// shared between threads). Page jobs go before thumbnails; a new set of page
// jobs replaces the pending ones, so pages scrolled past are never rendered.
class PdfRenderQueue : public QObject
{
    Q_OBJECT

public:
    explicit PdfRenderQueue(QObject* parent = nullptr);
    ~PdfRenderQueue() override;

    void setDocument(const QByteArray& pdf);
    void clear();

    void setPageJobs(const QList<PdfRenderJob>& jobs);
    void addThumbnailJob(int page, double dpi);

    // No job pending, running, or finished but not yet delivered.
    bool isIdle() const { return m_unfinished == 0; }

signals:
    void pageRendered(int page, double dpi, const QRect& area, const QImage& image);
    void thumbnailRendered(int page, const QImage& image);
    void idle();

private:
    void run();
    void finish(quint64 generation, const PdfRenderJob& job, const QImage& image);
    bool isQueuedOrBusy(const PdfRenderJob& job) const;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<PdfRenderJob> m_pageJobs;
    std::deque<PdfRenderJob> m_thumbnailJobs;
    QList<PdfRenderJob> m_busy;
    QByteArray m_pdf;
    quint64 m_generation = 0;
    bool m_stop = false;
    // Touched on the owning thread only.
    int m_unfinished = 0;
    std::thread m_thread;
};

} // namespace palisade::ui
