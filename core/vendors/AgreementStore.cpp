#include "core/vendors/AgreementStore.h"

#include "core/storage/Database.h"

#include <QHash>

namespace palisade {
namespace {

// The columns bound by bindFields, in order from ?2.
const QString fieldColumns = QStringLiteral(
    "counterparty_id, title, direction, status, signed_on, effective_on, expires_on, evergreen, "
    "renewal_terms, review_cadence_months, last_reviewed_on, next_review_on, breach_notice_days, "
    "incident_report_days, permitted_uses, terminated_on, phi_disposition, "
    "disposition_attested_on, disposition_attested_by, notes, updated_at");
constexpr int fieldCount = 21;

QString placeholders(int first, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << QStringLiteral("?%1").arg(first + i);
    return out.join(QStringLiteral(", "));
}

} // namespace

AgreementStore::AgreementStore(Database& db)
    : m_db(db)
{
}

Agreement AgreementStore::fromRow(const Statement& row)
{
    Agreement a;
    a.id = row.int64(0);
    a.counterpartyId = row.int64(1);
    a.title = row.text(2);
    a.direction = agreementDirectionFromKey(row.text(3)).value_or(AgreementDirection::Upstream);
    a.status = agreementStatusFromKey(row.text(4)).value_or(AgreementStatus::Draft);
    a.signedOn = row.date(5);
    a.effectiveOn = row.date(6);
    a.expiresOn = row.date(7);
    a.evergreen = row.int64(8) != 0;
    a.renewalTerms = row.text(9);
    a.reviewCadenceMonths = int(row.int64(10));
    a.lastReviewedOn = row.date(11);
    a.nextReviewOn = row.date(12);
    a.breachNoticeDays = int(row.int64(13));
    a.incidentReportDays = int(row.int64(14));
    a.permittedUses = row.text(15);
    a.terminatedOn = row.date(16);
    a.disposition = phiDispositionFromKey(row.text(17)).value_or(PhiDisposition::Pending);
    a.dispositionAttestedOn = row.date(18);
    a.dispositionAttestedBy = row.text(19);
    a.notes = row.text(20);
    a.updatedAt = row.timestamp(21);
    a.createdAt = row.timestamp(22);
    return a;
}

void AgreementStore::bindFields(Statement& stmt, const Agreement& a) const
{
    stmt.bind(2, a.counterpartyId)
        .bind(3, a.title)
        .bind(4, agreementDirectionKey(a.direction))
        .bind(5, agreementStatusKey(a.status))
        .bindDate(6, a.signedOn)
        .bindDate(7, a.effectiveOn)
        .bindDate(8, a.expiresOn)
        .bind(9, a.evergreen ? 1 : 0)
        .bind(10, a.renewalTerms)
        .bind(11, a.reviewCadenceMonths)
        .bindDate(12, a.lastReviewedOn)
        .bindDate(13, a.nextReviewOn)
        .bind(14, a.breachNoticeDays)
        .bind(15, a.incidentReportDays)
        .bind(16, a.permittedUses)
        .bindDate(17, a.terminatedOn)
        .bind(18, phiDispositionKey(a.disposition))
        .bindDate(19, a.dispositionAttestedOn)
        .bind(20, a.dispositionAttestedBy)
        .bind(21, a.notes)
        .bindTimestamp(22, a.updatedAt);
}

void AgreementStore::readChildren(std::vector<Agreement>& agreements, const QString& where) const
{
    QHash<qint64, std::size_t> index;
    for (std::size_t i = 0; i < agreements.size(); ++i)
        index.insert(agreements[i].id, i);
    Statement flows = m_db.prepare(
        QStringLiteral("SELECT agreement_id, upstream_agreement_id FROM agreement_flow_down ") +
        where + QStringLiteral(" ORDER BY agreement_id, upstream_agreement_id"));
    while (flows.step()) {
        if (const auto it = index.constFind(flows.int64(0)); it != index.constEnd())
            agreements[*it].flowsDownFrom.push_back(flows.int64(1));
    }
    Statement checks =
        m_db.prepare(QStringLiteral("SELECT agreement_id, provision, state, clause_reference "
                                    "FROM agreement_provision ") +
                     where);
    while (checks.step()) {
        if (const auto it = index.constFind(checks.int64(0)); it != index.constEnd())
            agreements[*it].provisions.push_back(ProvisionCheck{
                checks.text(1),
                provisionStateFromKey(checks.text(2)).value_or(ProvisionState::Unchecked),
                checks.text(3)});
    }
}

std::vector<Agreement> AgreementStore::all() const
{
    std::vector<Agreement> agreements;
    Statement rows = m_db.prepare(
        QStringLiteral("SELECT id, %1, created_at FROM agreement ORDER BY id").arg(fieldColumns));
    while (rows.step())
        agreements.push_back(fromRow(rows));
    readChildren(agreements, {});
    return agreements;
}

std::optional<Agreement> AgreementStore::find(qint64 id) const
{
    Statement row = m_db.prepare(
        QStringLiteral("SELECT id, %1, created_at FROM agreement WHERE id = ?1").arg(fieldColumns));
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    std::vector<Agreement> found{fromRow(row)};
    readChildren(found, QStringLiteral("WHERE agreement_id = %1").arg(id));
    return found.front();
}

void AgreementStore::insert(Agreement& agreement)
{
    Statement stmt =
        m_db.prepare(QStringLiteral("INSERT INTO agreement (%1, created_at) VALUES (%2)")
                         .arg(fieldColumns, placeholders(2, fieldCount + 1)));
    bindFields(stmt, agreement);
    stmt.bindTimestamp(fieldCount + 2, agreement.createdAt);
    stmt.exec();
    agreement.id = m_db.lastInsertRowId();
    writeChildren(agreement);
}

void AgreementStore::update(const Agreement& agreement)
{
    QStringList assignments;
    const QStringList columns = fieldColumns.split(QStringLiteral(", "));
    for (int i = 0; i < columns.size(); ++i)
        assignments << QStringLiteral("%1 = ?%2").arg(columns[i]).arg(i + 2);
    Statement stmt = m_db.prepare(QStringLiteral("UPDATE agreement SET %1 WHERE id = ?1")
                                      .arg(assignments.join(QStringLiteral(", "))));
    stmt.bind(1, agreement.id);
    bindFields(stmt, agreement);
    stmt.exec();
    for (const QString& table :
         {QStringLiteral("agreement_flow_down"), QStringLiteral("agreement_provision")}) {
        Statement clear =
            m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE agreement_id = ?1").arg(table));
        clear.bind(1, agreement.id).exec();
    }
    writeChildren(agreement);
}

void AgreementStore::writeChildren(const Agreement& agreement)
{
    Statement flow = m_db.prepare(QStringLiteral(
        "INSERT INTO agreement_flow_down (agreement_id, upstream_agreement_id) VALUES (?1, ?2)"));
    for (qint64 upstream : agreement.flowsDownFrom) {
        flow.reset();
        flow.bind(1, agreement.id).bind(2, upstream);
        flow.exec();
    }
    Statement check = m_db.prepare(
        QStringLiteral("INSERT INTO agreement_provision (agreement_id, provision, state, "
                       "clause_reference) VALUES (?1, ?2, ?3, ?4)"));
    for (const ProvisionCheck& item : agreement.provisions) {
        check.reset();
        check.bind(1, agreement.id)
            .bind(2, item.provision)
            .bind(3, provisionStateKey(item.state))
            .bind(4, item.clauseReference);
        check.exec();
    }
}

void AgreementStore::remove(qint64 id)
{
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM agreement WHERE id = ?1"));
    stmt.bind(1, id).exec();
}

qint64 AgreementStore::flowDownCount(qint64 id) const
{
    Statement row = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM agreement_flow_down WHERE upstream_agreement_id = ?1"));
    row.bind(1, id);
    row.step();
    return row.int64(0);
}

std::vector<qint64> AgreementStore::downstreamIds(qint64 id) const
{
    std::vector<qint64> ids;
    Statement rows = m_db.prepare(QStringLiteral(
        "SELECT agreement_id FROM agreement_flow_down WHERE upstream_agreement_id = ?1 "
        "ORDER BY agreement_id"));
    rows.bind(1, id);
    while (rows.step())
        ids.push_back(rows.int64(0));
    return ids;
}

} // namespace palisade
