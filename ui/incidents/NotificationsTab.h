#pragma once

#include "core/incidents/Incident.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class MessageBanner;
class RequiredNoticeModel;
class SentNoticeModel;

// The notices the incident calls for (BreachNotificationRules through
// BreachReporting) with their deadlines, and the notices on file with their
// copies. "Record Notice Sent…" starts from the selected required notice.
class NotificationsTab : public QWidget
{
    Q_OBJECT

public:
    explicit NotificationsTab(Program& program, QWidget* parent = nullptr);

    void setIncident(const std::optional<Incident>& incident);
    void reload();

    bool selectRequired(const QString& key);
    bool selectSent(qint64 notificationId);
    qint64 selectedNotificationId() const;
    // Writes a decrypted copy of the selected notice's letter; audited.
    bool saveCopyTo(const QString& path);

    // "Notices 1/3" (sent of owed) for the tab.
    QString title() const { return m_title; }
    QString summaryText() const;
    RequiredNoticeModel* requiredModel() const { return m_required; }
    SentNoticeModel* sentModel() const { return m_sent; }
    QTableView* requiredTable() const { return m_requiredTable; }
    QTableView* sentTable() const { return m_sentTable; }
    MessageBanner* banner() const { return m_banner; }
    QPushButton* recordButton() const { return m_record; }
    QPushButton* openCopyButton() const { return m_openCopy; }
    QPushButton* saveCopyButton() const { return m_saveCopy; }
    QLabel* requiredEmptyLabel() const { return m_requiredEmpty; }
    QLabel* sentEmptyLabel() const { return m_sentEmpty; }

signals:
    void titleChanged(const QString& title);

private:
    void recordNotice();
    void openCopy();
    void chooseAndSaveCopy();
    void updateButtons();

    Program& m_program;
    std::optional<Incident> m_incident;
    QString m_title;
    RequiredNoticeModel* m_required;
    QSortFilterProxyModel* m_requiredProxy;
    SentNoticeModel* m_sent;
    QSortFilterProxyModel* m_sentProxy;
    MessageBanner* m_banner;
    QLabel* m_summary;
    QTableView* m_requiredTable;
    QLabel* m_requiredEmpty;
    QTableView* m_sentTable;
    QLabel* m_sentEmpty;
    QPushButton* m_record;
    QPushButton* m_openCopy;
    QPushButton* m_saveCopy;
};

} // namespace palisade::ui
