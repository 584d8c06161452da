#include "ui/pdf/PdfZoomCombo.h"

namespace palisade::ui {

namespace {

// Item data: a zoom factor, or one of these for the fit modes.
constexpr double fitWidthCode = 0.0;
constexpr double fitPageCode = -1.0;

} // namespace

PdfZoomCombo::PdfZoomCombo(QWidget* parent)
    : QComboBox(parent)
{
    setAccessibleName(tr("Zoom"));
    setToolTip(tr("Zoom"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addItem(PdfZoom::fitWidth().label(), fitWidthCode);
    addItem(PdfZoom::fitPage().label(), fitPageCode);
    insertSeparator(count());
    for (const double step : PdfZoom::steps())
        addItem(PdfZoom::percentLabel(step), step);
    connect(this, &QComboBox::activated, this,
            [this](int index) { emit zoomSelected(zoomAt(itemData(index))); });
}

PdfZoom PdfZoomCombo::zoomAt(const QVariant& data)
{
    const double code = data.toDouble();
    if (code == fitWidthCode)
        return PdfZoom::fitWidth();
    if (code == fitPageCode)
        return PdfZoom::fitPage();
    return PdfZoom::fromFactor(code);
}

void PdfZoomCombo::setZoom(const PdfZoom& zoom)
{
    int index = -1;
    for (int i = 0; i < count() && index < 0; ++i) {
        if (i != m_customIndex && !itemData(i).isNull() && zoomAt(itemData(i)) == zoom)
            index = i;
    }
    if (index < 0) {
        if (m_customIndex < 0) {
            addItem(QString());
            m_customIndex = count() - 1;
        }
        setItemText(m_customIndex, zoom.label());
        setItemData(m_customIndex, zoom.factor());
        index = m_customIndex;
    }
    setCurrentIndex(index);
}

PdfZoom PdfZoomCombo::zoom() const
{
    return zoomAt(currentData());
}

} // namespace palisade::ui
