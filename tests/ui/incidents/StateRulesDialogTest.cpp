#include "ui/incidents/StateRulesDialog.h"

#include "core/incidents/IncidentEntities.h"
#include "tests/ui/incidents/IncidentUiSamples.h"
#include "ui/incidents/StateRuleDialog.h"
#include "ui/incidents/StateRuleTableModel.h"
#include "ui/widgets/MessageBanner.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("StateRulesDialog shows the shipped Florida rule", "[incidents][ui]")
{
    test::TemporaryProgram fixture;
    StateRulesDialog dialog(fixture.program());
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(dialog.model()->rowCount() == 1);
    const StateNotificationRule& florida = dialog.model()->ruleAt(0);
    CHECK(florida.jurisdiction == QStringLiteral("FL"));
    CHECK(dialog.model()->index(0, StateRuleTableModel::DaysColumn).data().toString() ==
          QStringLiteral("30 day(s)"));
    CHECK(dialog.model()->index(0, StateRuleTableModel::ThresholdColumn).data().toString() ==
          QStringLiteral("500 or more"));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("stateRulesIntro"))
              ->text()
              .contains(QStringLiteral("Florida")));
    CHECK(dialog.selectedRuleId() == florida.id);
    CHECK(dialog.editButton()->isEnabled());
}

TEST_CASE("StateRuleDialog adds and edits a rule and refuses a second one for a State",
          "[incidents][ui]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    StateRulesDialog list(program);
    qint64 texasId = 0;
    {
        StateRuleDialog add(program, std::nullopt);
        CHECK_FALSE(add.saveButton()->isEnabled());
        add.jurisdictionEdit()->setText(QStringLiteral("tx"));
        add.authorityEdit()->setText(QStringLiteral("Texas Attorney General"));
        add.thresholdSpin()->setValue(250);
        add.daysSpin()->setValue(30);
        add.citationEdit()->setText(QStringLiteral("Tex. Bus. & Com. Code 521.053(i)"));
        INFO(add.banner()->text().toStdString());
        REQUIRE(add.save());
        texasId = add.savedRule().id;
        CHECK(add.savedRule().jurisdiction == QStringLiteral("TX"));
    }
    CHECK(list.model()->rowCount() == 2); // refreshed on the register's signal
    CHECK(test::auditCount(program, incidententity::stateRule(), QStringLiteral("created")) == 1);

    StateRuleDialog duplicate(program, std::nullopt);
    duplicate.jurisdictionEdit()->setText(QStringLiteral("FL"));
    duplicate.authorityEdit()->setText(QStringLiteral("Someone else"));
    CHECK_FALSE(duplicate.saveButton()->isEnabled());
    CHECK(duplicate.banner()->text().contains(QStringLiteral("FL")));
    CHECK_FALSE(duplicate.save());
    CHECK(list.model()->rowCount() == 2);

    REQUIRE(list.selectRule(texasId));
    StateRuleDialog edit(program, list.model()->ruleAt(list.model()->rowForId(texasId)));
    CHECK_FALSE(edit.isNew());
    CHECK(edit.thresholdSpin()->value() == 250);
    edit.daysSpin()->setValue(60);
    REQUIRE(edit.save());
    CHECK(list.model()->ruleAt(list.model()->rowForId(texasId)).days == 60);

    REQUIRE(list.selectRule(texasId));
    REQUIRE(list.deleteSelected(false));
    CHECK(list.model()->rowCount() == 1);
    CHECK(list.model()->rowForId(texasId) == -1);
    CHECK(list.banner()->text().contains(QStringLiteral("TX")));
}
