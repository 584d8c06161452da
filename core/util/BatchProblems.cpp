#include "core/util/BatchProblems.h"

namespace palisade {

BatchProblems::BatchProblems(std::size_t size, QString pattern)
    : m_size(size)
    , m_pattern(std::move(pattern))
{
}

void BatchProblems::add(std::size_t index, const QStringList& problems)
{
    for (const QString& problem : problems)
        m_problems << (m_size == 1 ? problem : m_pattern.arg(index + 1).arg(problem));
}

QStringList BatchProblems::repeatedName(const QString& name)
{
    const QString folded = name.trimmed().toCaseFolded();
    if (folded.isEmpty())
        return {};
    if (m_names.contains(folded))
        return {tr("The name \"%1\" appears twice.").arg(name.trimmed())};
    m_names.insert(folded);
    return {};
}

Error BatchProblems::refusal(const QStringList& problems)
{
    return Error{ErrorKind::Invalid, problems.join(QLatin1Char('\n')), {}};
}

} // namespace palisade
