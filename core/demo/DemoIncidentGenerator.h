#pragma once

#include "core/demo/DemoRandom.h"

#include <QDate>

namespace palisade {

struct DemoContext;
struct DemoIncidentScenario;

// Incidents and breaches: closed ones over the earlier years, each with its
// four-factor assessment, the notices the rules called for, corrective actions
// and its closing; and three open today: a secured device, a breach whose
// notices are due in the weeks ahead, and one whose notice to individuals is
// overdue.
class DemoIncidentGenerator
{
public:
    explicit DemoIncidentGenerator(DemoContext& context);

    void plan();

private:
    enum class Ending
    {
        Closed,     // every notice sent, every action done, closed
        NoticesDue, // open; the covered entity told, the rest still due
        NoticeLate, // open; the notice to individuals is overdue
        Investigating,
    };

    void report(const DemoIncidentScenario& scenario, Ending ending);
    void assess(qint64 id, const DemoIncidentScenario& scenario, Ending ending);
    void notify(qint64 id, int key);
    void addActions(qint64 id, const DemoIncidentScenario& scenario, Ending ending);
    void closeWhenDone(qint64 id);
    template <typename Step> void on(const QDate& day, Step step);

    DemoContext& m_context;
    DemoRandom m_random;
};

} // namespace palisade
