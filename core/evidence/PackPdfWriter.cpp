#include "core/evidence/PackPdfWriter.h"

#include "core/evidence/PackLayout.h"
#include "core/evidence/PackPage.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextOption>

namespace palisade {
namespace {

QString xmlEscaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

PackPdfWriter::PackPdfWriter(PackPaper paper, PackDocumentInfo info)
    : m_paper(paper)
    , m_info(std::move(info))
{
}

QByteArray PackPdfWriter::xmpMetadata(const QDateTime& now) const
{
    const QString stamp = now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate);
    QString keywords = m_info.keywords.join(QStringLiteral("; "));
    const QString xmp =
        QStringLiteral(
            "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            "<rdf:Description rdf:about=\"\"\n"
            " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
            " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
            " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
            " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
            "<dc:format>application/pdf</dc:format>\n"
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
            "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
            "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt>"
            "</dc:description>\n"
            "<pdf:Keywords>%4</pdf:Keywords>\n"
            "<pdf:Producer>%5</pdf:Producer>\n"
            "<xmp:CreatorTool>%5</xmp:CreatorTool>\n"
            "<xmp:CreateDate>%6</xmp:CreateDate>\n"
            "<xmp:ModifyDate>%6</xmp:ModifyDate>\n"
            "<pdfaid:part>1</pdfaid:part>\n"
            "<pdfaid:conformance>B</pdfaid:conformance>\n"
            "</rdf:Description>\n"
            "</rdf:RDF>\n"
            "</x:xmpmeta>\n"
            "<?xpacket end=\"w\"?>")
            .arg(xmlEscaped(m_info.title), xmlEscaped(m_info.author), xmlEscaped(m_info.subject),
                 xmlEscaped(keywords), xmlEscaped(m_info.creator), stamp);
    return xmp.toUtf8();
}

Result<PackPdfWriter::Outcome> PackPdfWriter::write(const std::vector<PackBlock>& blocks,
                                                    QIODevice& out, const Progress& progress) const
{
    QPdfWriter writer(&out);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    // One unit is one point: the layout's figures are in points.
    writer.setResolution(72);
    writer.setPageLayout(
        QPageLayout(packPageSize(m_paper), QPageLayout::Portrait, QMarginsF(), QPageLayout::Point));
    writer.setTitle(m_info.title);
    writer.setCreator(m_info.creator);
    writer.setDocumentXmpMetadata(xmpMetadata(QDateTime::currentDateTime()));

    const QSizeF pageSize = packPageSize(m_paper).size(QPageSize::Point);
    PackLayout layout(m_style, pageSize, writer);
    const PackLayout::Result laidOut = layout.layout(blocks);

    Outcome outcome;
    outcome.pageCount = int(laidOut.pages.size());
    outcome.sections = laidOut.sections;
    outcome.sectionPages = laidOut.sectionPages;

    QPainter painter;
    if (!painter.begin(&writer))
        return Error{ErrorKind::Io, tr("The PDF could not be started."), {}};
    painter.setRenderHint(QPainter::Antialiasing);
    std::vector<QFontMetricsF> metrics;
    for (int role = 0; role < packFontRoleCount; ++role)
        metrics.emplace_back(m_style.font(PackFontRole(role)), &writer);
    for (int i = 0; i < outcome.pageCount; ++i) {
        if (i > 0)
            writer.newPage();
        const PackPage& page = laidOut.pages[std::size_t(i)];
        for (const PackItem& item : page.items)
            paintItem(painter, item, laidOut.sectionPages, metrics);
        paintFrame(painter, page, i + 1, outcome.pageCount, pageSize.width(), pageSize.height());
        if (progress && !progress(i + 1, outcome.pageCount)) {
            outcome.cancelled = true;
            break;
        }
    }
    if (!painter.end())
        return Error{ErrorKind::Io, tr("The PDF could not be finished."), {}};
    return outcome;
}

void PackPdfWriter::paintItem(QPainter& painter, const PackItem& item,
                              const std::vector<int>& sectionPages,
                              const std::vector<QFontMetricsF>& fontMetrics) const
{
    switch (item.kind) {
    case PackItem::Kind::Text: {
        const QFontMetricsF& metrics = fontMetrics[std::size_t(item.role)];
        painter.setFont(m_style.font(item.role));
        painter.setPen(item.color.isValid() ? item.color : m_style.ink());
        QStringList lines = item.lines;
        std::vector<qreal> widths = item.lineWidths;
        if (item.pageOfSection >= 0 && std::size_t(item.pageOfSection) < sectionPages.size()) {
            lines = {QString::number(sectionPages[std::size_t(item.pageOfSection)])};
            widths = {metrics.horizontalAdvance(lines.front())};
        }
        // Lines as PackLayout wrapped them, each advancing by the line's
        // height rounded up, as QPainter does for a block of text; a line
        // that would fall below the item (a row taller than a page) is left out.
        const qreal step = std::ceil(metrics.lineSpacing());
        qreal top = item.rect.top();
        for (qsizetype i = 0; i < lines.size(); ++i, top += step) {
            if (i > 0 && top + metrics.height() > item.rect.bottom() + 1)
                break;
            if (lines[i].isEmpty())
                continue;
            const qreal width = std::size_t(i) < widths.size() ? widths[std::size_t(i)] : 0;
            const qreal x = item.alignRight ? item.rect.right() - width : item.rect.left();
            painter.drawText(QPointF(x, top + metrics.ascent()), lines[i]);
        }
        break;
    }
    case PackItem::Kind::Fill:
        painter.fillRect(item.rect, item.color);
        break;
    case PackItem::Kind::Line:
        painter.setPen(QPen(item.color, 0.6));
        painter.drawLine(item.rect.topLeft(), item.rect.bottomRight());
        break;
    case PackItem::Kind::Figure:
        if (item.paint) {
            painter.save();
            painter.translate(item.rect.topLeft());
            painter.setClipRect(QRectF(QPointF(), item.rect.size()));
            item.paint(painter, item.rect.width());
            painter.restore();
        }
        break;
    }
}

void PackPdfWriter::paintFrame(QPainter& painter, const PackPage& page, int number, int count,
                               qreal pageWidth, qreal pageHeight) const
{
    const QMarginsF margins = m_style.margins();
    const qreal left = margins.left();
    const qreal width = pageWidth - margins.left() - margins.right();
    const QFont small = m_style.font(PackFontRole::Small);
    const qreal line = QFontMetricsF(small, painter.device()).lineSpacing();
    painter.setFont(small);
    painter.setPen(m_style.muted());

    if (!page.section.isEmpty()) {
        const qreal headerTop = m_style.headerOffset() - line;
        const QFontMetricsF metrics(small, painter.device());
        const QString section = metrics.elidedText(page.section, Qt::ElideRight, width * 0.45);
        const qreal sectionWidth = metrics.horizontalAdvance(section) + 2;
        const QString title =
            metrics.elidedText(m_info.runningHeader.isEmpty() ? m_info.title : m_info.runningHeader,
                               Qt::ElideRight, width - sectionWidth - 18);
        painter.drawText(QRectF(left, headerTop, width - sectionWidth - 12, line),
                         Qt::AlignLeft | Qt::AlignBottom, title);
        painter.drawText(QRectF(left + width - sectionWidth, headerTop, sectionWidth, line),
                         Qt::AlignRight | Qt::AlignBottom, section);
        painter.setPen(QPen(m_style.rule(), 0.6));
        painter.drawLine(QPointF(left, m_style.headerOffset() + 3),
                         QPointF(left + width, m_style.headerOffset() + 3));
        painter.setPen(m_style.muted());
    }

    const qreal footerTop = pageHeight - m_style.footerOffset() - line;
    painter.setPen(QPen(m_style.rule(), 0.6));
    painter.drawLine(QPointF(left, footerTop - 4), QPointF(left + width, footerTop - 4));
    painter.setPen(m_style.muted());
    const QString pageText = tr("Page %1 of %2").arg(number).arg(count);
    const qreal pageWidthText =
        QFontMetricsF(small, painter.device()).horizontalAdvance(pageText) + 4;
    painter.drawText(QRectF(left, footerTop, width - pageWidthText - 12, line * 2),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     tr("Pack %1 · %2").arg(m_info.packId, m_info.confidentiality));
    painter.drawText(QRectF(left + width - pageWidthText, footerTop, pageWidthText, line),
                     Qt::AlignRight | Qt::AlignTop, pageText);
}

} // namespace palisade
