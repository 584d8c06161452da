#pragma once

#include "core/util/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <utility>

namespace palisade {

// The problems of one CSV import, each tied to the physical line of its row,
// gathered so the user sees every bad row at once rather than one per try.
class ImportProblems
{
    Q_DECLARE_TR_FUNCTIONS(palisade::ImportProblems)

public:
    void add(int line, const QString& reason);
    void add(int line, const QStringList& reasons);
    // A message that already names its line, as CsvHeader's do.
    void addPrefixed(int line, const QString& message);

    bool isEmpty() const { return m_entries.isEmpty(); }
    // Distinct rows with at least one problem.
    qsizetype rowCount() const;
    // "Line N: reason", ordered by line.
    QStringList lines() const;

    // The most problems error() lists, one line each.
    static constexpr qsizetype maximumListed = 200;

    // Invalid: a first line saying nothing was imported and how many rows are
    // wrong, then one line per problem, up to maximumListed, and how many
    // more there are.
    Error error(const QString& fileName) const;

    static QString lineMessage(int line, const QString& reason);

    // A register's all-or-nothing refusal, with its record numbers turned
    // back into lines. `numbered` is the register's translated "Risk %1: %2";
    // a refusal of a single record has no numbers and belongs to lines[0].
    static ImportProblems fromRefusal(const QString& message, const QList<int>& lines,
                                      const QString& numbered);

private:
    QList<std::pair<int, QString>> m_entries;
};

} // namespace palisade
