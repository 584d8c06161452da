#include "ui/risk/RiskHeatMapWidget.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTest>
#include <QToolTip>
#include <QVBoxLayout>
#include <catch2/catch_test_macros.hpp>
#include <vector>

using namespace palisade;
using namespace palisade::ui;
using enum RiskLevel;

namespace {

struct Activation
{
    bool residual;
    RiskLevel likelihood;
    RiskLevel impact;

    friend bool operator==(const Activation&, const Activation&) = default;
};

// Records the widget's signals in order.
struct Recorder
{
    explicit Recorder(RiskHeatMapWidget& widget)
    {
        QObject::connect(&widget, &RiskHeatMapWidget::cellActivated, &widget,
                         [this](bool residual, RiskLevel likelihood, RiskLevel impact) {
                             activations.push_back({residual, likelihood, impact});
                         });
        QObject::connect(&widget, &RiskHeatMapWidget::selectionCleared, &widget,
                         [this] { ++cleared; });
    }

    std::vector<Activation> activations;
    int cleared = 0;
};

RiskHeatMapCounts sampleInherent()
{
    RiskHeatMapCounts counts;
    for (int i = 0; i < 3; ++i)
        counts.add(High, Moderate);
    counts.add(VeryHigh, VeryHigh);
    counts.add(Low, Moderate);
    return counts;
}

RiskHeatMapCounts sampleResidual()
{
    RiskHeatMapCounts counts;
    counts.add(Low, Moderate);
    counts.add(Low, Low);
    return counts;
}

void showWithData(RiskHeatMapWidget& widget)
{
    widget.setData(RiskMatrix(), sampleInherent(), sampleResidual());
    widget.resize(800, 400);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
}

void key(QWidget& widget, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(&widget, static_cast<Qt::Key>(key), modifiers);
}

} // namespace

TEST_CASE("Clicking a heat map cell selects it and reports its levels", "[ui][risk]")
{
    RiskHeatMapWidget widget;
    showWithData(widget);
    Recorder recorder(widget);

    const QRect cell = widget.cellRect(false, High, Moderate);
    REQUIRE(cell.isValid());
    QTest::mouseClick(&widget, Qt::LeftButton, Qt::NoModifier, cell.center());
    REQUIRE(recorder.activations.size() == 1);
    CHECK(recorder.activations.back() == Activation{false, High, Moderate});
    CHECK(widget.hasSelection());
    CHECK_FALSE(widget.selectionIsResidual());
    REQUIRE(widget.selectedCell().has_value());
    CHECK(*widget.selectedCell() == RiskHeatMapWidget::Cell{High, Moderate});

    QTest::mouseClick(&widget, Qt::LeftButton, Qt::NoModifier,
                      widget.cellRect(true, Low, VeryHigh).center());
    REQUIRE(recorder.activations.size() == 2);
    CHECK(recorder.activations.back() == Activation{true, Low, VeryHigh});
    CHECK(widget.selectionIsResidual());
    CHECK(recorder.cleared == 0);
}

TEST_CASE("Clicking the selected heat map cell again clears the selection", "[ui][risk]")
{
    RiskHeatMapWidget widget;
    showWithData(widget);
    Recorder recorder(widget);

    const QPoint centre = widget.cellRect(true, Low, Moderate).center();
    QTest::mouseClick(&widget, Qt::LeftButton, Qt::NoModifier, centre);
    REQUIRE(widget.hasSelection());
    QTest::mouseClick(&widget, Qt::LeftButton, Qt::NoModifier, centre);
    CHECK_FALSE(widget.hasSelection());
    CHECK(recorder.cleared == 1);
    CHECK(recorder.activations.size() == 1);

    // Outside both grids nothing happens.
    QTest::mouseClick(&widget, Qt::LeftButton, Qt::NoModifier, QPoint(2, 2));
    CHECK(recorder.activations.size() == 1);
    CHECK(recorder.cleared == 1);
}

