#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace palisade::ui {

// A calendar date, optionally with a check box that stands for "no date"
// (a QDateEdit alone cannot be empty). While the box is ticked the editor is
// disabled and reads as the box's label, so no stale date is on show.
class RiskDateField : public QWidget
{
    Q_OBJECT

public:
    explicit RiskDateField(QWidget* parent = nullptr);

    // Shows the "no date" check box, labelled e.g. "No due date". The editor
    // then reads `emptyText`, a dash unless given.
    void setOptional(const QString& noneLabel, const QString& emptyText = QString());
    bool isOptional() const { return m_none != nullptr; }

    // Invalid when there is no date.
    QDate date() const;
    void setDate(const QDate& date);
    // The date offered when "no date" is unticked.
    void setFallbackDate(const QDate& date) { m_fallback = date; }
    void setReadOnly(bool readOnly);

    QDateEdit* dateEdit() const { return m_edit; }
    QCheckBox* noneCheck() const { return m_none; }

signals:
    void dateChanged();

private:
    void noneToggled(bool none);

    QDateEdit* m_edit;
    QCheckBox* m_none = nullptr;
    QDate m_fallback;
    bool m_readOnly = false;
};

} // namespace palisade::ui
