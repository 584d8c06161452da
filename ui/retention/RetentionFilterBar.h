#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace palisade::ui {

// The Records tab's controls: the day the statuses are worked out for ("as
// of", today unless changed), a status, a record type and a text filter.
class RetentionFilterBar : public QWidget
{
    Q_OBJECT

public:
    RetentionFilterBar(const QDate& today, QWidget* parent = nullptr);

    QDate asOf() const;
    QDate today() const { return m_today; }
    QString statusKey() const;  // empty for any status
    QString recordType() const; // empty for any type
    QString text() const;
    bool isFiltering() const;

    void setAsOf(const QDate& day);
    // A new day has begun; "as of" follows it unless the user chose a day.
    void setToday(const QDate& today);
    void setStatusKey(const QString& key);
    void setRecordType(const QString& recordType);
    void setText(const QString& text);
    void setCountText(const QString& text);
    // Clears the status, type and text; keeps the "as of" day.
    void clear();
    void focusSearch();

    QDateEdit* asOfEdit() const { return m_asOf; }
    QToolButton* todayButton() const { return m_todayButton; }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* typeCombo() const { return m_type; }
    QLineEdit* searchField() const { return m_search; }
    QPushButton* clearButton() const { return m_clear; }
    QLabel* countLabel() const { return m_count; }

signals:
    void asOfChanged(const QDate& day);
    void filtersChanged();

private:
    void onChanged();

    QDate m_today;
    QDateEdit* m_asOf;
    QToolButton* m_todayButton;
    QComboBox* m_status;
    QComboBox* m_type;
    QLineEdit* m_search;
    QPushButton* m_clear;
    QLabel* m_count;
};

} // namespace palisade::ui
