#pragma once

#include "ui/pdf/PdfZoom.h"

#include <QComboBox>

namespace palisade::ui {

// The zoom choices: Fit Width, Fit Page and the zoom steps from 25% to 400%.
// A factor that is not a step (set through the API) shows as an extra entry.
class PdfZoomCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit PdfZoomCombo(QWidget* parent = nullptr);

    void setZoom(const PdfZoom& zoom);
    PdfZoom zoom() const;

signals:
    // Chosen by the user, not echoed for setZoom().
    void zoomSelected(const PdfZoom& zoom);

private:
    static PdfZoom zoomAt(const QVariant& data);
    int m_customIndex = -1;
};

} // namespace palisade::ui
