#pragma once

#include <QString>
#include <QStringList>

namespace palisade {

// The text of a PDF document, one entry per page in page order.
struct PdfText
{
    int pageCount = 0;
    QStringList pages;

    // All pages' text, pages separated by a blank line.
    QString joined() const;
};

} // namespace palisade
