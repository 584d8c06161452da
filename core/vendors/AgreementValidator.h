#pragma once

#include "core/vendors/Agreement.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace palisade {

// The rules an agreement must satisfy on its own, as of `today`. What needs
// other records (the counterparty, upstream agreements, status changes) the
// register checks.
class AgreementValidator
{
    Q_DECLARE_TR_FUNCTIONS(palisade::AgreementValidator)

public:
    static constexpr int maximumTitleLength = 200;
    static constexpr int maximumNoticeDays = 365;
    static constexpr int maximumReviewCadenceMonths = 60;

    explicit AgreementValidator(const QDate& today)
        : m_today(today)
    {
    }

    QStringList problems(const Agreement& agreement) const;

private:
    QStringList dateProblems(const Agreement& agreement) const;
    QStringList endProblems(const Agreement& agreement) const;
    QStringList dispositionProblems(const Agreement& agreement) const;

    QDate m_today;
};

} // namespace palisade
