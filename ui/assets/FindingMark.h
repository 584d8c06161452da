#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace palisade::ui::findingmark {

// How an unencrypted data flow is marked everywhere in the Assets area, so the
// table, the detail panel and the editor agree.
QIcon icon();
QColor color();
QString unencryptedExplanation();

} // namespace palisade::ui::findingmark
