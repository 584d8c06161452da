#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace palisade {
class Program;
}

namespace palisade::ui {

class BreachLogModel;
class MessageBanner;

// The yearly breach log: the breaches discovered in the chosen year, what
// HHS needs of them and by when, and the file to submit from (CSV or XLSX).
class BreachLogTab : public QWidget
{
    Q_OBJECT

public:
    explicit BreachLogTab(Program& program, QWidget* parent = nullptr);

    // Reads the incidents again, keeping the chosen year.
    void reload();
    int year() const;
    void setYear(int year);
    QList<int> years() const;

    // Asks where to save, then exports the chosen year's log.
    void exportCsv();
    void exportXlsx();
    // Writes the chosen year's log to `path`, replacing a file there; true
    // when saved. What happened shows in the banner.
    bool exportCsvTo(const QString& path);
    bool exportXlsxTo(const QString& path);

    bool isShowingEmptyState() const;

    BreachLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* yearCombo() const { return m_year; }
    QLabel* explanationLabel() const { return m_explanation; }
    QLabel* emptyLabel() const { return m_empty; }
    MessageBanner* banner() const { return m_banner; }
    QPushButton* csvButton() const { return m_csv; }
    QPushButton* xlsxButton() const { return m_xlsx; }

private:
    void fillYears();
    void showYear();
    QString suggestedPath(const QString& suffix) const;
    bool exportTo(const QString& path, bool xlsx);

    Program& m_program;
    BreachLogModel* m_model;
    MessageBanner* m_banner;
    QComboBox* m_year;
    QLabel* m_explanation;
    QPushButton* m_csv;
    QPushButton* m_xlsx;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_empty;
};

} // namespace palisade::ui
