#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class VendorDueModel;

// The due list of the Vendors page: as of a chosen day (today unless the user
// picks another), every agreement or counterparty that needs attention,
// overdue first. Double-click or Enter opens what the line is about.
class VendorDuePanel : public QWidget
{
    Q_OBJECT

public:
    explicit VendorDuePanel(Program& program, QWidget* parent = nullptr);

    QDate asOf() const;
    void setAsOf(const QDate& day);
    void reload();
    bool isShowingNothingDue() const;

    VendorDueModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QDateEdit* asOfEdit() const { return m_asOf; }
    QLabel* emptyLabel() const { return m_empty; }
    QLabel* titleLabel() const { return m_title; }

signals:
    void agreementRequested(qint64 agreementId);
    void counterpartyRequested(qint64 counterpartyId);

private:
    void openRow(const QModelIndex& index);

    Program& m_program;
    VendorDueModel* m_model;
    QLabel* m_title;
    QDateEdit* m_asOf;
    QPushButton* m_today;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_empty;
};

} // namespace palisade::ui
