#include "core/risk/RiskStore.h"

#include "core/storage/Database.h"

#include <QHash>

namespace palisade {
namespace {

const QString selectRisk = QStringLiteral(
    "SELECT id, title, description, threat_source, threat_event, vulnerability, "
    "existing_controls, likelihood, impact, treatment, treatment_plan, residual_likelihood, "
    "residual_impact, owner, status, identified_on, due_on, accepted_by, accepted_on, "
    "acceptance_rationale, acceptance_expires_on, last_assessed_on, next_reassessment_on, "
    "created_at, updated_at, closed_on FROM risk");

// Columns ?2 … ?26 in the order bindFields() binds them; ?1 is the id.
const QString fieldColumns = QStringLiteral(
    "title, description, threat_source, threat_event, vulnerability, existing_controls, "
    "likelihood, impact, treatment, treatment_plan, residual_likelihood, residual_impact, owner, "
    "status, identified_on, due_on, accepted_by, accepted_on, acceptance_rationale, "
    "acceptance_expires_on, last_assessed_on, next_reassessment_on, created_at, updated_at, "
    "closed_on");

const QString& insertSql()
{
    static const QString sql = [] {
        QStringList placeholders;
        for (int i = 2; i <= 26; ++i)
            placeholders << QStringLiteral("?%1").arg(i);
        return QStringLiteral("INSERT INTO risk (%1) VALUES (%2)")
            .arg(fieldColumns, placeholders.join(QStringLiteral(", ")));
    }();
    return sql;
}

const QString& updateSql()
{
    static const QString sql = [] {
        QStringList assignments;
        const QStringList columns = fieldColumns.split(QStringLiteral(", "));
        for (int i = 0; i < columns.size(); ++i)
            assignments << QStringLiteral("%1 = ?%2").arg(columns[i]).arg(i + 2);
        return QStringLiteral("UPDATE risk SET %1 WHERE id = ?1")
            .arg(assignments.join(QStringLiteral(", ")));
    }();
    return sql;
}

RiskLevel levelOf(const QString& key)
{
    return riskLevelFromKey(key).value_or(RiskLevel::Moderate);
}

} // namespace

RiskStore::RiskStore(Database& db)
    : m_db(db)
{
}

Risk RiskStore::fromRow(const Statement& row)
{
    Risk risk;
    risk.id = row.int64(0);
    risk.title = row.text(1);
    risk.description = row.text(2);
    risk.threatSource = row.text(3);
    risk.threatEvent = row.text(4);
    risk.vulnerability = row.text(5);
    risk.existingControls = row.text(6);
    risk.inherent = RiskRating{levelOf(row.text(7)), levelOf(row.text(8))};
    risk.treatment = riskTreatmentFromKey(row.text(9)).value_or(RiskTreatment::Undecided);
    risk.treatmentPlan = row.text(10);
    if (!row.isNull(11) && !row.isNull(12))
        risk.residual = RiskRating{levelOf(row.text(11)), levelOf(row.text(12))};
    risk.owner = row.text(13);
    risk.status = riskStatusFromKey(row.text(14)).value_or(RiskStatus::Identified);
    risk.identifiedOn = row.date(15);
    risk.dueOn = row.date(16);
    risk.acceptance.approver = row.text(17);
    risk.acceptance.acceptedOn = row.date(18);
    risk.acceptance.rationale = row.text(19);
    risk.acceptance.expiresOn = row.date(20);
    risk.lastAssessedOn = row.date(21);
    risk.nextReassessmentOn = row.date(22);
    risk.createdAt = row.timestamp(23);
    risk.updatedAt = row.timestamp(24);
    risk.closedOn = row.date(25);
    return risk;
}

std::vector<Risk> RiskStore::all() const
{
    std::vector<Risk> risks;
    QHash<qint64, std::size_t> index;
    Statement rows = m_db.prepare(selectRisk + QStringLiteral(" ORDER BY id"));
    while (rows.step()) {
        risks.push_back(fromRow(rows));
        index.insert(risks.back().id, risks.size() - 1);
    }
    Statement assets = m_db.prepare(
        QStringLiteral("SELECT risk_id, asset_id FROM risk_asset ORDER BY risk_id, asset_id"));
    while (assets.step()) {
        if (const auto it = index.constFind(assets.int64(0)); it != index.constEnd())
            risks[*it].assetIds.push_back(assets.int64(1));
    }
    Statement citations = m_db.prepare(
        QStringLiteral("SELECT risk_id, citation FROM risk_citation ORDER BY risk_id, citation"));
    while (citations.step()) {
        if (const auto it = index.constFind(citations.int64(0)); it != index.constEnd())
            risks[*it].citations << citations.text(1);
    }
    return risks;
}

std::optional<Risk> RiskStore::find(qint64 id) const
{
    Statement row = m_db.prepare(selectRisk + QStringLiteral(" WHERE id = ?1"));
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    Risk risk = fromRow(row);
    Statement assets = m_db.prepare(
        QStringLiteral("SELECT asset_id FROM risk_asset WHERE risk_id = ?1 ORDER BY asset_id"));
    assets.bind(1, id);
    while (assets.step())
        risk.assetIds.push_back(assets.int64(0));
    Statement citations = m_db.prepare(
        QStringLiteral("SELECT citation FROM risk_citation WHERE risk_id = ?1 ORDER BY citation"));
    citations.bind(1, id);
    while (citations.step())
        risk.citations << citations.text(0);
    return risk;
}

void RiskStore::bindFields(Statement& stmt, const Risk& risk) const
{
    stmt.bind(2, risk.title)
        .bind(3, risk.description)
        .bind(4, risk.threatSource)
        .bind(5, risk.threatEvent)
        .bind(6, risk.vulnerability)
        .bind(7, risk.existingControls)
        .bind(8, riskLevelKey(risk.inherent.likelihood))
        .bind(9, riskLevelKey(risk.inherent.impact))
        .bind(10, riskTreatmentKey(risk.treatment))
        .bind(11, risk.treatmentPlan);
    if (risk.residual) {
        stmt.bind(12, riskLevelKey(risk.residual->likelihood));
        stmt.bind(13, riskLevelKey(risk.residual->impact));
    } else {
        stmt.bindNull(12).bindNull(13);
    }
    stmt.bind(14, risk.owner)
        .bind(15, riskStatusKey(risk.status))
        .bindDate(16, risk.identifiedOn)
        .bindDate(17, risk.dueOn)
        .bind(18, risk.acceptance.approver)
        .bindDate(19, risk.acceptance.acceptedOn)
        .bind(20, risk.acceptance.rationale)
        .bindDate(21, risk.acceptance.expiresOn)
        .bindDate(22, risk.lastAssessedOn)
        .bindDate(23, risk.nextReassessmentOn)
        .bindTimestamp(24, risk.createdAt)
        .bindTimestamp(25, risk.updatedAt)
        .bindDate(26, risk.closedOn);
}

void RiskStore::insert(Risk& risk)
{
    Statement stmt = m_db.prepare(insertSql());
    bindFields(stmt, risk);
    stmt.exec();
    risk.id = m_db.lastInsertRowId();
    writeLinks(risk, false);
}

void RiskStore::update(const Risk& risk)
{
    Statement stmt = m_db.prepare(updateSql());
    stmt.bind(1, risk.id);
    bindFields(stmt, risk);
    stmt.exec();
    writeLinks(risk, true);
}

void RiskStore::remove(qint64 id)
{
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM risk WHERE id = ?1"));
    stmt.bind(1, id).exec();
}

void RiskStore::writeLinks(const Risk& risk, bool replace)
{
    if (replace) {
        Statement clearAssets =
            m_db.prepare(QStringLiteral("DELETE FROM risk_asset WHERE risk_id = ?1"));
        clearAssets.bind(1, risk.id).exec();
        Statement clearCitations =
            m_db.prepare(QStringLiteral("DELETE FROM risk_citation WHERE risk_id = ?1"));
        clearCitations.bind(1, risk.id).exec();
    }
    Statement asset =
        m_db.prepare(QStringLiteral("INSERT INTO risk_asset (risk_id, asset_id) VALUES (?1, ?2)"));
    for (const qint64 assetId : risk.assetIds) {
        asset.bind(1, risk.id).bind(2, assetId);
        asset.exec();
    }
    Statement citation = m_db.prepare(
        QStringLiteral("INSERT INTO risk_citation (risk_id, citation) VALUES (?1, ?2)"));
    for (const QString& text : risk.citations) {
        citation.bind(1, risk.id).bind(2, text);
        citation.exec();
    }
}

} // namespace palisade
