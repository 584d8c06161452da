#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace palisade {
class SecurityRuleCatalog;
}

namespace palisade::ui {

class RiskCitationModel;

// Picks Security Rule standards and implementation specifications from the
// catalog: a filter field over a checkable list, with a count of the ticked
// ones and a switch to show only those.
class RiskCitationPicker : public QWidget
{
    Q_OBJECT

public:
    explicit RiskCitationPicker(const SecurityRuleCatalog& catalog, QWidget* parent = nullptr);

    QStringList citations() const; // ascending
    void setCitations(const QStringList& citations);
    void setReadOnly(bool readOnly);
    // What the summary says while nothing is ticked; by default it speaks of a risk.
    void setNothingTickedText(const QString& text);

    QLineEdit* filterEdit() const { return m_filter; }
    QListView* view() const { return m_view; }
    QCheckBox* selectedOnlyCheck() const { return m_selectedOnly; }
    RiskCitationModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QString summaryText() const;

signals:
    void citationsChanged();

private:
    void applyFilter();
    void updateSummary();

    RiskCitationModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QCheckBox* m_selectedOnly;
    QListView* m_view;
    QLabel* m_summary;
    QString m_nothingTicked;
};

} // namespace palisade::ui
