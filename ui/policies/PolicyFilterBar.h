#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace palisade::ui {

// The Policies page's filters: text over code, title and owner, one category,
// and "reviews due only". Emits filtersChanged() as the user types or picks.
class PolicyFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyFilterBar(QWidget* parent = nullptr);

    QString text() const;
    QString categoryKey() const; // empty for any category
    bool reviewsDueOnly() const;
    bool isFiltering() const;

    void setText(const QString& text);
    void setCategoryKey(const QString& key);
    void setReviewsDueOnly(bool only);
    void setCountText(const QString& text);
    void clear();
    void focusSearch();

    QLineEdit* searchField() const { return m_search; }
    QComboBox* categoryCombo() const { return m_category; }
    QCheckBox* reviewsDueCheck() const { return m_reviewsDue; }
    QPushButton* clearButton() const { return m_clear; }
    QLabel* countLabel() const { return m_count; }

signals:
    void filtersChanged();

private:
    void onChanged();

    QLineEdit* m_search;
    QComboBox* m_category;
    QCheckBox* m_reviewsDue;
    QPushButton* m_clear;
    QLabel* m_count;
};

} // namespace palisade::ui
