#pragma once

#include "core/incidents/BreachAssessment.h"
#include "core/incidents/CorrectiveAction.h"
#include "core/incidents/Incident.h"
#include "core/incidents/IncidentNotification.h"
#include "core/incidents/StateNotificationRule.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace palisade {

// The rules each incident record must satisfy on its own, as translated
// problems (empty when it can be saved). What depends on other records (the
// incident's covered entities, a State rule already on file) and on today's
// date the register checks. normalize() trims text, upper-cases State codes
// and sorts lists.
class IncidentValidator
{
    Q_DECLARE_TR_FUNCTIONS(palisade::IncidentValidator)

public:
    static constexpr int maximumTitleLength = 200;

    static void normalize(Incident& incident);
    static void normalize(BreachAssessment& assessment);
    static void normalize(IncidentNotification& notification);
    static void normalize(CorrectiveAction& action);
    static void normalize(StateNotificationRule& rule);

    // `today`: no date of the incident may be later.
    static QStringList problems(const Incident& incident, const QDate& today);
    // `discoveredOn`: the assessment cannot come before the discovery.
    static QStringList problems(const BreachAssessment& assessment, const QDate& discoveredOn,
                                const QDate& today);
    static QStringList problems(const IncidentNotification& notification, const QDate& discoveredOn,
                                const QDate& today);
    static QStringList problems(const CorrectiveAction& action);
    static QStringList problems(const StateNotificationRule& rule);

    static bool isJurisdiction(const QString& code);
};

} // namespace palisade
