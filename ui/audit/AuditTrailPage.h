#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace palisade {
class Program;
struct ChainVerification;
} // namespace palisade

namespace palisade::ui {

class AuditEventDetailWidget;
class AuditFilterBar;
class AuditFilterProxyModel;
class AuditTableView;
class AuditTrailModel;
class AuditVerificationBanner;
class AuditVerificationRunner;
class ClipboardGuard;
class DeferredReload;

// The audit trail area: a filterable table of every recorded event, the
// selected event in full, and verification of the hash chain.
class AuditTrailPage : public QWidget
{
    Q_OBJECT

public:
    AuditTrailPage(Program& program, ClipboardGuard& clipboard, QWidget* parent = nullptr);
    ~AuditTrailPage() override;

    void startVerification();
    // Cancels a running verification and waits for it; call before the file is closed.
    void stopVerification();
    bool isVerifying() const;
    // Puts the selected rows on the clipboard as tab-separated text.
    void copySelection();

    AuditTrailModel* model() const { return m_model; }
    AuditFilterProxyModel* proxy() const { return m_proxy; }
    AuditFilterBar* filterBar() const { return m_filters; }
    AuditTableView* table() const { return m_table; }
    AuditEventDetailWidget* detail() const { return m_detail; }
    AuditVerificationBanner* banner() const { return m_banner; }

signals:
    void verificationFinished(const palisade::ChainVerification& result);

private:
    void refresh();
    // Reads the trail the first time, only the new events afterwards.
    void load();
    void reloadChoices();
    void applyFilters();
    void updateEmptyState();
    void showCurrentEvent();
    void onVerified(const ChainVerification& result);
    void selectSeq(qint64 seq);

    Program& m_program;
    ClipboardGuard& m_clipboard;
    AuditTrailModel* m_model;
    AuditFilterProxyModel* m_proxy;
    AuditVerificationRunner* m_runner;
    AuditFilterBar* m_filters;
    AuditTableView* m_table;
    QStackedWidget* m_tableStack;
    QLabel* m_emptyHint;
    QPushButton* m_emptyClear;
    AuditEventDetailWidget* m_detail;
    AuditVerificationBanner* m_banner;
    QPushButton* m_verifyButton;
    DeferredReload* m_reload;
};

} // namespace palisade::ui
