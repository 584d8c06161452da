#pragma once

#include "core/training/PhishingCampaign.h"

#include <QWidget>
#include <functional>
#include <optional>

class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class FirstRunPanel;
class MessageBanner;
class PhishingCampaignModel;

// The Phishing tab: the phishing simulations run, newest first, with buttons
// to record one, correct the selected one and delete it. Campaigns are kept
// six years; the retention refusal of a delete is shown in the banner.
class PhishingTab : public QWidget
{
    Q_OBJECT

public:
    // Asked before deleting; true to go ahead.
    using DeleteConfirmation = std::function<bool(const PhishingCampaign&)>;

    explicit PhishingTab(Program& program, QWidget* parent = nullptr);

    bool reload();
    void updateState();

    std::optional<PhishingCampaign> selectedCampaign() const;
    bool selectCampaign(qint64 campaignId);
    bool isShowingFirstRun() const;

    void addCampaign();
    void editSelected();
    // Deletes the selected campaign after asking; false when nothing was
    // deleted (not confirmed, or refused, with the reason in the banner).
    bool deleteSelected();
    void setDeleteConfirmation(DeleteConfirmation confirm) { m_confirm = std::move(confirm); }

    PhishingCampaignModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    MessageBanner* banner() const { return m_banner; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }
    FirstRunPanel* firstRunPanel() const { return m_firstRun; }

private:
    void buildTable();
    void openEditor(const PhishingCampaign& campaign);
    bool confirmDelete(const PhishingCampaign& campaign);

    Program& m_program;
    PhishingCampaignModel* m_model;
    QSortFilterProxyModel* m_proxy;
    MessageBanner* m_banner;
    QTableView* m_table;
    QStackedWidget* m_stack;
    FirstRunPanel* m_firstRun;
    QPushButton* m_firstAdd;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
    DeleteConfirmation m_confirm;
};

} // namespace palisade::ui
