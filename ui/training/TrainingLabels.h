#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <vector>

namespace palisade {
struct Course;
struct WorkforceRole;
} // namespace palisade

namespace palisade::ui {

// How the Training area words dates, roles and cadences, so the tables, the
// detail panel and the editors agree.
class TrainingLabels
{
    Q_DECLARE_TR_FUNCTIONS(palisade::ui::TrainingLabels)

public:
    // "2026-03-01", or an empty string for no date.
    static QString date(const QDate& date);
    // A sort key that puts dates in calendar order and "no date" last.
    static QVariant dateSortKey(const QDate& date);
    // Role labels by key.
    static QHash<QString, QString> roleLabels(const std::vector<WorkforceRole>& roles);
    // The labels of `keys`, joined with commas; an unknown key shows as itself.
    static QString roles(const QStringList& keys, const QHash<QString, QString>& labels);
    // A course's roles, or "Everyone".
    static QString courseRoles(const Course& course, const QHash<QString, QString>& labels);
    // "At hire", "Every 12 months", "When a linked policy changes".
    static QString cadence(const Course& course);
    // "12 months", or "No expiry".
    static QString validity(const Course& course);
    // "80", or an empty string without a passing score.
    static QString passingScore(const Course& course);
    // "92.5" without trailing zeros.
    static QString score(double score);
};

} // namespace palisade::ui
