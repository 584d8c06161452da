#include "ui/retention/DisposalRun.h"

#include "core/retention/RetentionRegister.h"

#include <QStringList>
#include <algorithm>

namespace palisade::ui {

DisposalRun::DisposalRun(RetentionRegister& retention)
    : m_retention(retention)
{
}

void DisposalRun::run(const std::vector<RetentionRecord>& records)
{
    m_outcomes.clear();
    m_parts = 0;
    const Result<std::vector<Disposal>> before = m_retention.disposals();
    std::vector<RecordRef> refs;
    refs.reserve(records.size());
    for (const RetentionRecord& record : records)
        refs.push_back(record.ref());
    m_outcomes = m_retention.dispose(refs);
    const Result<std::vector<Disposal>> after = m_retention.disposals();
    if (before && after)
        m_parts = std::max(0, int(after->size() - before->size()) - disposedCount());
}

int DisposalRun::disposedCount() const
{
    return int(std::count_if(m_outcomes.begin(), m_outcomes.end(),
                             [](const DisposalOutcome& outcome) { return outcome.disposed(); }));
}

int DisposalRun::refusedCount() const
{
    return int(m_outcomes.size()) - disposedCount();
}

QString DisposalRun::summary() const
{
    QString text = tr("Disposed of %n record(s)", nullptr, disposedCount());
    if (m_parts > 0)
        text += tr(" and %n that belonged to them", nullptr, m_parts);
    if (refusedCount() == 0)
        return text + QLatin1Char('.');
    QStringList reasons;
    for (const DisposalOutcome& outcome : m_outcomes) {
        if (!outcome.disposed() && !reasons.contains(outcome.refusal))
            reasons << outcome.refusal;
    }
    return text + tr("; %n refused: ", nullptr, refusedCount()) + reasons.join(QLatin1Char(' '));
}

} // namespace palisade::ui
