#include "ui/retention/RetentionRuleModel.h"

#include "core/retention/RetentionRules.h"
#include "tests/ui/retention/RetentionUiSamples.h"

#include <QAbstractItemModelTester>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;
using test::cellText;

TEST_CASE("RetentionRuleModel lists every rule, audit events never disposed of", "[ui][retention]")
{
    RetentionRuleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const std::vector<RetentionRule> rules = RetentionRules::all();
    REQUIRE(model.rowCount() == int(rules.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const RetentionRule& rule = rules[size_t(row)];
        CHECK(cellText(model, row, RetentionRuleModel::TypeColumn) == rule.label);
        CHECK(cellText(model, row, RetentionRuleModel::RecordColumn) == rule.record);
        CHECK(cellText(model, row, RetentionRuleModel::CitationColumn) == rule.citation);
        CHECK(cellText(model, row, RetentionRuleModel::KeptWhileColumn).contains(rule.keptWhile));
        CHECK((cellText(model, row, RetentionRuleModel::DisposalColumn) ==
               QStringLiteral("Never disposed")) == !rule.disposable);
    }
    const QStringList types = test::columnText(model, RetentionRuleModel::TypeColumn);
    CHECK(types.contains(QStringLiteral("Audit event")));
}
