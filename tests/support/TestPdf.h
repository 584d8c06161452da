#pragma once

#include <QByteArray>
#include <QStringList>

namespace palisade::test {

// A real PDF built in memory with QPdfWriter: one Letter page per string, the
// text in a plain 14-point font, so Poppler extracts it word for word. Line
// breaks in a string start new lines on the page.
QByteArray makeTestPdf(const QStringList& pageTexts);

} // namespace palisade::test
