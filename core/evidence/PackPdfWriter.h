#pragma once

#include "core/evidence/PackBlock.h"
#include "core/evidence/PackDocumentInfo.h"
#include "core/evidence/PackPaper.h"
#include "core/evidence/PackStyle.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <functional>
#include <vector>

class QIODevice;
class QPainter;

namespace palisade {

struct PackItem;
struct PackPage;

// Writes the blocks of an evidence pack as a PDF/A-1b document: laid out by
// PackLayout, then painted page by page with QPainter on a QPdfWriter, each
// page under a running header (the pack's title and the section) and over a
// footer (the pack ID, the confidentiality notice and "Page X of Y"). Fonts
// are embedded; the title, author, subject and keywords go into the
// document's metadata.
class PackPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(palisade::PackPdfWriter)

public:
    struct Outcome
    {
        int pageCount = 0;
        QStringList sections;
        std::vector<int> sectionPages; // 1-based
        bool cancelled = false;
    };

    // Called after each page painted; returns false to stop.
    using Progress = std::function<bool(int pagesDone, int pageCount)>;

    PackPdfWriter(PackPaper paper, PackDocumentInfo info);

    // Writes to `out`, which must be open for writing. After a stop through
    // `progress` the outcome says cancelled and `out` holds a partial
    // document the caller discards.
    Result<Outcome> write(const std::vector<PackBlock>& blocks, QIODevice& out,
                          const Progress& progress = {}) const;

private:
    void paintItem(QPainter& painter, const PackItem& item, const std::vector<int>& sectionPages,
                   const std::vector<QFontMetricsF>& metrics) const;
    void paintFrame(QPainter& painter, const PackPage& page, int number, int count, qreal pageWidth,
                    qreal pageHeight) const;
    QByteArray xmpMetadata(const QDateTime& now) const;

    PackPaper m_paper;
    PackDocumentInfo m_info;
    PackStyle m_style;
};

} // namespace palisade
