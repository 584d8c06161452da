#pragma once

#include <QWidget>

class QLabel;

namespace palisade {
class Program;
struct ChainVerification;
} // namespace palisade

namespace palisade::ui {

class BaaDueSummaryBox;
class IncidentDeadlineSummaryBox;
class PolicyReviewSummaryBox;
class TrainingDueSummaryBox;
class PageHeader;

// The first page after unlocking: what this file is, whose it is, and the
// state of its audit trail. Real data only.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Program& program, QWidget* parent = nullptr);

    void setLastVerification(const ChainVerification& result);
    void refresh();

    QString eventCountText() const;
    QString verificationText() const;

signals:
    void verifyRequested();
    void auditTrailRequested();
    void vendorsRequested();
    void policiesRequested();
    void trainingRequested();
    void incidentsRequested();

private:
    Program& m_program;
    PageHeader* m_header;
    QLabel* m_organization;
    QLabel* m_officer;
    QLabel* m_file;
    QLabel* m_created;
    QLabel* m_events;
    QLabel* m_verification;
    BaaDueSummaryBox* m_baas;
    PolicyReviewSummaryBox* m_policyReviews;
    TrainingDueSummaryBox* m_training;
    IncidentDeadlineSummaryBox* m_incidents;
};

} // namespace palisade::ui
