#include "ui/risk/RiskMatrixDialog.h"

#include "ui/widgets/MessageBanner.h"

#include <QComboBox>
#include <QPushButton>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using enum RiskLevel;

namespace {

void choose(RiskMatrixDialog& dialog, RiskLevel likelihood, RiskLevel impact, RiskLevel level)
{
    QComboBox* combo = dialog.levelCombo(likelihood, impact);
    combo->setCurrentIndex(combo->findData(static_cast<int>(riskLevelIndex(level))));
}

} // namespace

TEST_CASE("RiskMatrixDialog shows the matrix it is given", "[ui][risk]")
{
    RiskMatrix custom;
    custom.setLevel(Moderate, High, High);
    RiskMatrixDialog dialog(custom);
    CHECK(dialog.matrix() == custom);
    CHECK(dialog.levelCombo(Moderate, High)->currentText() == QStringLiteral("High"));
    CHECK(dialog.levelCombo(VeryLow, VeryLow)->currentText() == QStringLiteral("Very Low"));
    CHECK(dialog.levelCombo(Moderate, High)->count() == 5);
    CHECK(dialog.statusText().contains(QStringLiteral("1 cell(s)")));
    CHECK(dialog.restoreDefaultButton()->isEnabled());

    RiskMatrixDialog nist(RiskMatrix::defaultMatrix());
    CHECK(nist.statusText().contains(QStringLiteral("default")));
    CHECK_FALSE(nist.restoreDefaultButton()->isEnabled());
}

TEST_CASE("RiskMatrixDialog refuses a matrix that is not monotonic", "[ui][risk]")
{
    RiskMatrixDialog dialog(RiskMatrix::defaultMatrix());
    choose(dialog, VeryHigh, VeryHigh, Low);
    REQUIRE_FALSE(dialog.matrix().validate().ok());
    CHECK(dialog.messageBanner()->text().isEmpty());

    dialog.okButton()->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.messageBanner()->text() == dialog.matrix().validate().error().message);
    CHECK(dialog.messageBanner()->kind() == MessageBanner::Kind::Error);

    // Fixing the cell clears the message at once.
    choose(dialog, VeryHigh, VeryHigh, VeryHigh);
    CHECK(dialog.messageBanner()->text().isEmpty());
    dialog.okButton()->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.matrix() == RiskMatrix::defaultMatrix());
}

TEST_CASE("RiskMatrixDialog restores the NIST default", "[ui][risk]")
{
    RiskMatrixDialog dialog(RiskMatrix::defaultMatrix());
    choose(dialog, High, Low, VeryLow);
    choose(dialog, VeryHigh, High, VeryLow);
    dialog.okButton()->click();
    REQUIRE_FALSE(dialog.messageBanner()->text().isEmpty());
    CHECK_FALSE(dialog.matrix().isDefault());
    CHECK(dialog.statusText().contains(QStringLiteral("2 cell(s)")));

    dialog.restoreDefaultButton()->click();
    CHECK(dialog.matrix().isDefault());
    CHECK(dialog.messageBanner()->text().isEmpty());
    CHECK(dialog.levelCombo(High, Low)->currentText() == QStringLiteral("Low"));
    CHECK_FALSE(dialog.restoreDefaultButton()->isEnabled());
    dialog.okButton()->click();
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("RiskMatrixDialog returns an edited monotonic matrix", "[ui][risk]")
{
    RiskMatrixDialog dialog(RiskMatrix::defaultMatrix());
    choose(dialog, Moderate, High, High);
    dialog.okButton()->click();
    CHECK(dialog.result() == QDialog::Accepted);
    RiskMatrix expected;
    expected.setLevel(Moderate, High, High);
    CHECK(dialog.matrix() == expected);
    CHECK(dialog.matrix().level(Moderate, High) == High);
}
