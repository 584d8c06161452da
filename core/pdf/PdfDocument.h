#pragma once

#include "core/pdf/PdfMatch.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>
#include <memory>

namespace palisade {

// A PDF document read from bytes in memory: attachments live inside the
// encrypted program file and are never written to disk to be opened.
//
// Not thread-safe; a thread that renders in the background loads its own
// instance from the same bytes (QByteArray shares them without copying).
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(palisade::PdfDocument)

public:
    // Refuses empty input, bytes that are not a PDF, password-protected and
    // unreadable documents, and documents without pages, with a translated
    // message and ErrorKind::Invalid.
    static Result<PdfDocument> load(const QByteArray& pdf);

    // Whether the bytes start like a PDF file ("%PDF-" within the first
    // kilobyte, as readers accept). Cheap; says nothing about the rest.
    static bool isPdf(const QByteArray& data);

    PdfDocument(PdfDocument&&) noexcept;
    PdfDocument& operator=(PdfDocument&&) noexcept;
    ~PdfDocument();

    QByteArray data() const;
    int pageCount() const;
    // Page size in PDF points (1/72 inch), as displayed (rotation applied).
    QSizeF pageSize(int page) const;
    QList<QSizeF> pageSizes() const;
    // The document's own title from its metadata; often empty.
    QString title() const;

    // The page at `dpi` dots per inch on white paper; a null image for a page
    // index out of range.
    QImage renderPage(int page, double dpi) const;
    // A rectangle of the page, in device pixels at `dpi`: for zoomed-in views
    // where rendering the whole page would take too much memory.
    QImage renderPageArea(int page, double dpi, const QRect& area) const;
    QString pageText(int page) const;

    // Case- and diacritic-insensitive occurrences of `text`, in page order.
    QList<QRectF> find(int page, const QString& text) const;
    QList<PdfMatch> findAll(const QString& text) const;

private:
    struct Private;
    explicit PdfDocument(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace palisade
