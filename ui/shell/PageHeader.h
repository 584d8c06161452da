#pragma once

#include <QWidget>

class QLabel;

namespace palisade::ui {

// A page's title in large type with a short line under it.
class PageHeader : public QWidget
{
    Q_OBJECT

public:
    PageHeader(const QString& title, const QString& subtitle, QWidget* parent = nullptr);

    void setSubtitle(const QString& subtitle);
    QString title() const;

private:
    QLabel* m_title;
    QLabel* m_subtitle;
};

} // namespace palisade::ui
