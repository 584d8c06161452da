#pragma once

#include "core/training/Completion.h"
#include "core/training/Course.h"
#include "core/training/ImportBatch.h"
#include "core/training/ImportMapping.h"
#include "core/training/Person.h"
#include "core/training/PhishingCampaign.h"

#include <QCoreApplication>
#include <QStringList>

namespace palisade {

// The rules each training record must satisfy on its own, as translated
// problems (empty when it can be saved). What depends on other records (a
// unique employee ID, a known role, a course's passing score) the register
// checks against the stored ones. normalize() trims text and sorts lists.
class TrainingValidator
{
    Q_DECLARE_TR_FUNCTIONS(palisade::TrainingValidator)

public:
    static constexpr int maximumNameLength = 200;
    static constexpr int maximumEmployeeIdLength = 64;
    static constexpr int maximumCadenceMonths = 120;
    static constexpr int maximumValidityMonths = 120;

    static void normalize(Person& person);
    static void normalize(Course& course);
    static void normalize(Completion& completion);
    static void normalize(PhishingCampaign& campaign);

    static QStringList problems(const Person& person);
    static QStringList problems(const Course& course);
    // `course`: the course completed, for its passing score.
    static QStringList problems(const Completion& completion, const Course& course);
    static QStringList problems(const PhishingCampaign& campaign);
    static QStringList problems(const ImportMapping& mapping);
    static QStringList problems(const ImportBatch& batch);
    static QStringList roleLabelProblems(const QString& label);
};

} // namespace palisade
