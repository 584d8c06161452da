#pragma once

#include <QDate>
#include <QWidget>
#include <functional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace palisade::ui {

// Search field, actor / action / record-type choices and a date range for the
// audit trail. Emits filtersChanged() as the user types or picks.
class AuditFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit AuditFilterBar(QWidget* parent = nullptr);

    // Fills the choices, keeping the current selections where they still exist.
    // `earliest` is the local date of the first event; the date fields start there.
    void setChoices(const QStringList& actors, const QStringList& actions,
                    const QStringList& entities, const QDate& earliest);

    QString text() const;
    QString actor() const;
    QString action() const;
    QString entity() const;
    QDate from() const; // invalid for any date
    QDate to() const;   // invalid for any date

    void setText(const QString& text);
    void setAction(const QString& action);
    void clear();
    void focusSearch();

signals:
    void filtersChanged();

private:
    void onChanged();
    static void fillCombo(QComboBox* combo, const QString& anyLabel, const QStringList& values,
                          const std::function<QString(const QString&)>& label);
    static QDate dateOf(const QDateEdit* edit);
    static void setAnyDate(QDateEdit* edit);

    QLineEdit* m_search;
    QComboBox* m_actor;
    QComboBox* m_action;
    QComboBox* m_entity;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_clear;
};

} // namespace palisade::ui
