#pragma once

#include "core/util/Error.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>
#include <cstddef>

namespace palisade {

// The problems of a batch of records that is stored all or nothing. A batch of
// one reports its problems as they are; in a larger batch each problem is
// worded with the record's 1-based position through `pattern`, a translated
// "Risk %1: %2", so an importer can map it back to its line.
class BatchProblems
{
    Q_DECLARE_TR_FUNCTIONS(palisade::BatchProblems)

public:
    BatchProblems(std::size_t size, QString pattern);

    void add(std::size_t index, const QStringList& problems);
    // A problem when `name` was already given earlier in the batch, ignoring
    // case, for registers whose names are unique.
    QStringList repeatedName(const QString& name);
    bool isEmpty() const { return m_problems.isEmpty(); }
    Error refusal() const { return refusal(m_problems); }

    // A rule refusal: the problems, one per line.
    static Error refusal(const QStringList& problems);

private:
    std::size_t m_size;
    QString m_pattern;
    QStringList m_problems;
    QSet<QString> m_names;
};

} // namespace palisade
