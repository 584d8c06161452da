#include "ui/pdf/PdfSearch.h"

namespace palisade::ui {

void PdfSearch::clear()
{
    *this = PdfSearch();
}

void PdfSearch::setResults(const QString& term, const QList<PdfMatch>& matches, int fromPage)
{
    m_term = term;
    m_matches = matches;
    m_searched = true;
    m_current = matches.isEmpty() ? -1 : 0;
    for (int i = 0; i < matches.size(); ++i) {
        if (matches.at(i).page >= fromPage) {
            m_current = i;
            break;
        }
    }
}

PdfMatch PdfSearch::current() const
{
    return m_current >= 0 ? m_matches.at(m_current) : PdfMatch{};
}

bool PdfSearch::next()
{
    if (m_matches.isEmpty())
        return false;
    m_current = (m_current + 1) % count();
    return true;
}

bool PdfSearch::previous()
{
    if (m_matches.isEmpty())
        return false;
    m_current = (m_current - 1 + count()) % count();
    return true;
}

} // namespace palisade::ui
