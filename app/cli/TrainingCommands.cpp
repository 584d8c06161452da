#include "app/cli/TrainingCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliJson.h"
#include "app/cli/TableFileCommand.h"
#include "app/cli/TextTable.h"
#include "app/cli/TrainingChangeCommands.h"
#include "core/training/TrainingJson.h"
#include "core/training/TrainingMatrixExporter.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace palisade::cli {
namespace {

QString optionalDate(const std::optional<QDate>& date)
{
    return date ? isoDate(*date) : QString();
}

Result<QHash<QString, QString>> roleLabels(Program& program)
{
    Result<std::vector<WorkforceRole>> roles = program.workforce().roles();
    if (!roles)
        return roles.error();
    QHash<QString, QString> labels;
    for (const WorkforceRole& role : *roles)
        labels.insert(role.key, role.label);
    return labels;
}

QStringList labelsOf(const QStringList& keys, const QHash<QString, QString>& labels)
{
    QStringList out;
    for (const QString& key : keys)
        out << labels.value(key, key);
    return out;
}

QString cadenceText(const Course& course)
{
    if (course.cadence == Cadence::EveryMonths)
        return TrainingCommands::tr("every %n month(s)", nullptr, course.cadenceMonths);
    return cadenceLabel(course.cadence);
}

// Overdue first (longest overdue first), then by due date, then by name.
int urgency(DueState state)
{
    switch (state) {
    case DueState::Overdue:
        return 0;
    case DueState::DueSoon:
        return 1;
    case DueState::NotYetDue:
        return 2;
    case DueState::Complete:
        return 3;
    case DueState::EndedByTermination:
        return 4;
    case DueState::NotRequired:
        break;
    }
    return 5;
}

} // namespace

