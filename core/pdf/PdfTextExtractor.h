#pragma once

#include "core/pdf/PdfText.h"
#include "core/util/Result.h"

#include <QByteArray>

namespace palisade {

// Pulls the text out of a PDF held in memory, page by page, for search and
// for checking what a signed agreement says.
class PdfTextExtractor
{
public:
    // Errors (ErrorKind::Invalid, translated): empty input, not a PDF,
    // password-protected or unreadable document, no pages.
    static Result<PdfText> extract(const QByteArray& pdf);

    // Cheap check of the "%PDF-" signature; see PdfDocument::isPdf.
    static bool isPdf(const QByteArray& data);
};

} // namespace palisade
