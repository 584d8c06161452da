#include "core/program/IntegrityChecker.h"

#include "core/audit/AuditTrail.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>

namespace palisade {

IntegrityChecker::IntegrityChecker(Database& db, const AuditTrail& audit) : m_db(db), m_audit(audit) {}

IntegrityReport IntegrityChecker::run() const
{
    IntegrityReport report;
    const auto attempt = [&](const QString& check, const auto& body) {
        try {
            body();
        } catch (const StorageError& e) {
            report.findings.push_back({check, e.toError().text()});
        }
    };

    attempt(QStringLiteral("cipher_version"), [&] {
        report.cipherVersion = m_db.scalar(QStringLiteral("PRAGMA cipher_version"));
        report.schemaVersion = int(m_db.scalarInt(QStringLiteral("PRAGMA user_version")));
    });
    attempt(QStringLiteral("cipher_integrity_check"), [&] {
        for (const QString& row : m_db.column(QStringLiteral("PRAGMA cipher_integrity_check")))
            report.findings.push_back({QStringLiteral("cipher_integrity_check"), row});
    });
    attempt(QStringLiteral("integrity_check"), [&] {
        const QStringList rows = m_db.column(QStringLiteral("PRAGMA integrity_check"));
        if (!(rows.size() == 1 && rows.first() == QStringLiteral("ok"))) {
            for (const QString& row : rows)
                report.findings.push_back({QStringLiteral("integrity_check"), row});
        }
    });
    attempt(QStringLiteral("foreign_key_check"), [&] {
        Statement stmt = m_db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
        while (stmt.step()) {
            report.findings.push_back(
                {QStringLiteral("foreign_key_check"),
                 QCoreApplication::translate("palisade::IntegrityChecker",
                                             "%1 row %2 refers to a missing %3 row")
                     .arg(stmt.text(0), stmt.text(1), stmt.text(2))});
        }
    });
    report.chain = m_audit.verify();
    if (!report.chain.intact)
        report.findings.push_back({QStringLiteral("audit_chain"), report.chain.describe()});
    return report;
}

} // namespace palisade
