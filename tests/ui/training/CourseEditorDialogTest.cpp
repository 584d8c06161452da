#include "ui/training/CourseEditorDialog.h"

#include "core/policies/PolicyRegister.h"
#include "tests/ui/training/TrainingUiSamples.h"
#include "ui/widgets/MessageBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

namespace {

void choose(QComboBox* combo, const QString& key)
{
    const int index = combo->findData(key);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("CourseEditorDialog adds a role-based course with a passing score", "[training][ui]")
{
    test::TemporaryProgram fixture;
    test::addTrainingSample(fixture);
    Program& program = fixture.program();
    CourseEditorDialog editor(program, std::nullopt);
    CHECK_FALSE(editor.saveButton()->isEnabled());
    CHECK(editor.banner()->text().contains(QStringLiteral("title")));
    CHECK(editor.rolesNote()->text().contains(QStringLiteral("everyone")));
    CHECK(editor.monthsSpin()->isEnabled()); // Every N months by default
    CHECK_FALSE(editor.policyList()->isEnabled());

    editor.titleEdit()->setText(QStringLiteral("annual hipaa refresher"));
    CHECK_FALSE(editor.saveButton()->isEnabled());
    CHECK(editor.banner()->text().contains(QStringLiteral("already a course")));
    editor.titleEdit()->setText(QStringLiteral("Billing Privacy"));
    choose(editor.kindCombo(), courseKindKey(CourseKind::RoleBased));
    editor.setCheckedRoles({QStringLiteral("billing")});
    CHECK(editor.rolesNote()->text().contains(QStringLiteral("ticked role")));
    editor.monthsSpin()->setValue(24);
    editor.passingScoreSpin()->setValue(75);
    editor.validitySpin()->setValue(24);
    REQUIRE(editor.saveButton()->isEnabled());
    REQUIRE(editor.save());

    const Course stored = program.training().course(editor.savedCourse().id).value();
    CHECK(stored.title == QStringLiteral("Billing Privacy"));
    CHECK(stored.kind == CourseKind::RoleBased);
    CHECK(stored.roles == QStringList{QStringLiteral("billing")});
    CHECK(stored.cadence == Cadence::EveryMonths);
    CHECK(stored.cadenceMonths == 24);
    CHECK(stored.passingScore == 75);
    CHECK(stored.validityMonths == 24);
}

TEST_CASE("CourseEditorDialog links policies for a policy-change briefing", "[training][ui]")
{
    test::TemporaryProgram fixture;
    const test::TrainingSample s = test::addTrainingSample(fixture);
    Program& program = fixture.program();
    Policy policy;
    policy.code = QStringLiteral("SEC-004");
    policy.title = QStringLiteral("Access Control");
    policy.owner = QStringLiteral("IT Manager");
    const qint64 policyId = program.policies().add(policy, QStringLiteral("Rules.")).value().id;

    CourseEditorDialog editor(program, s.refresher);
    CHECK_FALSE(editor.isModified());
    CHECK(editor.titleEdit()->text() == QStringLiteral("Annual HIPAA Refresher"));
    CHECK(editor.validitySpin()->value() == 12);
    CHECK(editor.passingScoreSpin()->value() == editor.passingScoreSpin()->minimum());
    REQUIRE(editor.policyList()->count() == 1);

    choose(editor.cadenceCombo(), cadenceKey(Cadence::OnPolicyChange));
    CHECK_FALSE(editor.monthsSpin()->isEnabled());
    CHECK(editor.policyList()->isEnabled());
    editor.setCheckedPolicies({policyId});
    editor.validitySpin()->setValue(0);
    REQUIRE(editor.save());
    const Course stored = program.training().course(s.refresher).value();
    CHECK(stored.cadence == Cadence::OnPolicyChange);
    CHECK(stored.policyIds == QList<qint64>{policyId});
    CHECK_FALSE(stored.validityMonths.has_value());
    CHECK_FALSE(stored.passingScore.has_value());
}

TEST_CASE("CourseEditorDialog shows a retired course without saving it", "[training][ui]")
{
    test::TemporaryProgram fixture;
    const test::TrainingSample s = test::addTrainingSample(fixture);
    REQUIRE(fixture.program().training().retireCourse(s.coding, QDate(2026, 2, 1)));
    CourseEditorDialog editor(fixture.program(), s.coding);
    CHECK(editor.banner()->text().contains(QStringLiteral("retired")));
    CHECK_FALSE(editor.saveButton()->isEnabled());
    CHECK_FALSE(editor.isModified());
}
