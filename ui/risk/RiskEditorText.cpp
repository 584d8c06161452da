#include "ui/risk/RiskEditorText.h"

#include <QPlainTextEdit>
#include <QStringList>
#include <QTextDocument>

namespace palisade::ui {

QPlainTextEdit* RiskEditorText::multiLine(QWidget* parent, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int height = edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() +
                       int(edit->document()->documentMargin() * 2);
    edit->setMinimumHeight(height);
    edit->setMaximumHeight(height);
    return edit;
}

QString RiskEditorText::bulleted(const QStringList& lines)
{
    QStringList out;
    for (const QString& line : lines)
        out << QStringLiteral("\u2022 ") + line;
    return out.join(QLatin1Char('\n'));
}

bool RiskEditorText::showProblems(MessageBanner* banner, MessageBanner::Kind kind,
                                  const QString& heading, const QStringList& problems)
{
    if (problems.isEmpty())
        return false;
    banner->showMessage(kind, heading.arg(bulleted(problems)));
    return true;
}

} // namespace palisade::ui
