#include "core/training/PhishingCampaignStore.h"

#include "core/storage/Database.h"

namespace palisade {
namespace {

const QString selectCampaign =
    QStringLiteral("SELECT id, run_on, template_name, recipients, clicked, reported, "
                   "trained_after_click, notes, created_at, updated_at FROM phishing_campaign ");

void bindFields(Statement& stmt, const PhishingCampaign& campaign)
{
    stmt.bindDate(1, campaign.runOn)
        .bind(2, campaign.templateName)
        .bind(3, campaign.recipients)
        .bind(4, campaign.clicked)
        .bind(5, campaign.reported)
        .bind(6, campaign.trainedAfterClick)
        .bind(7, campaign.notes)
        .bindTimestamp(8, campaign.updatedAt);
}

} // namespace

PhishingCampaignStore::PhishingCampaignStore(Database& db)
    : m_db(db)
{
}

PhishingCampaign PhishingCampaignStore::fromRow(const Statement& row)
{
    PhishingCampaign campaign;
    campaign.id = row.int64(0);
    campaign.runOn = row.date(1);
    campaign.templateName = row.text(2);
    campaign.recipients = int(row.int64(3));
    campaign.clicked = int(row.int64(4));
    campaign.reported = int(row.int64(5));
    campaign.trainedAfterClick = int(row.int64(6));
    campaign.notes = row.text(7);
    campaign.createdAt = row.timestamp(8);
    campaign.updatedAt = row.timestamp(9);
    return campaign;
}

std::vector<PhishingCampaign> PhishingCampaignStore::all() const
{
    std::vector<PhishingCampaign> out;
    Statement rows = m_db.prepare(selectCampaign + QStringLiteral("ORDER BY run_on, id"));
    while (rows.step())
        out.push_back(fromRow(rows));
    return out;
}

std::optional<PhishingCampaign> PhishingCampaignStore::find(qint64 id) const
{
    Statement row = m_db.prepare(selectCampaign + QStringLiteral("WHERE id = ?1"));
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    return fromRow(row);
}

void PhishingCampaignStore::insert(PhishingCampaign& campaign)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO phishing_campaign (run_on, template_name, recipients, clicked, reported, "
        "trained_after_click, notes, updated_at, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    bindFields(stmt, campaign);
    stmt.bindTimestamp(9, campaign.createdAt);
    stmt.exec();
    campaign.id = m_db.lastInsertRowId();
}

void PhishingCampaignStore::update(const PhishingCampaign& campaign)
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "UPDATE phishing_campaign SET run_on = ?1, template_name = ?2, recipients = ?3, "
        "clicked = ?4, reported = ?5, trained_after_click = ?6, notes = ?7, updated_at = ?8 "
        "WHERE id = ?9"));
    bindFields(stmt, campaign);
    stmt.bind(9, campaign.id);
    stmt.exec();
}

void PhishingCampaignStore::remove(qint64 id)
{
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM phishing_campaign WHERE id = ?1"));
    stmt.bind(1, id).exec();
}

} // namespace palisade
