#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class CorrectiveActionModel;
class MessageBanner;

// The corrective actions an incident called for: added, changed and marked
// done (on a day, once) through CorrectiveActionRegister.
class CorrectiveActionsTab : public QWidget
{
    Q_OBJECT

public:
    explicit CorrectiveActionsTab(Program& program, QWidget* parent = nullptr);

    void setIncident(qint64 incidentId);
    void reload();

    bool completeSelected(const QDate& on);
    bool selectAction(qint64 id);
    qint64 selectedActionId() const;

    QString title() const;
    CorrectiveActionModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    MessageBanner* banner() const { return m_banner; }
    QLabel* emptyLabel() const { return m_empty; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* doneButton() const { return m_done; }

signals:
    void titleChanged(const QString& title);

private:
    void addAction();
    void editSelected();
    void askToComplete();
    void updateButtons();

    Program& m_program;
    qint64 m_incidentId = 0;
    CorrectiveActionModel* m_model;
    QSortFilterProxyModel* m_proxy;
    MessageBanner* m_banner;
    QTableView* m_table;
    QLabel* m_empty;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_done;
};

} // namespace palisade::ui
