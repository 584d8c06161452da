#include "core/incidents/IncidentStore.h"

#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace palisade {
namespace {

const QString selectIncident = QStringLiteral(
    "SELECT id, title, description, kind, occurred_on, discovered_on, reported_on, "
    "contained_on, closed_on, reporter, handler, notifies_for_covered_entity, phi_types, "
    "phi_secured, secured_basis, containment, lessons_learned, created_at, updated_at "
    "FROM incident ");

const QString selectAssessment =
    QStringLiteral("SELECT nature_rating, nature_narrative, person_rating, person_narrative, "
                   "acquired_rating, acquired_narrative, mitigation_rating, mitigation_narrative, "
                   "low_probability, conclusion, assessed_by, assessed_on FROM breach_assessment "
                   "WHERE incident_id = ?1");

QString phiTypesJson(const QStringList& types)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(types)).toJson(QJsonDocument::Compact));
}

QStringList phiTypesFrom(const QString& json)
{
    QStringList out;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array())
        out << value.toString();
    return out;
}

void bindFields(Statement& stmt, const Incident& incident)
{
    stmt.bind(1, incident.title)
        .bind(2, incident.description)
        .bind(3, incidentKindKey(incident.kind))
        .bindDate(4, incident.occurredOn)
        .bindDate(5, incident.discoveredOn)
        .bindDate(6, incident.reportedOn)
        .bindDate(7, incident.containedOn)
        .bindDate(8, incident.closedOn)
        .bind(9, incident.reporter)
        .bind(10, incident.handler)
        .bind(11, incident.notifiesForCoveredEntity ? 1 : 0)
        .bind(12, phiTypesJson(incident.phiTypes))
        .bind(13, incident.phiSecured ? 1 : 0)
        .bind(14, incident.securedBasis)
        .bind(15, incident.containment)
        .bind(16, incident.lessonsLearned)
        .bindTimestamp(17, incident.updatedAt);
}

} // namespace

IncidentStore::IncidentStore(Database& db)
    : m_db(db)
{
}

Incident IncidentStore::fromRow(const Statement& row)
{
    Incident incident;
    incident.id = row.int64(0);
    incident.title = row.text(1);
    incident.description = row.text(2);
    incident.kind = incidentKindFromKey(row.text(3)).value_or(IncidentKind::Other);
    incident.occurredOn = row.date(4);
    incident.discoveredOn = row.date(5);
    incident.reportedOn = row.date(6);
    incident.containedOn = row.date(7);
    incident.closedOn = row.date(8);
    incident.reporter = row.text(9);
    incident.handler = row.text(10);
    incident.notifiesForCoveredEntity = row.int64(11) != 0;
    incident.phiTypes = phiTypesFrom(row.text(12));
    incident.phiSecured = row.int64(13) != 0;
    incident.securedBasis = row.text(14);
    incident.containment = row.text(15);
    incident.lessonsLearned = row.text(16);
    incident.createdAt = row.timestamp(17);
    incident.updatedAt = row.timestamp(18);
    return incident;
}

std::vector<qint64> IncidentStore::ids(const QString& sql, qint64 id) const
{
    Statement rows = m_db.prepare(sql);
    rows.bind(1, id);
    std::vector<qint64> out;
    while (rows.step())
        out.push_back(rows.int64(0));
    return out;
}

std::vector<qint64> IncidentStore::namingAsset(qint64 assetId) const
{
    return ids(QStringLiteral("SELECT incident_id FROM incident_asset WHERE asset_id = ?1 "
                              "ORDER BY incident_id"),
               assetId);
}

std::vector<qint64> IncidentStore::namingCounterparty(qint64 counterpartyId) const
{
    return ids(QStringLiteral("SELECT incident_id FROM incident_covered_entity "
                              "WHERE counterparty_id = ?1 ORDER BY incident_id"),
               counterpartyId);
}

void IncidentStore::readLinks(Incident& incident) const
{
    Statement assets = m_db.prepare(QStringLiteral(
        "SELECT asset_id FROM incident_asset WHERE incident_id = ?1 ORDER BY asset_id"));
    assets.bind(1, incident.id);
    while (assets.step())
        incident.assetIds.push_back(assets.int64(0));

    Statement entities = m_db.prepare(
        QStringLiteral("SELECT counterparty_id FROM incident_covered_entity WHERE incident_id = "
                       "?1 ORDER BY counterparty_id"));
    entities.bind(1, incident.id);
    while (entities.step())
        incident.coveredEntityIds.push_back(entities.int64(0));

    Statement affected =
        m_db.prepare(QStringLiteral("SELECT jurisdiction, individuals FROM incident_affected WHERE "
                                    "incident_id = ?1 ORDER BY jurisdiction"));
    affected.bind(1, incident.id);
    while (affected.step())
        incident.affected.push_back(JurisdictionCount{affected.text(0), int(affected.int64(1))});

    Statement assessment = m_db.prepare(selectAssessment);
    assessment.bind(1, incident.id);
    if (assessment.step()) {
        BreachAssessment value;
        for (int factor = 0; factor < BreachAssessment::factorCount; ++factor) {
            value.answers[std::size_t(factor)].rating =
                factorRatingFromKey(assessment.text(factor * 2)).value_or(FactorRating::High);
            value.answers[std::size_t(factor)].narrative = assessment.text(factor * 2 + 1);
        }
        value.lowProbability = assessment.int64(8) != 0;
        value.conclusion = assessment.text(9);
        value.assessedBy = assessment.text(10);
        value.assessedOn = assessment.date(11);
        incident.assessment = value;
    }
}

