#include "core/evidence/AuditPackSection.h"

#include "core/audit/AuditTrail.h"
#include "core/audit/ChainVerification.h"
#include "core/program/Program.h"
#include "core/storage/StorageGuard.h"
#include "core/util/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <map>

namespace palisade {
namespace {

enum class Area
{
    Risks,
    Vendors,
    Training,
    Policies,
    Incidents,
    Retention,
    Program,
};

constexpr int areaCount = 7;

Area areaKey(const QString& entity)
{
    static const std::map<QString, Area> areas{
        {QStringLiteral("asset"), Area::Risks},
        {QStringLiteral("risk"), Area::Risks},
        {QStringLiteral("risk_matrix"), Area::Risks},
        {QStringLiteral("remediation_task"), Area::Risks},
        {QStringLiteral("counterparty"), Area::Vendors},
        {QStringLiteral("agreement"), Area::Vendors},
        {QStringLiteral("agreement_document"), Area::Vendors},
        {QStringLiteral("person"), Area::Training},
        {QStringLiteral("course"), Area::Training},
        {QStringLiteral("training_completion"), Area::Training},
        {QStringLiteral("workforce_role"), Area::Training},
        {QStringLiteral("import_batch"), Area::Training},
        {QStringLiteral("import_mapping"), Area::Training},
        {QStringLiteral("phishing_campaign"), Area::Training},
        {QStringLiteral("policy_acknowledgment"), Area::Training},
        {QStringLiteral("policy"), Area::Policies},
        {QStringLiteral("policy_revision"), Area::Policies},
        {QStringLiteral("policy_approval"), Area::Policies},
        {QStringLiteral("incident"), Area::Incidents},
        {QStringLiteral("breach_assessment"), Area::Incidents},
        {QStringLiteral("incident_notification"), Area::Incidents},
        {QStringLiteral("incident_action"), Area::Incidents},
        {QStringLiteral("incident_evidence"), Area::Incidents},
        {QStringLiteral("state_notification_rule"), Area::Incidents},
        {QStringLiteral("retention"), Area::Retention},
        {QStringLiteral("legal_hold"), Area::Retention},
    };
    const auto found = areas.find(entity);
    return found == areas.end() ? Area::Program : found->second;
}

QString areaTitle(Area area)
{
    switch (area) {
    case Area::Risks:
        return AuditPackSection::tr("Risks");
    case Area::Vendors:
        return AuditPackSection::tr("BAAs");
    case Area::Training:
        return AuditPackSection::tr("Training");
    case Area::Policies:
        return AuditPackSection::tr("Policies");
    case Area::Incidents:
        return AuditPackSection::tr("Incidents");
    case Area::Retention:
        return AuditPackSection::tr("Retention");
    case Area::Program:
        return AuditPackSection::tr("Program");
    }
    return {};
}

QStringList monthsOf(const QDate& from, const QDate& to)
{
    QStringList months;
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1))
        months << month.toString(QStringLiteral("yyyy-MM"));
    return months;
}

} // namespace

QString AuditPackSection::areaOf(const QString& entity)
{
    return areaTitle(areaKey(entity));
}

Result<PackSectionContent> AuditPackSection::build(Program& program, const PackRequest& request)
{
    struct Facts
    {
        std::vector<AuditMonthCount> counts;
        qint64 total = 0;
        ChainVerification verification;
    };
    Result<Facts> facts = guardStorage(tr("Reading the audit trail failed"), [&] {
        const AuditTrail& trail = program.auditTrail();
        return Facts{trail.countsByMonth(request.from, request.to), trail.count(), trail.verify()};
    });
    if (!facts)
        return facts.error();

    PackSectionContent content;
    content.section = PackSection::Audit;
    const QLocale c = QLocale::c();

    std::map<QString, std::array<qint64, areaCount>> byMonth;
    QJsonArray countsJson;
    for (const AuditMonthCount& count : facts->counts) {
        byMonth[count.month][std::size_t(areaKey(count.entity))] += count.count;
        content.recordCount += int(count.count);
        countsJson.append(QJsonObject{{QStringLiteral("month"), count.month},
                                      {QStringLiteral("entity"), count.entity},
                                      {QStringLiteral("count"), QString::number(count.count)}});
    }

    content.blocks.push_back(packblock::Paragraph{
        tr("Every change to the program is recorded as an event in an append-only trail; each "
           "event carries the SHA-256 of the one before it, so altering or removing an event "
           "breaks the chain from that point on (45 CFR 164.312(b)).")});

    content.blocks.push_back(packblock::Subheading{tr("Verification at export")});
    const ChainVerification& verification = facts->verification;
    content.blocks.push_back(packblock::Facts{{
        {tr("Result"), verification.intact ? tr("Intact: every event's hash and link checked.")
                                           : verification.describe()},
        {tr("Events checked"), c.toString(verification.eventsChecked)},
        {tr("Events in the trail"), c.toString(facts->total)},
    }});
    content.blocks.push_back(
        packblock::Paragraph{tr("Chain head at export (SHA-256):"), PackFontRole::Body});
    content.blocks.push_back(packblock::Paragraph{verification.headHash, PackFontRole::Code});

    content.blocks.push_back(packblock::Subheading{tr("Changes recorded per area and month")});
    PackTable table;
    table.columns.push_back({tr("Month"), 1.3, false});
    for (int area = 0; area < areaCount; ++area)
        table.columns.push_back({areaTitle(Area(area)), 1, true});
    table.columns.push_back({tr("Total"), 1, true});
    for (const QString& month : monthsOf(request.from, request.to)) {
        const std::array<qint64, areaCount> counts = byMonth[month];
        QStringList row{month};
        qint64 total = 0;
        for (const qint64 count : counts) {
            row << c.toString(count);
            total += count;
        }
        row << c.toString(total);
        table.rows.push_back(row);
    }
    table.emptyText = tr("The period holds no month.");
    content.blocks.push_back(table);

    const QJsonObject data{
        {QStringLiteral("from"), request.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), request.to.toString(Qt::ISODate)},
        {QStringLiteral("counts"), countsJson},
        {QStringLiteral("intact"), verification.intact},
        {QStringLiteral("events_checked"), QString::number(verification.eventsChecked)},
        {QStringLiteral("head_hash"), verification.headHash},
    };
    content.canonicalData = canonicalJson(data);
    return content;
}

} // namespace palisade
