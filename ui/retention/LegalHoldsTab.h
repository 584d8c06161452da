#pragma once

#include "core/retention/LegalHold.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class FirstRunPanel;
class LegalHoldModel;
class NoMatchHint;

// The Legal Holds tab: the holds in force (and, when asked, those released),
// with buttons to place one and to release the selected one.
class LegalHoldsTab : public QWidget
{
    Q_OBJECT

public:
    explicit LegalHoldsTab(Program& program, QWidget* parent = nullptr);

    bool reload();
    void updateState();

    std::optional<LegalHold> selectedHold() const;
    bool selectHold(qint64 holdId);
    bool isShowingFirstRun() const;
    bool isShowingReleasedHint() const;

    LegalHoldModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QCheckBox* showReleasedCheck() const { return m_showReleased; }
    QPushButton* placeHoldButton() const { return m_placeHold; }
    QPushButton* releaseButton() const { return m_release; }
    FirstRunPanel* firstRunPanel() const { return m_firstRun; }

signals:
    void placeHoldRequested();
    void releaseRequested();

private:
    void buildTable();

    Program& m_program;
    LegalHoldModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QCheckBox* m_showReleased;
    QTableView* m_table;
    QStackedWidget* m_stack;
    NoMatchHint* m_releasedHint;
    FirstRunPanel* m_firstRun;
    QPushButton* m_firstPlaceHold;
    QPushButton* m_placeHold;
    QPushButton* m_release;
};

} // namespace palisade::ui