std::vector<Incident> IncidentStore::all() const
{
    std::vector<Incident> out;
    Statement rows = m_db.prepare(selectIncident + QStringLiteral("ORDER BY discovered_on, id"));
    while (rows.step())
        out.push_back(fromRow(rows));
    for (Incident& incident : out)
        readLinks(incident);
    return out;
}

std::optional<Incident> IncidentStore::find(qint64 id) const
{
    Statement row = m_db.prepare(selectIncident + QStringLiteral("WHERE id = ?1"));
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    Incident incident = fromRow(row);
    readLinks(incident);
    return incident;
}

bool IncidentStore::exists(qint64 id) const
{
    Statement row = m_db.prepare(QStringLiteral("SELECT 1 FROM incident WHERE id = ?1"));
    row.bind(1, id);
    return row.step();
}

void IncidentStore::writeLinks(const Incident& incident)
{
    for (const QString& table :
         {QStringLiteral("incident_asset"), QStringLiteral("incident_covered_entity"),
          QStringLiteral("incident_affected")}) {
        Statement clear =
            m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE incident_id = ?1").arg(table));
        clear.bind(1, incident.id).exec();
    }
    Statement asset = m_db.prepare(
        QStringLiteral("INSERT INTO incident_asset (incident_id, asset_id) VALUES (?1, ?2)"));
    for (const qint64 id : incident.assetIds) {
        asset.reset();
        asset.bind(1, incident.id).bind(2, id).exec();
    }
    Statement entity = m_db.prepare(QStringLiteral(
        "INSERT INTO incident_covered_entity (incident_id, counterparty_id) VALUES (?1, ?2)"));
    for (const qint64 id : incident.coveredEntityIds) {
        entity.reset();
        entity.bind(1, incident.id).bind(2, id).exec();
    }
    Statement affected = m_db.prepare(
        QStringLiteral("INSERT INTO incident_affected (incident_id, jurisdiction, individuals) "
                       "VALUES (?1, ?2, ?3)"));
    for (const JurisdictionCount& count : incident.affected) {
        affected.reset();
        affected.bind(1, incident.id).bind(2, count.jurisdiction).bind(3, count.individuals).exec();
    }
}

void IncidentStore::insert(Incident& incident)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO incident (title, description, kind, occurred_on, discovered_on, "
        "reported_on, contained_on, closed_on, reporter, handler, notifies_for_covered_entity, "
        "phi_types, phi_secured, secured_basis, containment, lessons_learned, updated_at, "
        "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
        "?16, ?17, ?18)"));
    bindFields(stmt, incident);
    stmt.bindTimestamp(18, incident.createdAt);
    stmt.exec();
    incident.id = m_db.lastInsertRowId();
    writeLinks(incident);
}

void IncidentStore::update(const Incident& incident)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "UPDATE incident SET title = ?1, description = ?2, kind = ?3, occurred_on = ?4, "
        "discovered_on = ?5, reported_on = ?6, contained_on = ?7, closed_on = ?8, reporter = ?9, "
        "handler = ?10, notifies_for_covered_entity = ?11, phi_types = ?12, phi_secured = ?13, "
        "secured_basis = ?14, containment = ?15, lessons_learned = ?16, updated_at = ?17 "
        "WHERE id = ?18"));
    bindFields(stmt, incident);
    stmt.bind(18, incident.id);
    stmt.exec();
    writeLinks(incident);
}

void IncidentStore::saveAssessment(qint64 incidentId, const BreachAssessment& assessment,
                                   const QDateTime& recordedAt)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO breach_assessment (incident_id, nature_rating, "
        "nature_narrative, person_rating, person_narrative, acquired_rating, "
        "acquired_narrative, mitigation_rating, mitigation_narrative, low_probability, "
        "conclusion, assessed_by, assessed_on, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
        "?8, ?9, ?10, ?11, ?12, ?13, ?14)"));
    stmt.bind(1, incidentId);
    for (int factor = 0; factor < BreachAssessment::factorCount; ++factor) {
        const BreachAssessment::Answer& answer = assessment.answers[std::size_t(factor)];
        stmt.bind(2 + factor * 2, factorRatingKey(answer.rating))
            .bind(3 + factor * 2, answer.narrative);
    }
    stmt.bind(10, assessment.lowProbability ? 1 : 0)
        .bind(11, assessment.conclusion)
        .bind(12, assessment.assessedBy)
        .bindDate(13, assessment.assessedOn)
        .bindTimestamp(14, recordedAt);
    stmt.exec();
}

void IncidentStore::clearAssessment(qint64 incidentId)
{
    Statement stmt =
        m_db.prepare(QStringLiteral("DELETE FROM breach_assessment WHERE incident_id = ?1"));
    stmt.bind(1, incidentId).exec();
}

void IncidentStore::remove(qint64 id)
{
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM incident WHERE id = ?1"));
    stmt.bind(1, id).exec();
}

} // namespace palisade
