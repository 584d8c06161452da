#include "ui/training/TrainingLabels.h"

#include "core/training/Course.h"
#include "core/training/WorkforceRole.h"

#include <QLocale>
#include <limits>

namespace palisade::ui {

QString TrainingLabels::date(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant TrainingLabels::dateSortKey(const QDate& date)
{
    return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::max();
}

QHash<QString, QString> TrainingLabels::roleLabels(const std::vector<WorkforceRole>& roles)
{
    QHash<QString, QString> labels;
    for (const WorkforceRole& role : roles)
        labels.insert(role.key, role.label);
    return labels;
}

QString TrainingLabels::roles(const QStringList& keys, const QHash<QString, QString>& labels)
{
    QStringList shown;
    for (const QString& key : keys)
        shown << labels.value(key, key);
    return shown.join(QStringLiteral(", "));
}

QString TrainingLabels::courseRoles(const Course& course, const QHash<QString, QString>& labels)
{
    return course.appliesToEveryone() ? tr("Everyone") : roles(course.roles, labels);
}

QString TrainingLabels::cadence(const Course& course)
{
    switch (course.cadence) {
    case Cadence::AtHire:
        return tr("At hire");
    case Cadence::EveryMonths:
        return tr("Every %n month(s)", nullptr, course.cadenceMonths);
    case Cadence::OnPolicyChange:
        return course.policyIds.isEmpty() ? tr("When any policy changes")
                                          : tr("When a linked policy changes");
    }
    return cadenceLabel(course.cadence);
}

QString TrainingLabels::validity(const Course& course)
{
    if (!course.validityMonths)
        return tr("No expiry");
    return tr("%n month(s)", nullptr, *course.validityMonths);
}

QString TrainingLabels::passingScore(const Course& course)
{
    return course.passingScore ? QLocale().toString(*course.passingScore) : QString();
}

QString TrainingLabels::score(double score)
{
    return QLocale().toString(score, 'g', 4);
}

} // namespace palisade::ui
