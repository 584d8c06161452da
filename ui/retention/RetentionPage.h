#pragma once

#include <QWidget>

class QTabWidget;

namespace palisade {
class Program;
}

namespace palisade::ui {

class DeferredReload;
class DisposalLogTab;
class LegalHoldsTab;
class MessageBanner;
class PageHeader;
class RetentionRecordsTab;
class RetentionRulesTab;

// The Retention area: what is kept until when under HIPAA's six-year rule,
// the legal holds that keep records longer, the log of what was disposed of,
// and the rules themselves. The privacy officer places and releases holds
// and disposes of records past their retention period here.
class RetentionPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        Records,
        Holds,
        Disposals,
        Rules,
    };

    explicit RetentionPage(Program& program, QWidget* parent = nullptr);

    // Opens the legal hold dialog, for the record selected on the Records tab
    // if there is one.
    void placeHold();
    // Asks for a reason, then releases the hold selected on the Legal Holds tab.
    void releaseSelectedHold();
    // Lists what would be disposed of (the selected eligible records, else
    // every record eligible as of the chosen day), asks, and disposes.
    void disposeEligible();

    // Reads every tab again, now. The registers' signals ask for it, and it
    // happens when the page is next shown (DeferredReload).
    void reload();

    QTabWidget* tabs() const { return m_tabs; }
    MessageBanner* banner() const { return m_banner; }
    RetentionRecordsTab* recordsTab() const { return m_records; }
    LegalHoldsTab* holdsTab() const { return m_holds; }
    DisposalLogTab* disposalLogTab() const { return m_log; }
    RetentionRulesTab* rulesTab() const { return m_rules; }

private:
    void updateTabTitles();
    void onChanged();

    Program& m_program;
    PageHeader* m_header;
    MessageBanner* m_banner;
    QTabWidget* m_tabs;
    RetentionRecordsTab* m_records;
    LegalHoldsTab* m_holds;
    DisposalLogTab* m_log;
    RetentionRulesTab* m_rules;
    DeferredReload* m_reload;
    bool m_working = false;
};

} // namespace palisade::ui
