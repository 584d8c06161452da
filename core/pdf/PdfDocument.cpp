#include "core/pdf/PdfDocument.h"

#include <poppler-qt6.h>

namespace palisade {

struct PdfDocument::Private
{
    QByteArray bytes;
    std::unique_ptr<Poppler::Document> document;
    QList<QSizeF> sizes;

    std::unique_ptr<Poppler::Page> page(int index) const
    {
        if (index < 0 || index >= sizes.size())
            return nullptr;
        return document->page(index);
    }
};

namespace {

Error invalid(const QString& message, const QString& detail = {})
{
    return Error{ErrorKind::Invalid, message, detail};
}

} // namespace

Result<PdfDocument> PdfDocument::load(const QByteArray& pdf)
{
    if (pdf.isEmpty())
        return invalid(tr("The file is empty; there is no PDF document to read."));
    if (!isPdf(pdf))
        return invalid(tr("This file is not a PDF document."));

    auto d = std::make_unique<Private>();
    d->bytes = pdf;
    // Poppler keeps a reference to the bytes for the document's lifetime.
    d->document = Poppler::Document::loadFromData(d->bytes);
    if (!d->document)
        return invalid(tr("The PDF document is damaged and cannot be read."));
    if (d->document->isLocked())
        return invalid(tr("The PDF document is protected by a password and cannot be opened."));
    const int pages = d->document->numPages();
    if (pages <= 0)
        return invalid(tr("The PDF document has no pages."));

    d->document->setRenderHint(Poppler::Document::Antialiasing);
    d->document->setRenderHint(Poppler::Document::TextAntialiasing);
    d->sizes.reserve(pages);
    for (int index = 0; index < pages; ++index) {
        const std::unique_ptr<Poppler::Page> page = d->document->page(index);
        if (!page) {
            return invalid(tr("The PDF document is damaged and cannot be read."),
                           tr("page %1 of %2 is missing").arg(index + 1).arg(pages));
        }
        d->sizes.append(page->pageSizeF());
    }
    return PdfDocument(std::move(d));
}

bool PdfDocument::isPdf(const QByteArray& data)
{
    return data.left(1024).contains("%PDF-");
}

PdfDocument::PdfDocument(std::unique_ptr<Private> impl)
    : d(std::move(impl))
{
}
PdfDocument::PdfDocument(PdfDocument&&) noexcept = default;
PdfDocument& PdfDocument::operator=(PdfDocument&&) noexcept = default;
PdfDocument::~PdfDocument() = default;

QByteArray PdfDocument::data() const
{
    return d->bytes;
}

int PdfDocument::pageCount() const
{
    return static_cast<int>(d->sizes.size());
}

QSizeF PdfDocument::pageSize(int page) const
{
    return page >= 0 && page < d->sizes.size() ? d->sizes.at(page) : QSizeF();
}

QList<QSizeF> PdfDocument::pageSizes() const
{
    return d->sizes;
}

QString PdfDocument::title() const
{
    return d->document->title();
}

QImage PdfDocument::renderPage(int page, double dpi) const
{
    const std::unique_ptr<Poppler::Page> p = d->page(page);
    return p ? p->renderToImage(dpi, dpi) : QImage();
}

QImage PdfDocument::renderPageArea(int page, double dpi, const QRect& area) const
{
    const std::unique_ptr<Poppler::Page> p = d->page(page);
    if (!p || area.isEmpty())
        return {};
    return p->renderToImage(dpi, dpi, area.x(), area.y(), area.width(), area.height());
}

QString PdfDocument::pageText(int page) const
{
    const std::unique_ptr<Poppler::Page> p = d->page(page);
    return p ? p->text(QRectF()) : QString();
}

QList<QRectF> PdfDocument::find(int page, const QString& text) const
{
    const std::unique_ptr<Poppler::Page> p = d->page(page);
    if (!p || text.trimmed().isEmpty())
        return {};
    return p->search(text, Poppler::Page::IgnoreCase | Poppler::Page::IgnoreDiacritics);
}

QList<PdfMatch> PdfDocument::findAll(const QString& text) const
{
    QList<PdfMatch> matches;
    if (text.trimmed().isEmpty())
        return matches;
    for (int page = 0; page < pageCount(); ++page) {
        for (const QRectF& rect : find(page, text))
            matches.append(PdfMatch{page, rect});
    }
    return matches;
}

} // namespace palisade
