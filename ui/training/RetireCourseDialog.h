#pragma once

#include <QDate>
#include <QDialog>

namespace palisade::ui {

class RiskDateField;

// Asks from which day a course is no longer required; its completions stay
// on file.
class RetireCourseDialog : public QDialog
{
    Q_OBJECT

public:
    RetireCourseDialog(const QString& courseTitle, const QDate& today, QWidget* parent = nullptr);

    QDate date() const;
    RiskDateField* dateField() const { return m_date; }

private:
    RiskDateField* m_date;
};

} // namespace palisade::ui
