#include "core/training/TrainingColumns.h"

namespace palisade {
namespace {

QStringList folded(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* name : names)
        out << QString::fromLatin1(name);
    return out;
}

} // namespace

QStringList TrainingColumns::fields(ImportKind kind)
{
    if (kind == ImportKind::People)
        return {employeeId, name,          email,           department, roles,
                hireDate,   phiAccessDate, terminationDate, status};
    return {employeeId, course, completedOn, score, passed, attestation, attestedAt};
}

QStringList TrainingColumns::required(ImportKind kind)
{
    if (kind == ImportKind::People)
        return {employeeId, name, hireDate};
    return {employeeId, course, completedOn};
}

bool TrainingColumns::isRequired(ImportKind kind, const QString& field)
{
    return required(kind).contains(field);
}

QString TrainingColumns::label(const QString& field)
{
    if (field == employeeId)
        return tr("Employee ID");
    if (field == name)
        return tr("Name");
    if (field == email)
        return tr("Email");
    if (field == department)
        return tr("Department");
    if (field == roles)
        return tr("Roles");
    if (field == hireDate)
        return tr("Hire date");
    if (field == phiAccessDate)
        return tr("PHI access date");
    if (field == terminationDate)
        return tr("Termination date");
    if (field == status)
        return tr("Status");
    if (field == course)
        return tr("Course");
    if (field == completedOn)
        return tr("Completion date");
    if (field == score)
        return tr("Score");
    if (field == passed)
        return tr("Passed");
    if (field == attestation)
        return tr("Attestation");
    if (field == attestedAt)
        return tr("Attested at");
    return field;
}

QStringList TrainingColumns::synonyms(ImportKind kind, const QString& field)
{
    if (field == employeeId)
        return folded({"employeeid", "employeenumber", "employeeno", "empid", "empno", "emp",
                       "userid", "learnerid", "staffid", "personid", "badgeid", "id"});
    if (kind == ImportKind::People) {
        if (field == name)
            return folded(
                {"fullname", "employeename", "learnername", "displayname", "employee", "learner"});
        if (field == email)
            return folded({"emailaddress", "workemail", "mail"});
        if (field == department)
            return folded({"departmentname", "dept", "division", "team"});
        if (field == roles)
            return folded({"role", "workforceroles", "workforcerole", "jobroles", "jobrole"});
        if (field == hireDate)
            return folded({"hiredate", "hiredon", "datehired", "dateofhire", "startdate", "hired",
                           "employmentstartdate"});
        if (field == phiAccessDate)
            return folded({"phiaccessdate", "phiaccesson", "phiaccessstart", "phiaccess",
                           "accessgrantedon", "accessgranted", "accessstartdate"});
        if (field == terminationDate)
            return folded({"terminationdate", "terminatedon", "termdate", "separationdate",
                           "dateterminated", "enddate"});
        if (field == status)
            return folded({"employmentstatus", "employeestatus", "userstatus"});
        return {};
    }
    if (field == course)
        return folded({"coursetitle", "coursename", "trainingtitle", "trainingname", "training",
                       "modulename", "module", "contenttitle", "title"});
    if (field == completedOn)
        return folded({"completiondate", "datecompleted", "completeddate", "dateofcompletion",
                       "completedat", "completed", "finishedon", "datefinished", "finished"});
    if (field == score)
        return folded({"scorepercent", "percentscore", "finalscore", "percent", "grade"});
    if (field == passed)
        return folded({"pass", "passfail", "result", "outcome"});
    if (field == attestation)
        return folded({"attestationtext", "acknowledgment", "acknowledgement", "attested"});
    if (field == attestedAt)
        return folded({"attestedon", "attestationdate", "acknowledgedon", "acknowledgmentdate",
                       "acknowledgementdate"});
    return {};
}

QString TrainingColumns::fold(const QString& header)
{
    QString out;
    for (const QChar c : header.toCaseFolded()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

} // namespace palisade
