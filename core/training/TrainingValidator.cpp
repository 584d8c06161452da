#include "core/training/TrainingValidator.h"

#include "core/util/IsoDate.h"

#include <QRegularExpression>
#include <algorithm>

namespace palisade {
namespace {

QString shown(const QDate& date)
{
    return isoDate(date);
}

void sortUnique(QStringList& list)
{
    list.removeAll(QString());
    list.sort();
    list.removeDuplicates();
}

} // namespace

void TrainingValidator::normalize(Person& person)
{
    person.employeeId = person.employeeId.trimmed();
    person.name = person.name.simplified();
    person.email = person.email.trimmed();
    person.department = person.department.simplified();
    for (QString& role : person.roles)
        role = role.trimmed();
    sortUnique(person.roles);
}

void TrainingValidator::normalize(Course& course)
{
    course.title = course.title.simplified();
    course.description = course.description.trimmed();
    for (QString& role : course.roles)
        role = role.trimmed();
    sortUnique(course.roles);
    std::sort(course.policyIds.begin(), course.policyIds.end());
    course.policyIds.erase(std::unique(course.policyIds.begin(), course.policyIds.end()),
                           course.policyIds.end());
    if (course.cadence != Cadence::OnPolicyChange)
        course.policyIds.clear();
    // Only a repeating course stores its months; others read back the default.
    if (course.cadence != Cadence::EveryMonths)
        course.cadenceMonths = Course{}.cadenceMonths;
}

void TrainingValidator::normalize(Completion& completion)
{
    completion.attestationText = completion.attestationText.trimmed();
    if (completion.attestationText.isEmpty())
        completion.attestedAt = {};
}

void TrainingValidator::normalize(PhishingCampaign& campaign)
{
    campaign.templateName = campaign.templateName.simplified();
    campaign.notes = campaign.notes.trimmed();
}

QStringList TrainingValidator::problems(const Person& person)
{
    QStringList found;
    if (person.employeeId.isEmpty())
        found << tr("Enter the employee ID.");
    else if (person.employeeId.size() > maximumEmployeeIdLength)
        found << tr("The employee ID is longer than %1 characters.").arg(maximumEmployeeIdLength);
    if (person.name.isEmpty())
        found << tr("Enter the person's name.");
    else if (person.name.size() > maximumNameLength)
        found << tr("The name is longer than %1 characters.").arg(maximumNameLength);
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!person.email.isEmpty() && !email.match(person.email).hasMatch())
        found << tr("\"%1\" is not an email address.").arg(person.email);
    if (!person.hiredOn.isValid())
        found << tr("Enter the hire date.");
    if (person.hiredOn.isValid() && person.phiAccessOn.isValid() &&
        person.phiAccessOn < person.hiredOn)
        found << tr("PHI access cannot start (%1) before the hire date (%2).")
                     .arg(shown(person.phiAccessOn), shown(person.hiredOn));
    if (person.status == PersonStatus::Terminated) {
        if (!person.terminatedOn.isValid())
            found << tr("Enter the termination date.");
        else if (person.hiredOn.isValid() && person.terminatedOn < person.hiredOn)
            found << tr("The termination date %1 is before the hire date %2.")
                         .arg(shown(person.terminatedOn), shown(person.hiredOn));
    } else if (person.terminatedOn.isValid())
        found << tr("Only a terminated person has a termination date.");
    return found;
}

QStringList TrainingValidator::problems(const Course& course)
{
    QStringList found;
    if (course.title.isEmpty())
        found << tr("Enter the course title.");
    else if (course.title.size() > maximumNameLength)
        found << tr("The title is longer than %1 characters.").arg(maximumNameLength);
    if (course.cadence == Cadence::EveryMonths &&
        (course.cadenceMonths < 1 || course.cadenceMonths > maximumCadenceMonths))
        found << tr("A course repeats every 1 to %1 months.").arg(maximumCadenceMonths);
    if (course.passingScore && (*course.passingScore < 0 || *course.passingScore > 100))
        found << tr("The passing score is between 0 and 100.");
    if (course.validityMonths &&
        (*course.validityMonths < 1 || *course.validityMonths > maximumValidityMonths))
        found << tr("A completion is valid for 1 to %1 months.").arg(maximumValidityMonths);
    return found;
}

QStringList TrainingValidator::problems(const Completion& completion, const Course& course)
{
    QStringList found;
    if (completion.personId <= 0)
        found << tr("Choose who completed the course.");
    if (completion.courseId <= 0)
        found << tr("Choose the course completed.");
    if (!completion.completedOn.isValid())
        found << tr("Enter the completion date.");
    if (completion.score && (*completion.score < 0 || *completion.score > 100))
        found << tr("The score is between 0 and 100.");
    if (course.passingScore && !completion.score && completion.passed)
        found << tr("%1 has a passing score of %2; enter the score.")
                     .arg(course.title)
                     .arg(*course.passingScore);
    if (course.passingScore && completion.score && completion.passed &&
        *completion.score < *course.passingScore)
        found << tr("A score of %1 does not pass %2 (passing score %3).")
                     .arg(*completion.score)
                     .arg(course.title)
                     .arg(*course.passingScore);
    if (!completion.attestationText.isEmpty() && !completion.attestedAt.isValid())
        found << tr("Enter when the attestation was given.");
    if ((completion.source == CompletionSource::Imported) != completion.importBatchId.has_value())
        found << tr("An imported completion names its import, and only an imported one.");
    return found;
}

QStringList TrainingValidator::problems(const PhishingCampaign& campaign)
{
    QStringList found;
    if (!campaign.runOn.isValid())
        found << tr("Enter the date the campaign ran.");
    if (campaign.templateName.isEmpty())
        found << tr("Enter the template's name.");
    if (campaign.recipients < 1)
        found << tr("A campaign has at least one recipient.");
    if (campaign.clicked < 0 || campaign.clicked > campaign.recipients)
        found << tr("Clicks are between 0 and the number of recipients.");
    if (campaign.reported < 0 || campaign.reported > campaign.recipients)
        found << tr("Reports are between 0 and the number of recipients.");
    if (campaign.trainedAfterClick < 0 || campaign.trainedAfterClick > campaign.clicked)
        found << tr("Those trained after clicking are between 0 and the number who clicked.");
    return found;
}

QStringList TrainingValidator::problems(const ImportMapping& mapping)
{
    QStringList found;
    if (mapping.sourceName.trimmed().isEmpty())
        found << tr("Name the source the mapping is for.");
    if (mapping.mapping.isEmpty())
        found << tr("The mapping maps no columns.");
    return found;
}

QStringList TrainingValidator::problems(const ImportBatch& batch)
{
    QStringList found;
    if (batch.sourceName.trimmed().isEmpty())
        found << tr("Name the source of the import.");
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(batch.fileSha256).hasMatch())
        found << tr("The imported file's SHA-256 is missing.");
    if (batch.rows < 0)
        found << tr("The number of rows cannot be negative.");
    return found;
}

QStringList TrainingValidator::roleLabelProblems(const QString& label)
{
    QStringList found;
    if (label.simplified().isEmpty())
        found << tr("Enter the role's name.");
    else if (label.simplified().size() > maximumNameLength)
        found << tr("The role's name is longer than %1 characters.").arg(maximumNameLength);
    return found;
}

} // namespace palisade
