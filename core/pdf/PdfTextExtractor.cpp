#include "core/pdf/PdfTextExtractor.h"

#include "core/pdf/PdfDocument.h"

namespace palisade {

Result<PdfText> PdfTextExtractor::extract(const QByteArray& pdf)
{
    Result<PdfDocument> document = PdfDocument::load(pdf);
    if (!document)
        return document.error();
    PdfText text;
    text.pageCount = document->pageCount();
    text.pages.reserve(text.pageCount);
    for (int page = 0; page < text.pageCount; ++page)
        text.pages.append(document->pageText(page));
    return text;
}

bool PdfTextExtractor::isPdf(const QByteArray& data)
{
    return PdfDocument::isPdf(data);
}

} // namespace palisade
