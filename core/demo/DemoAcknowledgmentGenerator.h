#pragma once

#include "core/demo/DemoRandom.h"

#include <QDate>
#include <QSet>
#include <map>
#include <vector>

namespace palisade {

struct DemoContext;
struct DemoPerson;

// Policy acknowledgments: everyone a policy applies to acknowledges each
// revision that takes effect (most within three weeks, some late, a few
// never), and new hires acknowledge the policies in effect when they join.
class DemoAcknowledgmentGenerator
{
public:
    explicit DemoAcknowledgmentGenerator(DemoContext& context);

    // `audience` is the department that must acknowledge; empty: everyone.
    // A revision that is not `material` replaces the one in effect without
    // asking anyone to acknowledge it again.
    void revisionTookEffect(qint64 policyId, qint64 revisionId, const QString& audience,
                            bool material);
    void personHired(const DemoPerson& person);

private:
    struct InEffect
    {
        qint64 revisionId = 0;
        QString audience;
    };
    struct Pending
    {
        std::size_t person; // index into DemoRecords::people
        qint64 revisionId;
    };

    void schedule(std::size_t person, qint64 revisionId, const QDate& from, int promptDays);
    void acknowledgeDay(const QDate& day);

    DemoContext& m_context;
    DemoRandom m_random;
    std::map<qint64, InEffect> m_inEffect; // by policy
    std::map<QDate, std::vector<Pending>> m_due;
    QSet<quint64> m_scheduled; // person id and revision id
};

} // namespace palisade
