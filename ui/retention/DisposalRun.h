#pragma once

#include "core/retention/DisposalOutcome.h"
#include "core/retention/RecordRef.h"
#include "core/retention/RetentionRecord.h"

#include <QCoreApplication>
#include <vector>

namespace palisade {
class RetentionRegister;
}

namespace palisade::ui {

// Disposes of a batch of records through the retention register (each in its
// own transaction, in an order that lets every one go), then says in one
// sentence how it went.
class DisposalRun
{
    Q_DECLARE_TR_FUNCTIONS(palisade::ui::DisposalRun)

public:
    explicit DisposalRun(RetentionRegister& retention);

    void run(const std::vector<RetentionRecord>& records);

    const std::vector<DisposalOutcome>& outcomes() const { return m_outcomes; }
    int disposedCount() const;
    int refusedCount() const;
    // Records that went with the ones asked for (an agreement's documents).
    int partCount() const { return m_parts; }
    // "Disposed of 3 records; 1 refused: <reason>"
    QString summary() const;

private:
    RetentionRegister& m_retention;
    std::vector<DisposalOutcome> m_outcomes;
    int m_parts = 0;
};

} // namespace palisade::ui
