#pragma once

#include "core/pdf/PdfMatch.h"

#include <QList>
#include <QString>

namespace palisade::ui {

// The matches of the last search and which one is selected; next and previous
// wrap around the document.
class PdfSearch
{
public:
    void clear();
    // Selects the first match on or after `fromPage` (wrapping to the start).
    void setResults(const QString& term, const QList<PdfMatch>& matches, int fromPage);

    QString term() const { return m_term; }
    bool hasSearched() const { return m_searched; }
    const QList<PdfMatch>& matches() const { return m_matches; }
    int count() const { return static_cast<int>(m_matches.size()); }
    // From 0; -1 when there is no match.
    int currentIndex() const { return m_current; }
    PdfMatch current() const;

    bool next();
    bool previous();

private:
    QString m_term;
    QList<PdfMatch> m_matches;
    int m_current = -1;
    bool m_searched = false;
};

} // namespace palisade::ui
