#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace palisade::ui {

// The Vendors page's filters: text (which also searches the text of signed
// documents), agreement status, direction and "needs attention only". Emits
// filtersChanged() as the user types or picks.
class VendorFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit VendorFilterBar(QWidget* parent = nullptr);

    QString text() const;
    QString statusKey() const;    // empty for any status
    QString directionKey() const; // empty for either direction
    bool attentionOnly() const;
    bool isFiltering() const;

    void setText(const QString& text);
    void setStatusKey(const QString& key);
    void setDirectionKey(const QString& key);
    void setAttentionOnly(bool only);
    void setCountText(const QString& text);
    void clear();
    void focusSearch();

    QLineEdit* searchField() const { return m_search; }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* directionCombo() const { return m_direction; }
    QCheckBox* attentionCheck() const { return m_attention; }
    QPushButton* clearButton() const { return m_clear; }
    QLabel* countLabel() const { return m_count; }

signals:
    void filtersChanged();

private:
    void onChanged();

    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_direction;
    QCheckBox* m_attention;
    QPushButton* m_clear;
    QLabel* m_count;
};

} // namespace palisade::ui
