#pragma once

#include "ui/widgets/MessageBanner.h"

#include <QCoreApplication>

class QPlainTextEdit;
class QWidget;

namespace palisade::ui {

// Shared helpers of the risk editor's forms.
class RiskEditorText
{
    Q_DECLARE_TR_FUNCTIONS(palisade::ui::RiskEditorText)

public:
    // A plain-text field sized to `lines` lines, where Tab moves on.
    static QPlainTextEdit* multiLine(QWidget* parent, int lines);
    // "• first\n• second".
    static QString bulleted(const QStringList& lines);
    // Puts `heading` (its %1 replaced by the bulleted problems) in the banner.
    // Returns false, showing nothing, when there are no problems.
    static bool showProblems(MessageBanner* banner, MessageBanner::Kind kind,
                             const QString& heading, const QStringList& problems);
};

} // namespace palisade::ui
