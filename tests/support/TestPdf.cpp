#include "tests/support/TestPdf.h"

#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace palisade::test {

QByteArray makeTestPdf(const QStringList& pageTexts)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setTitle(QStringLiteral("Palisade test document"));
        QPainter painter(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(14);
        painter.setFont(font);
        const QRect area = painter.viewport();
        for (qsizetype index = 0; index < pageTexts.size(); ++index) {
            if (index > 0)
                writer.newPage();
            painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                             pageTexts.at(index));
        }
    }
    return bytes;
}

} // namespace palisade::test
