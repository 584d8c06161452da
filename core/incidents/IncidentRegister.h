#pragma once

#include "core/incidents/BreachAssessment.h"
#include "core/incidents/Incident.h"
#include "core/incidents/IncidentWriter.h"
#include "core/util/Result.h"

#include <QDate>
#include <QObject>
#include <QStringList>
#include <vector>

namespace palisade {

class Program;

// Security incidents (164.308(a)(6)) and their four-factor breach risk
// assessment (164.402(2)). The notices sent, the evidence, the corrective
// actions and the States' rules have registers of their own
// (IncidentNotificationRegister, IncidentEvidenceRegister,
// CorrectiveActionRegister, StateRuleRegister); BreachReporting works out the
// deadlines and the yearly breach log from them.
//
// Every change is one transaction with its audit event; the entity names are
// in IncidentEntities.h. Rule violations come back as Invalid errors with
// translated messages. Every incident is a record kept while open and six
// years after it is closed (164.316(b)(2)(i), 164.530(j)); removing one goes
// through RetentionRegister, which refuses (and audits the refusal) until
// then and disposes of it, with its notices, afterwards.
class IncidentRegister : public QObject
{
    Q_OBJECT

public:
    explicit IncidentRegister(Program& program);

    Result<std::vector<Incident>> incidents() const; // by discovery date, then id
    Result<Incident> incident(qint64 id) const;
    // The problems with saving `incident` as it is, empty when it can be.
    QStringList problems(const Incident& incident) const;
    // A new incident, open; its closing date and assessment are set by
    // close() and recordAssessment() only.
    Result<Incident> add(Incident incident);
    // Changes what is known of an incident; its closing date and assessment
    // are kept.
    Result<Incident> update(Incident incident);
    Result<Incident> close(qint64 id, const QDate& closedOn);
    Result<Incident> reopen(qint64 id);
    // Only once retention allows it: an incident is kept while open and six
    // years after it was closed; then it is disposed of with its notices.
    Result<void> remove(qint64 id);

    // Refuses, naming the incidents, when incidents name the asset (as an
    // affected system) or the counterparty (as a covered entity): the
    // incident records keep what they name.
    enum class Named
    {
        Asset,
        Counterparty,
    };
    Result<void> checkNotNamed(Named what, qint64 id, const QString& name) const;

    // The 164.402(2) risk assessment; one per incident, replaced when
    // recorded again.
    Result<Incident> recordAssessment(qint64 incidentId, BreachAssessment assessment);
    // Refused once a notice was sent: the notices rest on it.
    Result<Incident> clearAssessment(qint64 incidentId);

signals:
    void incidentsChanged();

private:
    Result<Incident> saveChanged(const Incident& before, Incident after, const QString& action);
    // What a changed incident would contradict among its notices and dates.
    Result<QStringList> conflictsWithRecords(const Incident& incident) const;

    IncidentWriter m_writer;
};

} // namespace palisade
