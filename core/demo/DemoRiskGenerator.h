#pragma once

#include "core/demo/DemoRandom.h"
#include "core/risk/AssetKind.h"
#include "core/risk/Risk.h"

#include <QDate>
#include <QSet>
#include <vector>

namespace palisade {

struct DemoContext;
struct DemoRiskScenario;

// The asset inventory and the risk analysis: assets recorded at set-up and
// added over the years; a yearly risk analysis that identifies new risks and
// reassesses the open ones; treatments decided a few weeks later, remediation
// tasks worked (some late), risks closed once remediated, and accepted risks
// with their approver and an expiry that is renewed or left to lapse.
class DemoRiskGenerator
{
public:
    explicit DemoRiskGenerator(DemoContext& context);

    void plan();

private:
    void addAssets(int count, bool initial);
    void runAnalysis(int count);
    void decide(qint64 riskId);
    void workTask(qint64 riskId, qint64 taskId, bool finish);
    void closeIfRemediated(qint64 riskId);
    void renewAcceptance(qint64 riskId);
    void reassess(qint64 riskId);
    Risk plannedRisk(const QDate& day);
    RiskRating rating();
    template <typename Step> void on(const QDate& day, Step step);

    DemoContext& m_context;
    DemoRandom m_random;
    std::vector<qint64> m_openRisks;
    std::vector<AssetKind> m_assetKinds; // of DemoRecords::assets, in order
    QSet<QString> m_assetNames;
    int m_assetsMade = 0;
};

} // namespace palisade
