#pragma once

#include "core/demo/DemoRandom.h"
#include "core/policies/Policy.h"

#include <QDate>
#include <vector>

namespace palisade {

class DemoAcknowledgmentGenerator;
class DemoTrainingGenerator;
struct DemoContext;

// The policy library: the starter templates adopted at set-up and, at the
// larger scales, the firm's own policies and procedures; each goes through
// review, sign-off by every role it names and taking effect, then comes back
// for its yearly review, which most years brings a new revision. Some reviews
// are missed, and some revisions are still drafts or in review today.
class DemoPolicyGenerator
{
public:
    DemoPolicyGenerator(DemoContext& context, DemoAcknowledgmentGenerator& acknowledgments,
                        DemoTrainingGenerator& training);

    void plan();

private:
    struct Tracked
    {
        Policy policy;
        QString audience; // who acknowledges it; empty: everyone
        bool briefing = false;
    };

    void adoptTemplates();
    void addPolicy(const Policy& policy, const QString& content, const QString& audience);
    void submit(std::size_t index, qint64 revisionId);
    void approve(std::size_t index, qint64 revisionId, int role);
    void takeEffect(std::size_t index, qint64 revisionId, bool material);
    void revise(std::size_t index);
    QString approverFor(const QString& role) const;
    // Schedules `step` `days` from the current day, unless that is after the last day.
    template <typename Step> void after(int days, Step step);

    DemoContext& m_context;
    DemoAcknowledgmentGenerator& m_acknowledgments;
    DemoTrainingGenerator& m_training;
    DemoRandom m_random;
    std::vector<Tracked> m_policies;
};

} // namespace palisade
