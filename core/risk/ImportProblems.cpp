#include "core/risk/ImportProblems.h"

#include <QSet>
#include <algorithm>

namespace palisade {

QString ImportProblems::lineMessage(int line, const QString& reason)
{
    return tr("Line %1: %2").arg(line).arg(reason);
}

ImportProblems ImportProblems::fromRefusal(const QString& message, const QList<int>& lines,
                                           const QString& numbered)
{
    ImportProblems problems;
    for (const QString& problem : message.split(QLatin1Char('\n'))) {
        int line = lines.value(0);
        QString reason = problem;
        for (qsizetype i = 0; lines.size() > 1 && i < lines.size(); ++i) {
            const QString prefix = QString(numbered).arg(i + 1).arg(QString());
            if (problem.startsWith(prefix)) {
                line = lines.at(i);
                reason = problem.mid(prefix.size());
                break;
            }
        }
        problems.add(line, reason);
    }
    return problems;
}

void ImportProblems::add(int line, const QString& reason)
{
    m_entries.append({line, lineMessage(line, reason)});
}

void ImportProblems::add(int line, const QStringList& reasons)
{
    for (const QString& reason : reasons)
        add(line, reason);
}

void ImportProblems::addPrefixed(int line, const QString& message)
{
    m_entries.append({line, message});
}

qsizetype ImportProblems::rowCount() const
{
    QSet<int> rows;
    for (const auto& entry : m_entries)
        rows.insert(entry.first);
    return rows.size();
}

QStringList ImportProblems::lines() const
{
    QList<std::pair<int, QString>> sorted = m_entries;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList out;
    for (const auto& entry : sorted)
        out << entry.second;
    return out;
}

Error ImportProblems::error(const QString& fileName) const
{
    const int rows = int(rowCount());
    const QString summary =
        fileName.isEmpty()
            ? tr("Nothing was imported: %n row(s) have problems.", nullptr, rows)
            : tr("Nothing was imported from %1: %n row(s) have problems.", nullptr, rows)
                  .arg(fileName);
    // A wrong file (a spreadsheet's binary, another export) can have a problem
    // on each of tens of thousands of lines; the first ones say what is wrong.
    QStringList listed = lines();
    const qsizetype unlisted = listed.size() - maximumListed;
    if (unlisted > 0) {
        listed.resize(maximumListed);
        listed.append(tr("… and %n more problem(s), not listed.", nullptr, int(unlisted)));
    }
    return Error{ErrorKind::Invalid, (QStringList{summary} + listed).join(QLatin1Char('\n')), {}};
}

} // namespace palisade
