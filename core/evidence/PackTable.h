#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace palisade {

// A table of an evidence pack: it breaks across pages between rows and
// repeats its header on each page it continues on.
struct PackTable
{
    struct Column
    {
        QString title;
        qreal weight = 1;        // share of the width
        bool alignRight = false; // numbers and dates that compare down the column
        bool code = false;       // hashes and identifiers, set in a monospaced font
    };

    std::vector<Column> columns;
    std::vector<QStringList> rows;
    // Said in place of the table when it has no rows.
    QString emptyText;
};

} // namespace palisade
