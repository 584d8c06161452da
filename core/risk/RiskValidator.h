#pragma once

#include "core/risk/RemediationTask.h"
#include "core/risk/Risk.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <vector>

namespace palisade {

class SecurityRuleCatalog;

// The rules a risk and its remediation tasks must satisfy before they are
// stored. Each check yields a sentence a user can act on; an empty list means
// the record is acceptable.
class RiskValidator
{
    Q_DECLARE_TR_FUNCTIONS(palisade::RiskValidator)

public:
    static constexpr int maximumTitleLength = 200;

    RiskValidator(const SecurityRuleCatalog& catalog, const QDate& today);

    QStringList problems(const Risk& risk, const std::vector<RemediationTask>& tasks) const;
    QStringList problems(const RemediationTask& task, const Risk& risk) const;

private:
    void checkDates(const Risk& risk, QStringList& out) const;
    void checkTreatment(const Risk& risk, QStringList& out) const;
    void checkAcceptance(const Risk& risk, QStringList& out) const;
    void checkClosing(const Risk& risk, const std::vector<RemediationTask>& tasks,
                      QStringList& out) const;
    void checkCitations(const QStringList& citations, QStringList& out) const;

    const SecurityRuleCatalog& m_catalog;
    QDate m_today;
};

} // namespace palisade