std::vector<CliCommandSpec> TrainingCommands::commands()
{
    std::vector<CliCommandSpec> list;
    const CliOptionSpec asOf{QStringLiteral("as-of"), QStringLiteral("YYYY-MM-DD"),
                             tr("Look from this day instead of today.")};
    const CliOptionSpec source{
        QStringLiteral("source"), QStringLiteral("NAME"),
        tr("Where the file comes from, e.g. \"KnowBe4 export\"; recorded with the import. The "
           "mapping saved for this source, if any, reads the columns (default: the mapping's "
           "name, else \"CSV file\").")};
    const CliOptionSpec mapping{
        QStringLiteral("mapping"), QStringLiteral("NAME"),
        tr("Read the columns through the mapping saved for this source (exit code 4 when there "
           "is none). Without it, the columns have their canonical names.")};

    list.push_back(CliCommandSpec::make(
        u"training", QStringLiteral("people"), tr("List the workforce"),
        tr("Lists every person by name with their employee ID, department, roles, status, hire "
           "date and PHI access date, or with --json every field. The file is opened read-only."),
        &TrainingCommands::people));

    list.push_back(CliCommandSpec::make(
        u"training", QStringLiteral("courses"), tr("List the training courses"),
        tr("Lists every course by title with its kind, when it falls due, the roles it applies "
           "to (everyone when none), its passing score and whether it is retired, or with --json "
           "every field. The file is opened read-only."),
        &TrainingCommands::courses));

    CliCommandSpec addCourse;
    addCourse.words = {QStringLiteral("training"), QStringLiteral("course"), QStringLiteral("add")};
    addCourse.summary = tr("Add a training course");
    addCourse.description =
        tr("Adds a course. --kind is one of hipaa_onboarding, annual_refresher, "
           "security_awareness, phishing, role_based or policy_change_briefing; --cadence is "
           "at_hire (due at the PHI access start or hire date), every_months (again every --months "
           "months) or on_policy_change (within 30 days of a policy revision taking effect). "
           "Dashes work as well as underscores. A rule violation (a title in use, an unknown role) "
           "gives exit code 4.");
    addCourse.options = {
        {QStringLiteral("title"), QStringLiteral("TEXT"),
         tr("The course title, unique regardless of case (required).")},
        {QStringLiteral("kind"), QStringLiteral("KIND"), tr("What the course is for (required).")},
        {QStringLiteral("cadence"), QStringLiteral("at-hire|every-months|on-policy-change"),
         tr("When it falls due (required).")},
        {QStringLiteral("months"), QStringLiteral("N"),
         tr("For every-months: how many months apart (default: 12).")},
        {QStringLiteral("roles"), QStringLiteral("ROLES"),
         tr("The roles it applies to, by key or label, separated by commas (default: everyone).")},
        {QStringLiteral("passing-score"), QStringLiteral("N"),
         tr("The score, 0 to 100, a completion must reach to count.")},
        {QStringLiteral("validity-months"), QStringLiteral("N"),
         tr("How long a completion counts before it expires.")},
    };
    addCourse.requiredOptions = {QStringLiteral("title"), QStringLiteral("kind"),
                                 QStringLiteral("cadence")};
    addCourse.run = &TrainingChangeCommands::addCourse;
    list.push_back(addCourse);

    CliCommandSpec importPeople = CliCommandSpec::make(
        u"training", QStringLiteral("import-people"),
        tr("Add or update the workforce from a CSV file"),
        tr("Reads people from a CSV file (UTF-8; the columns are described in "
           "docs/csv-import.md) and matches them by employee ID: a new ID adds a person, a known "
           "one updates that person, an identical row changes nothing. Every row is checked "
           "first: if any row is wrong, nothing is written, each problem is listed with its line "
           "number and the exit code is 4. A file that cannot be read gives exit code 5."),
        &TrainingChangeCommands::importPeople);
    importPeople.operands = {QStringLiteral("FILE")};
    importPeople.options = {source, mapping};
    list.push_back(importPeople);

    CliCommandSpec importCompletions = CliCommandSpec::make(
        u"training", QStringLiteral("import-completions"),
        tr("Add training completions from a learning-management export"),
        tr("Reads completions from a CSV file (UTF-8; the columns are described in "
           "docs/csv-import.md). The person is found by employee ID and the course by title; both "
           "must be in the program already. Rows already on file (same person, course and date) "
           "are skipped, so importing the same file twice adds nothing the second time. Every row "
           "is checked first: if any row is wrong, nothing is written, each problem is listed "
           "with its line number and the exit code is 4."),
        &TrainingChangeCommands::importCompletions);
    importCompletions.operands = {QStringLiteral("FILE")};
    importCompletions.options = {source, mapping};
    list.push_back(importCompletions);

    CliCommandSpec propose = CliCommandSpec::make(
        u"training", QStringLiteral("propose-mapping"),
        tr("Show how the columns of a CSV file would be read"),
        tr("Reads the header row of FILE and proposes which column holds each field of a people "
           "or completions import: columns named like the field, else usual names of "
           "learning-management exports (\"Emp #\", \"Date Completed\", \"Course Title\"...). "
           "With --save and --source NAME the proposal is saved as the mapping of that source, "
           "so that 'import-completions --mapping NAME' reads such files. Without --save no "
           "program file is needed."),
        &TrainingChangeCommands::proposeMapping);
    propose.operands = {QStringLiteral("FILE")};
    propose.options = {
        {QStringLiteral("kind"), QStringLiteral("people|completions"),
         tr("What the file holds (default: told by the header row).")},
        {QStringLiteral("source"), QStringLiteral("NAME"),
         tr("The source to save the mapping for.")},
        {QStringLiteral("save"), QString(), tr("Save the proposal as the source's mapping.")},
    };
    propose.needsProgram = false;
    list.push_back(propose);

    CliCommandSpec due = CliCommandSpec::make(
        u"training", QStringLiteral("due"), tr("Show who is overdue or due soon for training"),
        tr("Lists each person and course that is overdue or due within 30 days, overdue first, "
           "with the state, the last counting completion, the due date and the days overdue; "
           "with --all every course that applies to each person. --json prints a JSON array. The "
           "exit code is 0 whether or not anything is due. The file is opened read-only."),
        &TrainingCommands::due);
    due.options = {asOf,
                   {QStringLiteral("all"), QString(),
                    tr("Every applicable course, "
                       "whatever its state.")}};
    list.push_back(due);

    CliCommandSpec matrix = CliCommandSpec::make(
        u"training", QStringLiteral("matrix"),
        tr("Write the training matrix to a CSV or XLSX file"),
        tr("Writes one row per person on the workforce on the day, with name, employee ID and "
           "department, and one entry per course in use: its state and the date that goes with "
           "it (last completion, or due date). The CSV file has one column per course (\"Overdue "
           "(due 2026-03-01)\"); the XLSX file has a state column and a real date column per "
           "course. The file is opened read-only. An existing file is left alone (exit code 5) "
           "unless --replace is given."),
        &TrainingCommands::matrix);
    matrix.options = {
        asOf,
        {QStringLiteral("format"), QStringLiteral("csv|xlsx"), tr("The file format (required).")},
        {QStringLiteral("out"), QStringLiteral("FILE"), tr("Where to write the file (required).")},
        {QStringLiteral("replace"), QString(), tr("Replace FILE if it already exists.")},
    };
    matrix.requiredOptions = {QStringLiteral("format"), QStringLiteral("out")};
    list.push_back(matrix);

    return list;
}

