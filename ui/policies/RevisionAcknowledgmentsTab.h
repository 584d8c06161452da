#pragma once

#include "core/policies/Policy.h"
#include "core/policies/PolicyRevision.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class AcknowledgmentStatusModel;
class MessageBanner;

// The Policies page's view of who on the workforce has acknowledged the
// selected revision, and where acknowledgments are recorded. A draft or a
// revision in review is not acknowledged; a revision no longer in effect is
// shown as of its last day.
class RevisionAcknowledgmentsTab : public QWidget
{
    Q_OBJECT

public:
    explicit RevisionAcknowledgmentsTab(Program& program, QWidget* parent = nullptr);

    void showRevision(const std::optional<Policy>& policy,
                      const std::optional<PolicyRevision>& revision);
    void refresh();

    // "Acknowledgments (41/45)" for the tab.
    QString title() const { return m_title; }
    QString summaryText() const;
    AcknowledgmentStatusModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QCheckBox* outstandingOnly() const { return m_outstandingOnly; }
    QPushButton* recordButton() const { return m_record; }

    // Opens the dialog for the selected people still to acknowledge.
    void recordAcknowledgment();

signals:
    void titleChanged(const QString& title);

private:
    bool acknowledgeable() const;
    void updateButton();

    Program& m_program;
    std::optional<Policy> m_policy;
    std::optional<PolicyRevision> m_revision;
    QString m_title;
    MessageBanner* m_banner;
    QLabel* m_summary;
    QCheckBox* m_outstandingOnly;
    AcknowledgmentStatusModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QPushButton* m_record;
};

} // namespace palisade::ui
