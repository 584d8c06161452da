#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSet>
#include <QSizeF>

namespace palisade::ui {

class PdfRenderQueue;

// One row per page. The thumbnail image (Qt::DecorationRole) is rendered the
// first time a view asks for it, so only the thumbnails scrolled into view are
// ever rendered; until then the row has its size but no image.
class PdfThumbnailModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        // QSize: the thumbnail's size in logical pixels, known before rendering.
        ThumbnailSizeRole = Qt::UserRole + 1,
    };

    explicit PdfThumbnailModel(PdfRenderQueue* queue, QObject* parent = nullptr);

    void setPageSizes(const QList<QSizeF>& points);
    void clear() { setPageSizes({}); }
    void setThumbnailWidth(int width);
    int thumbnailWidth() const { return m_width; }
    void setDevicePixelRatio(double ratio);

    bool hasThumbnail(int page) const { return m_images.contains(page); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QSize thumbnailSize(int page) const;
    void store(int page, const QImage& image);

    PdfRenderQueue* m_queue;
    QList<QSizeF> m_points;
    QHash<int, QImage> m_images;
    mutable QSet<int> m_requested;
    int m_width = 112;
    double m_ratio = 1.0;
};

} // namespace palisade::ui
