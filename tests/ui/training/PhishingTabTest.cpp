#include "ui/training/PhishingTab.h"

#include "tests/ui/training/TrainingMatrixSamples.h"
#include "ui/training/PhishingCampaignModel.h"
#include "ui/widgets/FirstRunPanel.h"
#include "ui/widgets/MessageBanner.h"

#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using namespace palisade::test::trainingui;

TEST_CASE("PhishingTab lists campaigns and shows the retention refusal of a delete",
          "[ui][training]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    PhishingTab tab(program);
    CHECK(tab.isShowingFirstRun());
    CHECK(tab.addButton()->isHidden());

    const PhishingCampaign first =
        addCampaign(program, QDate(2025, 9, 15), QStringLiteral("Shared invoice"), 50, 7, 20, 5);
    addCampaign(program, QDate(2026, 1, 20), QStringLiteral("EHR login expiring"), 40, 3, 31, 3);
    CHECK_FALSE(tab.isShowingFirstRun());
    REQUIRE(tab.table()->model()->rowCount() == 2);
    CHECK(text(*tab.table()->model(), 0, PhishingCampaignModel::TemplateColumn) ==
          QStringLiteral("EHR login expiring"));
    CHECK_FALSE(tab.editButton()->isEnabled());
    CHECK_FALSE(tab.deleteButton()->isEnabled());

    REQUIRE(tab.selectCampaign(first.id));
    REQUIRE(tab.selectedCampaign());
    CHECK(tab.selectedCampaign()->id == first.id);
    CHECK(tab.editButton()->isEnabled());
    CHECK(tab.deleteButton()->isEnabled());

    int asked = 0;
    tab.setDeleteConfirmation([&](const PhishingCampaign& campaign) {
        ++asked;
        CHECK(campaign.id == first.id);
        return false;
    });
    CHECK_FALSE(tab.deleteSelected());
    CHECK(asked == 1);
    CHECK(tab.banner()->isHidden());

    tab.setDeleteConfirmation([](const PhishingCampaign&) { return true; });
    CHECK_FALSE(tab.deleteSelected());
    CHECK(tab.banner()->kind() == MessageBanner::Kind::Error);
    CHECK(tab.banner()->text().startsWith(QStringLiteral("The phishing simulation was not "
                                                         "deleted:")));
    CHECK(program.phishing().campaigns()->size() == 2);
    CHECK(tab.table()->model()->rowCount() == 2);
}
