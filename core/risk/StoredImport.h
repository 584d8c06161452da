#pragma once

#include "core/risk/ImportProblems.h"
#include "core/risk/ImportReport.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <vector>

namespace palisade {

// Turns a register's all-or-nothing addAll into what every CSV importer
// reports. A refusal at write time means something changed between the check
// and the write (a linked record was removed meanwhile): the register's
// "Risk N: …" (worded by `refusalPattern`) is pointed back at the file's lines.
template <typename T, typename Label>
Result<ImportReport> storedImport(Result<std::vector<T>> added, const QList<int>& lines,
                                  const QString& refusalPattern, const QString& fileName,
                                  Label label)
{
    if (!added) {
        if (added.error().kind != ErrorKind::Invalid)
            return added.error();
        return ImportProblems::fromRefusal(added.error().message, lines, refusalPattern)
            .error(fileName);
    }
    ImportReport report;
    report.rowsRead = lines.size();
    for (const T& item : *added) {
        report.ids.push_back(item.id);
        report.created << label(item);
    }
    return report;
}

} // namespace palisade