int TrainingCommands::people(CliContext& context)
{
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Program& program = *opened.value();
    Result<std::vector<Person>> people = program.workforce().people();
    if (!people)
        return context.fail(people.error());
    Result<QHash<QString, QString>> labels = roleLabels(program);
    if (!labels)
        return context.fail(labels.error());

    if (context.output().json()) {
        QJsonArray array;
        for (const Person& person : *people) {
            QJsonObject json = TrainingJson::toJson(person);
            json.insert(QStringLiteral("role_labels"),
                        QJsonArray::fromStringList(labelsOf(person.roles, *labels)));
            array.append(json);
        }
        context.output().printJson(array);
        return 0;
    }
    if (people->empty()) {
        context.output().message(tr("No people."));
        return 0;
    }
    TextTable table({tr("EMPLOYEE ID"), tr("NAME"), tr("DEPARTMENT"), tr("ROLES"), tr("STATUS"),
                     tr("HIRED"), tr("PHI ACCESS")});
    for (const Person& person : *people) {
        table.addRow({person.employeeId, person.name, person.department,
                      labelsOf(person.roles, *labels).join(QStringLiteral(", ")),
                      personStatusLabel(person.status), isoDate(person.hiredOn),
                      isoDate(person.phiAccessOn)});
    }
    context.output().print(table);
    return 0;
}

int TrainingCommands::courses(CliContext& context)
{
    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Program& program = *opened.value();
    Result<std::vector<Course>> courses = program.training().courses();
    if (!courses)
        return context.fail(courses.error());
    Result<QHash<QString, QString>> labels = roleLabels(program);
    if (!labels)
        return context.fail(labels.error());

    if (context.output().json()) {
        QJsonArray array;
        for (const Course& course : *courses)
            array.append(TrainingJson::toJson(course));
        context.output().printJson(array);
        return 0;
    }
    if (courses->empty()) {
        context.output().message(tr("No courses."));
        return 0;
    }
    TextTable table(
        {tr("TITLE"), tr("KIND"), tr("DUE"), tr("ROLES"), tr("PASSING SCORE"), tr("RETIRED")});
    table.setRightAligned(4);
    for (const Course& course : *courses) {
        table.addRow({course.title, courseKindLabel(course.kind), cadenceText(course),
                      course.appliesToEveryone()
                          ? tr("everyone")
                          : labelsOf(course.roles, *labels).join(QStringLiteral(", ")),
                      course.passingScore ? QString::number(*course.passingScore) : QString(),
                      isoDate(course.retiredOn)});
    }
    context.output().print(table);
    return 0;
}

