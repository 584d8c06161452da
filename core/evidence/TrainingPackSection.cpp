#include "core/evidence/TrainingPackSection.h"

#include "core/evidence/PackDates.h"
#include "core/program/Program.h"
#include "core/training/PhishingRegister.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/CanonicalJson.h"
#include "core/util/IsoDate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <map>
#include <tuple>

namespace palisade {
namespace {

// Required, complete and overdue person-course pairs on one day.
struct Tally
{
    int required = 0;
    int complete = 0;
    int overdue = 0;

    void add(const DueItem& item)
    {
        if (item.state == DueState::NotRequired || item.state == DueState::EndedByTermination)
            return;
        ++required;
        if (item.covered)
            ++complete;
        if (item.state == DueState::Overdue)
            ++overdue;
    }
};

bool onWorkforce(const Person& person, const QDate& day)
{
    return person.hiredOn <= day && (!person.terminatedOn.isValid() || person.terminatedOn >= day);
}

QString percent(int part, int whole)
{
    if (whole <= 0)
        return TrainingPackSection::tr("—");
    return TrainingPackSection::tr("%1%").arg(
        QLocale::c().toString(100.0 * double(part) / double(whole), 'f', 1));
}

QString departmentOf(const Person& person)
{
    const QString department = person.department.simplified();
    return department.isEmpty() ? TrainingPackSection::tr("No department") : department;
}

QJsonObject personJson(const Person& person)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::number(person.id)},
        {QStringLiteral("employee_id"), person.employeeId},
        {QStringLiteral("name"), person.name},
        {QStringLiteral("department"), person.department},
        {QStringLiteral("roles"), QJsonArray::fromStringList(person.roles)},
        {QStringLiteral("status"), personStatusKey(person.status)},
        {QStringLiteral("hired_on"), isoDate(person.hiredOn)},
        {QStringLiteral("phi_access_on"), isoDate(person.phiAccessOn)},
        {QStringLiteral("terminated_on"), isoDate(person.terminatedOn)},
    };
}

QJsonObject completionJson(const Completion& completion)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::number(completion.id)},
        {QStringLiteral("person_id"), QString::number(completion.personId)},
        {QStringLiteral("course_id"), QString::number(completion.courseId)},
        {QStringLiteral("completed_on"), isoDate(completion.completedOn)},
        {QStringLiteral("score"),
         completion.score ? QJsonValue(QString::number(*completion.score, 'f', 2)) : QJsonValue()},
        {QStringLiteral("passed"), completion.passed},
        {QStringLiteral("source"), completionSourceKey(completion.source)},
    };
}

QJsonObject campaignJson(const PhishingCampaign& campaign)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::number(campaign.id)},
        {QStringLiteral("run_on"), isoDate(campaign.runOn)},
        {QStringLiteral("template"), campaign.templateName},
        {QStringLiteral("recipients"), campaign.recipients},
        {QStringLiteral("clicked"), campaign.clicked},
        {QStringLiteral("reported"), campaign.reported},
        {QStringLiteral("trained_after_click"), campaign.trainedAfterClick},
    };
}

} // namespace

