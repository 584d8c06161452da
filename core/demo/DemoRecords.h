#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <vector>

namespace palisade {

// A workforce member as the generators know them.
struct DemoPerson
{
    qint64 id = 0;
    QString name;
    QString department;
    QStringList roles;
    QDate hiredOn;
    QDate terminatedOn; // invalid while on the workforce

    bool onWorkforce(const QDate& day) const
    {
        return hiredOn <= day && (!terminatedOn.isValid() || terminatedOn >= day);
    }
};

// A stored record another area refers to by id and name.
struct DemoReference
{
    qint64 id = 0;
    QString name;
};

// What the generators have made so far that other areas refer to: the
// people who own, approve and handle things, the workforce, the assets and
// the covered entities.
struct DemoRecords
{
    QString officer; // the privacy and security officer, who records everything
    QString securityLead;
    QString chiefExecutive;
    QString itManager;
    QString codingManager;
    QString billingManager;
    QString complianceAnalyst;

    std::vector<DemoPerson> people; // in hiring order
    std::vector<DemoReference> assets;
    std::vector<DemoReference> coveredEntities;
    std::vector<DemoReference> subcontractors;
    qint64 litigatedIncident = 0; // the incident a lawsuit keeps under legal hold

    // Who may own a risk, a task or a corrective action.
    QStringList owners() const
    {
        return {officer, securityLead, itManager, codingManager, billingManager, complianceAnalyst};
    }
};

} // namespace palisade
