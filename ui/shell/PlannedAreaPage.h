#pragma once

#include <QIcon>
#include <QWidget>

namespace palisade::ui {

// The page of an area that is not built yet: it says so plainly and tells
// what the area will hold, rather than showing sample data.
class PlannedAreaPage : public QWidget
{
    Q_OBJECT

public:
    PlannedAreaPage(const QString& title, const QString& summary, const QIcon& icon = {},
                    QWidget* parent = nullptr);

    QString title() const { return m_title; }
    // Everything the page says, for tests and accessibility.
    QString text() const;

private:
    QString m_title;
    QString m_notice;
    QString m_summary;
};

} // namespace palisade::ui