TEST_CASE("The heat map is usable from the keyboard", "[ui][risk]")
{
    QWidget window;
    auto* before = new QLineEdit(&window);
    auto* widget = new RiskHeatMapWidget(&window);
    auto* after = new QLineEdit(&window);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(before);
    layout->addWidget(widget);
    layout->addWidget(after);
    widget->setData(RiskMatrix(), sampleInherent(), sampleResidual());
    window.resize(820, 520);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Recorder recorder(*widget);

    before->setFocus(Qt::OtherFocusReason);
    key(*before, Qt::Key_Tab);
    REQUIRE(widget->hasFocus());
    CHECK_FALSE(widget->focusIsResidual());
    CHECK(widget->focusCell() == RiskHeatMapWidget::Cell{VeryHigh, VeryLow});

    key(*widget, Qt::Key_Down);
    key(*widget, Qt::Key_Down);
    key(*widget, Qt::Key_Right);
    CHECK(widget->focusCell() == RiskHeatMapWidget::Cell{Moderate, Low});
    key(*widget, Qt::Key_Return);
    REQUIRE(recorder.activations.size() == 1);
    CHECK(recorder.activations.back() == Activation{false, Moderate, Low});

    // Tab moves to the same cell of the residual map before leaving the widget.
    key(*widget, Qt::Key_Tab);
    CHECK(widget->hasFocus());
    CHECK(widget->focusIsResidual());
    key(*widget, Qt::Key_Space);
    REQUIRE(recorder.activations.size() == 2);
    CHECK(recorder.activations.back() == Activation{true, Moderate, Low});

    key(*widget, Qt::Key_Escape);
    CHECK(recorder.cleared == 1);
    CHECK_FALSE(widget->hasSelection());

    // Left runs back across the gap into the inherent map's last column.
    key(*widget, Qt::Key_Left);
    key(*widget, Qt::Key_Left);
    CHECK_FALSE(widget->focusIsResidual());
    CHECK(widget->focusCell() == RiskHeatMapWidget::Cell{Moderate, VeryHigh});
    key(*widget, Qt::Key_Right);
    CHECK(widget->focusIsResidual());
    CHECK(widget->focusCell() == RiskHeatMapWidget::Cell{Moderate, VeryLow});

    // Edges stop the focus rather than wrapping.
    for (int i = 0; i < 7; ++i)
        key(*widget, Qt::Key_Up);
    CHECK(widget->focusCell().likelihood == VeryHigh);

    key(*widget, Qt::Key_Tab);
    CHECK(after->hasFocus());
    key(*after, Qt::Key_Tab, Qt::ShiftModifier);
    REQUIRE(widget->hasFocus());
    CHECK(widget->focusIsResidual());
    key(*widget, Qt::Key_Tab, Qt::ShiftModifier);
    CHECK(widget->hasFocus());
    CHECK_FALSE(widget->focusIsResidual());
    key(*widget, Qt::Key_Tab, Qt::ShiftModifier);
    CHECK(before->hasFocus());
}

TEST_CASE("Escape with nothing selected is left to the surrounding window", "[ui][risk]")
{
    RiskHeatMapWidget widget;
    showWithData(widget);
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QCoreApplication::sendEvent(&widget, &escape);
    CHECK_FALSE(escape.isAccepted());
}

TEST_CASE("Heat map cells explain themselves in a tooltip", "[ui][risk]")
{
    RiskHeatMapWidget widget;
    showWithData(widget);

    const QString expected =
        QStringLiteral("High likelihood × Moderate impact: Moderate risk — 3 risk(s)");
    CHECK(widget.cellToolTip(false, High, Moderate) == expected);
    CHECK(widget.cellToolTip(true, High, Moderate) ==
          QStringLiteral("High likelihood × Moderate impact: Moderate risk — 0 risk(s)"));

    RiskMatrix edited;
    edited.setLevel(High, Moderate, High);
    widget.setData(edited, sampleInherent(), sampleResidual());
    CHECK(widget.cellToolTip(false, High, Moderate) ==
          QStringLiteral("High likelihood × Moderate impact: High risk — 3 risk(s)"));

    const QPoint centre = widget.cellRect(false, VeryHigh, VeryHigh).center();
    QHelpEvent help(QEvent::ToolTip, centre, widget.mapToGlobal(centre));
    QCoreApplication::sendEvent(&widget, &help);
    CHECK(QToolTip::text() ==
          QStringLiteral("Very High likelihood × Very High impact: Very High risk — 1 risk(s)"));
    QToolTip::hideText();
}

TEST_CASE("The heat map has an empty state and an accessible description", "[ui][risk]")
{
    RiskHeatMapWidget widget;
    CHECK(widget.isEmptyState());
    CHECK_FALSE(RiskHeatMapWidget::emptyStateText().isEmpty());
    CHECK(widget.focusPolicy() == Qt::StrongFocus);
    CHECK_FALSE(widget.accessibleName().isEmpty());

    widget.setData(RiskMatrix(), sampleInherent(), RiskHeatMapCounts());
    CHECK_FALSE(widget.isEmptyState());
    CHECK(widget.accessibleDescription().contains(QStringLiteral("5")));
    CHECK(widget.counts(false).total() == 5);
    CHECK(widget.counts(true).total() == 0);
}

TEST_CASE("The heat map fits a small window without clipping its grids", "[ui][risk]")
{
    RiskHeatMapWidget widget;
    widget.setData(RiskMatrix(), sampleInherent(), sampleResidual());
    const QSize minimum = widget.minimumSizeHint();
    CHECK(minimum.width() <= 640);
    CHECK(minimum.height() <= 300);
    widget.resize(minimum);
    for (const bool residual : {false, true}) {
        const QRect topLeft = widget.cellRect(residual, VeryHigh, VeryLow);
        const QRect bottomRight = widget.cellRect(residual, VeryLow, VeryHigh);
        CHECK(topLeft.width() >= 20);
        CHECK(widget.rect().contains(topLeft));
        CHECK(widget.rect().contains(bottomRight));
    }
    CHECK_FALSE(widget.cellRect(false, VeryLow, VeryHigh)
                    .intersects(widget.cellRect(true, VeryHigh, VeryLow)));
}