Result<PackSectionContent> TrainingPackSection::build(Program& program, const PackRequest& request)
{
    Result<TrainingDueList> list = program.training().dueList();
    if (!list)
        return list.error();
    Result<std::vector<PhishingCampaign>> allCampaigns = program.phishing().campaigns();
    if (!allCampaigns)
        return allCampaigns.error();

    const QDate& to = request.to;
    const QString asOf = isoDate(to);
    const QLocale c = QLocale::c();

    QHash<qint64, const Person*> personById;
    std::vector<const Person*> workforce;
    for (const Person& person : list->people()) {
        personById.insert(person.id, &person);
        if (onWorkforce(person, to))
            workforce.push_back(&person);
    }
    // Courses as they stood: entered by the period's end and not retired by it.
    QHash<qint64, const Course*> courseById;
    std::vector<const Course*> courses;
    for (const Course& course : list->courses()) {
        courseById.insert(course.id, &course);
        if (PackDates::existedOn(course.createdAt, to) &&
            !(course.isRetired() && course.retiredOn <= to))
            courses.push_back(&course);
    }
    QHash<qint64, bool> courseShown;
    for (const Course* course : courses)
        courseShown.insert(course->id, true);

    std::vector<DueItem> items = list->items(to);
    std::erase_if(items, [&](const DueItem& item) {
        const Person* person = personById.value(item.personId);
        return !courseShown.value(item.courseId) || person == nullptr || !onWorkforce(*person, to);
    });

    Result<std::vector<Completion>> inPeriod =
        program.training().completionsBetween(request.from, request.to);
    if (!inPeriod)
        return inPeriod.error();
    const std::vector<Completion>& completions = *inPeriod;

    std::vector<PhishingCampaign> campaigns;
    std::copy_if(
        allCampaigns->begin(), allCampaigns->end(), std::back_inserter(campaigns),
        [&](const PhishingCampaign& each) { return PackDates::inPeriod(each.runOn, request); });

    Tally total;
    std::map<qint64, Tally> byCourse;
    std::map<QString, Tally> byDepartment;
    std::map<QString, int> peopleByDepartment;
    for (const Person* person : workforce)
        ++peopleByDepartment[departmentOf(*person)];
    for (const DueItem& item : items) {
        total.add(item);
        byCourse[item.courseId].add(item);
        byDepartment[departmentOf(*personById.value(item.personId))].add(item);
    }

    PackSectionContent content;
    content.section = PackSection::Training;
    content.blocks.push_back(packblock::Paragraph{
        tr("Security awareness and training of the workforce on the policies and procedures "
           "(45 CFR 164.308(a)(5) and 164.530(b)), as recorded on %1. A course is required of a "
           "person on the workforce when it applies to one of their roles; it is complete when a "
           "passing completion that has not expired covers that day, and overdue once its due "
           "date has passed without one.")
            .arg(asOf)});

    content.blocks.push_back(packblock::Facts{{
        {tr("People on the workforce"), c.toString(int(workforce.size()))},
        {tr("Courses in use"), c.toString(int(courses.size()))},
        {tr("Required trainings complete"),
         tr("%1 of %2 (%3)")
             .arg(c.toString(total.complete), c.toString(total.required),
                  percent(total.complete, total.required))},
        {tr("Trainings overdue"), c.toString(total.overdue)},
        {tr("Completed in the period"), c.toString(int(completions.size()))},
        {tr("Phishing simulations run"), c.toString(int(campaigns.size()))},
    }});

    // By course
    content.blocks.push_back(packblock::Subheading{tr("Completion by course on %1").arg(asOf)});
    PackTable courseTable;
    courseTable.columns = {{tr("Course"), 3.2, false}, {tr("Due"), 1.7, false},
                           {tr("Required"), 1, true},  {tr("Complete"), 1, true},
                           {tr("Overdue"), 1, true},   {tr("Rate"), 0.9, true}};
    for (const Course* course : courses) {
        const Tally tally = byCourse[course->id];
        const QString due =
            course->cadence == Cadence::EveryMonths
                ? (course->cadenceMonths == 1 ? tr("Every month")
                                              : tr("Every %1 months").arg(course->cadenceMonths))
                : cadenceLabel(course->cadence);
        courseTable.rows.push_back({course->title, due, c.toString(tally.required),
                                    c.toString(tally.complete), c.toString(tally.overdue),
                                    percent(tally.complete, tally.required)});
    }
    courseTable.emptyText = tr("No training course was in use on %1.").arg(asOf);
    content.blocks.push_back(courseTable);

    // By department
    content.blocks.push_back(packblock::Subheading{tr("Completion by department on %1").arg(asOf)});
    PackTable departmentTable;
    departmentTable.columns = {{tr("Department"), 3.2, false}, {tr("People"), 1, true},
                               {tr("Required"), 1, true},      {tr("Complete"), 1, true},
                               {tr("Overdue"), 1, true},       {tr("Rate"), 0.9, true}};
    for (const auto& [department, people] : peopleByDepartment) {
        const Tally tally = byDepartment[department];
        departmentTable.rows.push_back({department, c.toString(people), c.toString(tally.required),
                                        c.toString(tally.complete), c.toString(tally.overdue),
                                        percent(tally.complete, tally.required)});
    }
    departmentTable.emptyText = tr("Nobody was on the workforce on %1.").arg(asOf);
    content.blocks.push_back(departmentTable);

    // Overdue
    std::vector<DueItem> overdue;
    std::copy_if(items.begin(), items.end(), std::back_inserter(overdue),
                 [](const DueItem& item) { return item.state == DueState::Overdue; });
    const auto nameOf = [&](const DueItem& item) {
        return personById.value(item.personId)->name;
    };
    const auto titleOf = [&](const DueItem& item) {
        return courseById.value(item.courseId)->title;
    };
    std::sort(overdue.begin(), overdue.end(), [&](const DueItem& a, const DueItem& b) {
        if (a.daysOverdue != b.daysOverdue)
            return a.daysOverdue > b.daysOverdue;
        const int byName = QString::localeAwareCompare(nameOf(a), nameOf(b));
        if (byName != 0)
            return byName < 0;
        return QString::localeAwareCompare(titleOf(a), titleOf(b)) < 0;
    });
    content.blocks.push_back(
        packblock::Subheading{tr("Overdue on %1, most overdue first").arg(asOf)});
    PackTable overdueTable;
    overdueTable.columns = {{tr("Person"), 2.2, false},
                            {tr("Department"), 1.6, false},
                            {tr("Course"), 2.6, false},
                            {tr("Due"), 1.2, false},
                            {tr("Days overdue"), 1, true}};
    for (const DueItem& item : overdue) {
        const Person* person = personById.value(item.personId);
        overdueTable.rows.push_back({person->name, departmentOf(*person), titleOf(item),
                                     PackDates::text(item.nextDue.value_or(QDate())),
                                     c.toString(item.daysOverdue)});
    }
    overdueTable.emptyText = tr("No training was overdue on %1.").arg(asOf);
    content.blocks.push_back(overdueTable);

    // PHI access before onboarding
    std::vector<DueItem> early;
    std::copy_if(items.begin(), items.end(), std::back_inserter(early),
                 [](const DueItem& item) { return item.accessBeforeTraining; });
    std::sort(early.begin(), early.end(), [&](const DueItem& a, const DueItem& b) {
        const int byName = QString::localeAwareCompare(nameOf(a), nameOf(b));
        if (byName != 0)
            return byName < 0;
        return QString::localeAwareCompare(titleOf(a), titleOf(b)) < 0;
    });
    content.blocks.push_back(packblock::Subheading{tr("Access to PHI before onboarding")});
    content.blocks.push_back(packblock::Paragraph{
        tr("Workforce members whose access to PHI began before they completed the training due "
           "at hire (164.308(a)(5)); training on the day access begins is on time.")});
    PackTable earlyTable;
    earlyTable.columns = {{tr("Person"), 2.2, false},
                          {tr("Department"), 1.6, false},
                          {tr("PHI access from"), 1.3, false},
                          {tr("Course"), 2.2, false},
                          {tr("Completed"), 1.5, false}};
    for (const DueItem& item : early) {
        const Person* person = personById.value(item.personId);
        earlyTable.rows.push_back(
            {person->name, departmentOf(*person), PackDates::text(person->phiAccessOn),
             titleOf(item),
             item.lastCompletion ? isoDate(*item.lastCompletion) : tr("Not completed")});
    }
    earlyTable.emptyText =
        tr("No one on the workforce on %1 had access to PHI before completing their onboarding "
           "training.")
            .arg(asOf);
    content.blocks.push_back(earlyTable);

    // Completed in the period
    content.blocks.push_back(packblock::Subheading{
        tr("Training completed from %1 to %2").arg(isoDate(request.from), asOf)});
    std::map<qint64, std::pair<int, int>> completedByCourse; // all, passed
    for (const Completion& completion : completions) {
        auto& [all, passed] = completedByCourse[completion.courseId];
        ++all;
        if (completion.passed)
            ++passed;
    }
    PackTable completedTable;
    completedTable.columns = {
        {tr("Course"), 4.2, false}, {tr("Completions"), 1.2, true}, {tr("Passed"), 1.2, true}};
    for (const Course& course : list->courses()) {
        const auto found = completedByCourse.find(course.id);
        if (found == completedByCourse.end())
            continue;
        completedTable.rows.push_back(
            {course.title, c.toString(found->second.first), c.toString(found->second.second)});
    }
    if (!completedTable.rows.empty()) {
        const int passed = int(std::count_if(completions.begin(), completions.end(),
                                             [](const Completion& each) { return each.passed; }));
        completedTable.rows.push_back(
            {tr("All courses"), c.toString(int(completions.size())), c.toString(passed)});
    }
    completedTable.emptyText = tr("No training was completed in the period.");
    content.blocks.push_back(completedTable);

    // Phishing
    content.blocks.push_back(packblock::Subheading{tr("Phishing simulations in the period")});
    PackTable phishingTable;
    phishingTable.columns = {{tr("Date"), 1.2, false},      {tr("Template"), 2.6, false},
                             {tr("Recipients"), 1.1, true}, {tr("Clicked"), 1.3, true},
                             {tr("Reported"), 1.3, true},   {tr("Trained after click"), 1.4, true}};
    for (const PhishingCampaign& campaign : campaigns) {
        phishingTable.rows.push_back({
            isoDate(campaign.runOn),
            campaign.templateName,
            c.toString(campaign.recipients),
            tr("%1 (%2)").arg(c.toString(campaign.clicked),
                              percent(campaign.clicked, campaign.recipients)),
            tr("%1 (%2)").arg(c.toString(campaign.reported),
                              percent(campaign.reported, campaign.recipients)),
            campaign.clicked == 0
                ? tr("Nobody clicked")
                : tr("%1 of %2")
                      .arg(c.toString(campaign.trainedAfterClick), c.toString(campaign.clicked)),
        });
    }
    phishingTable.emptyText = tr("No phishing simulation was run in the period.");
    content.blocks.push_back(phishingTable);

    QJsonArray peopleJson;
    for (const Person* person : workforce)
        peopleJson.append(personJson(*person));
    QJsonArray completionsJson;
    for (const Completion& completion : completions)
        completionsJson.append(completionJson(completion));
    QJsonArray campaignsJson;
    for (const PhishingCampaign& campaign : campaigns)
        campaignsJson.append(campaignJson(campaign));

    content.recordCount = int(workforce.size() + completions.size() + campaigns.size());
    content.canonicalData = canonicalJson(QJsonObject{
        {QStringLiteral("from"), isoDate(request.from)},
        {QStringLiteral("as_of"), asOf},
        {QStringLiteral("people"), peopleJson},
        {QStringLiteral("completions"), completionsJson},
        {QStringLiteral("phishing_campaigns"), campaignsJson},
    });
    return content;
}

} // namespace palisade
