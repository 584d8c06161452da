#include "core/risk/RiskValidator.h"

#include "core/catalog/SecurityRuleCatalog.h"


namespace palisade {
namespace {

QString shown(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

RiskValidator::RiskValidator(const SecurityRuleCatalog& catalog, const QDate& today)
    : m_catalog(catalog)
    , m_today(today)
{
}

QStringList RiskValidator::problems(const Risk& risk, const std::vector<RemediationTask>& tasks) const
{
    QStringList out;
    if (risk.title.trimmed().isEmpty())
        out << tr("Give the risk a title.");
    else if (risk.title.size() > maximumTitleLength)
        out << tr("The title is longer than %1 characters; put the detail in the description.")
                   .arg(maximumTitleLength);
    if (risk.owner.trimmed().isEmpty())
        out << tr("Name the risk's owner: the person answerable for treating it.");
    checkDates(risk, out);
    checkTreatment(risk, out);
    checkAcceptance(risk, out);
    checkClosing(risk, tasks, out);
    checkCitations(risk.citations, out);
    return out;
}

void RiskValidator::checkDates(const Risk& risk, QStringList& out) const
{
    if (!risk.identifiedOn.isValid()) {
        out << tr("Enter the date the risk was identified.");
        return;
    }
    if (risk.identifiedOn > m_today)
        out << tr("The identification date %1 is in the future.").arg(shown(risk.identifiedOn));
    if (risk.dueOn.isValid() && risk.dueOn < risk.identifiedOn)
        out << tr("The due date %1 is before the date the risk was identified (%2).")
                   .arg(shown(risk.dueOn), shown(risk.identifiedOn));
    if (risk.lastAssessedOn.isValid()) {
        if (risk.lastAssessedOn < risk.identifiedOn)
            out << tr("The last assessment (%1) is before the risk was identified (%2).")
                       .arg(shown(risk.lastAssessedOn), shown(risk.identifiedOn));
        if (risk.lastAssessedOn > m_today)
            out << tr("The last assessment date %1 is in the future.").arg(shown(risk.lastAssessedOn));
        if (risk.nextReassessmentOn.isValid() && risk.nextReassessmentOn <= risk.lastAssessedOn)
            out << tr("The next reassessment (%1) must come after the last assessment (%2).")
                       .arg(shown(risk.nextReassessmentOn), shown(risk.lastAssessedOn));
    }
}

void RiskValidator::checkTreatment(const Risk& risk, QStringList& out) const
{
    const bool planned = risk.treatment == RiskTreatment::Mitigate ||
                         risk.treatment == RiskTreatment::Transfer ||
                         risk.treatment == RiskTreatment::Avoid;
    if (risk.status == RiskStatus::InRemediation && !planned)
        out << tr("A risk in remediation needs a treatment of mitigate, transfer or avoid.");
    if (planned && risk.status != RiskStatus::Identified && risk.treatmentPlan.trimmed().isEmpty())
        out << tr("Describe the treatment plan: what will be done to %1 the risk.")
                   .arg(riskTreatmentLabel(risk.treatment).toLower());
    if (risk.status == RiskStatus::Accepted && risk.treatment != RiskTreatment::Accept)
        out << tr("An accepted risk must have the treatment \"Accept\".");
    if ((risk.status == RiskStatus::Accepted || risk.status == RiskStatus::Closed) && !risk.residual)
        out << tr("Rate the residual likelihood and impact before the risk is %1.")
                   .arg(riskStatusLabel(risk.status).toLower());
}

void RiskValidator::checkAcceptance(const Risk& risk, QStringList& out) const
{
    const bool accepting = risk.status == RiskStatus::Accepted;
    const RiskAcceptance& a = risk.acceptance;
    if (!accepting) {
        if (risk.treatment != RiskTreatment::Accept && !a.isEmpty())
            out << tr("Acceptance details are filled in but the treatment is not \"Accept\".");
        return;
    }
    if (a.approver.trimmed().isEmpty())
        out << tr("An accepted risk needs the name of the person who approved the acceptance.");
    if (!a.acceptedOn.isValid())
        out << tr("An accepted risk needs the date it was accepted.");
    else if (a.acceptedOn > m_today)
        out << tr("The acceptance date %1 is in the future.").arg(shown(a.acceptedOn));
    else if (risk.identifiedOn.isValid() && a.acceptedOn < risk.identifiedOn)
        out << tr("The acceptance date %1 is before the risk was identified (%2).")
                   .arg(shown(a.acceptedOn), shown(risk.identifiedOn));
    if (a.rationale.trimmed().isEmpty())
        out << tr("An accepted risk needs the rationale for accepting it.");
    if (!a.expiresOn.isValid())
        out << tr("An accepted risk needs an expiry date, after which it comes back for review.");
    else if (a.acceptedOn.isValid() && a.expiresOn <= a.acceptedOn)
        out << tr("The acceptance expiry (%1) must come after the acceptance date (%2).")
                   .arg(shown(a.expiresOn), shown(a.acceptedOn));
}

void RiskValidator::checkClosing(const Risk& risk, const std::vector<RemediationTask>& tasks,
                                 QStringList& out) const
{
    if (risk.status != RiskStatus::Closed)
        return;
    QStringList open;
    for (const RemediationTask& task : tasks) {
        if (isOpenTaskStatus(task.status))
            open << task.title;
    }
    if (!open.isEmpty())
        out << tr("The risk cannot be closed while %n remediation task(s) are open: %1.", nullptr,
                  int(open.size()))
                   .arg(open.join(QStringLiteral("; ")));
}

void RiskValidator::checkCitations(const QStringList& citations, QStringList& out) const
{
    for (const QString& citation : citations) {
        if (!m_catalog.contains(citation))
            out << tr("\"%1\" is not a standard or implementation specification of the Security "
                      "Rule catalog.")
                       .arg(citation);
    }
}

QStringList RiskValidator::problems(const RemediationTask& task, const Risk& risk) const
{
    QStringList out;
    if (task.title.trimmed().isEmpty())
        out << tr("Give the task a title.");
    else if (task.title.size() > maximumTitleLength)
        out << tr("The task title is longer than %1 characters.").arg(maximumTitleLength);
    if (task.owner.trimmed().isEmpty())
        out << tr("Name the task's owner.");
    if (task.dueOn.isValid() && risk.identifiedOn.isValid() && task.dueOn < risk.identifiedOn)
        out << tr("The task's due date %1 is before the risk was identified (%2).")
                   .arg(shown(task.dueOn), shown(risk.identifiedOn));
    if (task.status == TaskStatus::Done) {
        if (!task.completedOn.isValid())
            out << tr("A done task needs its completion date.");
        else if (task.completedOn > m_today)
            out << tr("The completion date %1 is in the future.").arg(shown(task.completedOn));
        else if (risk.identifiedOn.isValid() && task.completedOn < risk.identifiedOn)
            out << tr("The completion date %1 is before the risk was identified (%2).")
                       .arg(shown(task.completedOn), shown(risk.identifiedOn));
    } else if (task.completedOn.isValid()) {
        out << tr("Only a done task has a completion date.");
    }
    if (risk.status == RiskStatus::Closed && isOpenTaskStatus(task.status))
        out << tr("The risk is closed; reopen it before adding open tasks to it.");
    checkCitations(task.citations, out);
    return out;
}

} // namespace palisade