int TrainingCommands::due(CliContext& context)
{
    const QString name = QStringLiteral("training due");
    int exitCode = 0;
    const std::optional<QDate> asOf =
        context.dateOption(name, QStringLiteral("as-of"), context.clock().today(), exitCode);
    if (!asOf)
        return exitCode;
    const bool all = context.arguments().has(QStringLiteral("all"));

    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Program& program = *opened.value();
    Result<TrainingDueList> list = program.training().dueList();
    if (!list)
        return context.fail(list.error());
    QHash<qint64, const Person*> people;
    for (const Person& person : list->people())
        people.insert(person.id, &person);
    QHash<qint64, const Course*> courses;
    for (const Course& course : list->courses())
        courses.insert(course.id, &course);

    std::vector<DueItem> items;
    for (const DueItem& item : list->items(*asOf)) {
        const bool pressing = item.state == DueState::Overdue || item.state == DueState::DueSoon;
        if (pressing || (all && item.state != DueState::NotRequired))
            items.push_back(item);
    }
    std::stable_sort(items.begin(), items.end(), [&](const DueItem& a, const DueItem& b) {
        if (urgency(a.state) != urgency(b.state))
            return urgency(a.state) < urgency(b.state);
        if (a.daysOverdue != b.daysOverdue)
            return a.daysOverdue > b.daysOverdue;
        const QDate aDue = a.nextDue.value_or(QDate());
        const QDate bDue = b.nextDue.value_or(QDate());
        if (aDue != bDue)
            return aDue < bDue;
        return people.value(a.personId)->name.localeAwareCompare(people.value(b.personId)->name) <
               0;
    });

    if (context.output().json()) {
        QJsonArray array;
        for (const DueItem& item : items) {
            const Person* person = people.value(item.personId);
            const Course* course = courses.value(item.courseId);
            array.append(QJsonObject{
                {QStringLiteral("person_id"), QString::number(item.personId)},
                {QStringLiteral("employee_id"), person->employeeId},
                {QStringLiteral("person"), person->name},
                {QStringLiteral("course_id"), QString::number(item.courseId)},
                {QStringLiteral("course"), course->title},
                {QStringLiteral("state"), dueStateKey(item.state)},
                {QStringLiteral("last_completion"), jsonDateOrNull(item.lastCompletion)},
                {QStringLiteral("next_due"), jsonDateOrNull(item.nextDue)},
                {QStringLiteral("days_overdue"), item.daysOverdue},
                {QStringLiteral("access_before_training"), item.accessBeforeTraining},
            });
        }
        context.output().printJson(array);
        return 0;
    }
    if (items.empty()) {
        context.output().message(
            tr("No training is overdue or due soon as of %1.").arg(isoDate(*asOf)));
        return 0;
    }
    const auto overdue = std::count_if(items.begin(), items.end(), [](const DueItem& item) {
        return item.state == DueState::Overdue;
    });
    context.output().message(tr("%n overdue as of %1.", nullptr, int(overdue)).arg(isoDate(*asOf)));
    TextTable table({tr("PERSON"), tr("EMPLOYEE ID"), tr("COURSE"), tr("STATE"),
                     tr("LAST COMPLETION"), tr("NEXT DUE"), tr("DAYS OVERDUE")});
    table.setRightAligned(6);
    for (const DueItem& item : items) {
        table.addRow({people.value(item.personId)->name, people.value(item.personId)->employeeId,
                      courses.value(item.courseId)->title, dueStateLabel(item.state),
                      optionalDate(item.lastCompletion), optionalDate(item.nextDue),
                      item.daysOverdue > 0 ? QString::number(item.daysOverdue) : QString()});
    }
    context.output().print(table);
    return 0;
}

int TrainingCommands::matrix(CliContext& context)
{
    const QString name = QStringLiteral("training matrix");
    int exitCode = 0;
    const std::optional<QDate> asOf =
        context.dateOption(name, QStringLiteral("as-of"), context.clock().today(), exitCode);
    if (!asOf)
        return exitCode;
    const std::optional<TableFileCommand::ExportRequest> request =
        TableFileCommand::exportRequest(context, name, exitCode);
    if (!request)
        return exitCode;

    Result<std::unique_ptr<Program>> opened = context.openProgram(Vault::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.error());
    Result<TrainingMatrixExporter> exporter =
        TrainingMatrixExporter::fromRegister(opened.value()->training(), *asOf);
    if (!exporter)
        return context.fail(exporter.error());
    const Result<void> saved = request->format == QStringLiteral("csv")
                                   ? exporter->saveCsv(request->out, request->policy)
                                   : exporter->saveXlsx(request->out, request->policy);
    if (!saved)
        return context.fail(saved.error());

    const int people = int(exporter->people().size());
    const int courses = int(exporter->courses().size());
    const QString path = TableFileCommand::nativePath(request->out);
    if (context.output().json()) {
        context.output().printJson(QJsonObject{{QStringLiteral("ok"), true},
                                               {QStringLiteral("file"), path},
                                               {QStringLiteral("format"), request->format},
                                               {QStringLiteral("as_of"), isoDate(*asOf)},
                                               {QStringLiteral("people"), people},
                                               {QStringLiteral("courses"), courses}});
    }
    context.output().message(tr("Wrote the training matrix as of %1 (%n person(s), %2 course(s)) "
                                "to %3.",
                                nullptr, people)
                                 .arg(isoDate(*asOf))
                                 .arg(courses)
                                 .arg(path));
    return 0;
}

} // namespace palisade::cli
