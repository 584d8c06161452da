#include "core/program/IntegrityReport.h"

#include <QCoreApplication>

namespace palisade {

QString IntegrityReport::summary() const
{
    if (ok()) {
        return QCoreApplication::translate("palisade::IntegrityReport",
                                           "All checks passed. %1")
            .arg(chain.describe());
    }
    QStringList lines;
    lines << QCoreApplication::translate("palisade::IntegrityReport", "Integrity failure:");
    for (const Finding& finding : findings)
        lines << QStringLiteral("- %1: %2").arg(finding.check, finding.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace palisade
