#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace palisade::ui {

// How the viewer sizes pages: a fixed factor (1.0 = the page at its printed
// size on screen), or whatever fits the width or the whole page into view.
class PdfZoom
{
    Q_DECLARE_TR_FUNCTIONS(palisade::ui::PdfZoom)

public:
    enum class Mode
    {
        Factor,
        FitWidth,
        FitPage,
    };

    static constexpr double minimumFactor = 0.25;
    static constexpr double maximumFactor = 4.0;

    PdfZoom() = default;
    static PdfZoom fromFactor(double factor);
    static PdfZoom fitWidth() { return PdfZoom(Mode::FitWidth, 1.0); }
    static PdfZoom fitPage() { return PdfZoom(Mode::FitPage, 1.0); }

    Mode mode() const { return m_mode; }
    bool isFit() const { return m_mode != Mode::Factor; }
    // The fixed factor; meaningful in Mode::Factor only.
    double factor() const { return m_factor; }

    // "Fit Width", "Fit Page" or a percentage such as "125%".
    QString label() const;
    static QString percentLabel(double factor);

    // The zoom steps offered in the menu and walked by zoom in and out.
    static QList<double> steps();
    // The next step above (or below) the factor now shown, clamped to the range.
    static PdfZoom stepIn(double shownFactor);
    static PdfZoom stepOut(double shownFactor);

    friend bool operator==(const PdfZoom& a, const PdfZoom& b)
    {
        return a.m_mode == b.m_mode &&
               (a.m_mode != Mode::Factor || qFuzzyCompare(a.m_factor, b.m_factor));
    }

private:
    PdfZoom(Mode mode, double factor)
        : m_mode(mode)
        , m_factor(factor)
    {
    }

    Mode m_mode = Mode::FitWidth;
    double m_factor = 1.0;
};

} // namespace palisade::ui
