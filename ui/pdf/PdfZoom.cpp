#include "ui/pdf/PdfZoom.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace palisade::ui {

PdfZoom PdfZoom::fromFactor(double factor)
{
    return PdfZoom(Mode::Factor, std::clamp(factor, minimumFactor, maximumFactor));
}

QString PdfZoom::label() const
{
    switch (m_mode) {
    case Mode::FitWidth:
        return tr("Fit Width");
    case Mode::FitPage:
        return tr("Fit Page");
    case Mode::Factor:
        break;
    }
    return percentLabel(m_factor);
}

QString PdfZoom::percentLabel(double factor)
{
    return tr("%1%").arg(QLocale().toString(static_cast<int>(std::lround(factor * 100))));
}

QList<double> PdfZoom::steps()
{
    return {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0};
}

PdfZoom PdfZoom::stepIn(double shownFactor)
{
    for (const double step : steps()) {
        if (step > shownFactor * 1.01)
            return fromFactor(step);
    }
    return fromFactor(maximumFactor);
}

PdfZoom PdfZoom::stepOut(double shownFactor)
{
    const QList<double> all = steps();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (*it < shownFactor * 0.99)
            return fromFactor(*it);
    }
    return fromFactor(minimumFactor);
}

} // namespace palisade::ui
