#include "core/pdf/PdfText.h"

namespace palisade {

QString PdfText::joined() const
{
    return pages.join(QStringLiteral("\n\n"));
}

} // namespace palisade
