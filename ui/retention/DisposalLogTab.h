#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class DisposalModel;
class FirstRunPanel;

// The Disposal Log tab: every record destroyed after its retention period,
// newest first, with the SHA-256 that proves what it was. The digest can be
// selected and copied.
class DisposalLogTab : public QWidget
{
    Q_OBJECT

public:
    explicit DisposalLogTab(Program& program, QWidget* parent = nullptr);

    bool reload();
    void updateState();
    // Puts the selected row's SHA-256 on the clipboard.
    void copySelectedDigest();
    QString selectedDigest() const;

    bool isShowingFirstRun() const;

    DisposalModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QPushButton* copyButton() const { return m_copy; }
    FirstRunPanel* firstRunPanel() const { return m_firstRun; }

private:
    static constexpr int maximumRecordChars = 40;

    void buildTable();

    DisposalModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QStackedWidget* m_stack;
    FirstRunPanel* m_firstRun;
    QLabel* m_note;
    QPushButton* m_copy;
};

} // namespace palisade::ui
