#pragma once

#include <QListView>

namespace palisade::ui {

class PdfRenderQueue;
class PdfThumbnailModel;

// The side list of page thumbnails. Selecting one (click or arrow keys) asks
// for that page; setCurrentPage() follows the page shown without echoing back.
class PdfThumbnailList : public QListView
{
    Q_OBJECT

public:
    explicit PdfThumbnailList(PdfRenderQueue* queue, QWidget* parent = nullptr);

    PdfThumbnailModel* thumbnailModel() const { return m_model; }
    void setPageSizes(const QList<QSizeF>& points);
    void setCurrentPage(int page);
    int currentPage() const;

    QSize sizeHint() const override;

signals:
    void pageActivated(int page);

protected:
    void showEvent(QShowEvent* event) override;

private:
    PdfThumbnailModel* m_model;
    bool m_following = false;
};

} // namespace palisade::ui
