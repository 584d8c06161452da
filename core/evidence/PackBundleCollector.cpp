#include "core/evidence/PackBundleCollector.h"

#include "core/evidence/PackDates.h"
#include "core/evidence/PreparedPack.h"
#include "core/incidents/Incident.h"
#include "core/incidents/IncidentEvidenceRegister.h"
#include "core/incidents/IncidentNotificationRegister.h"
#include "core/policies/PolicyRegister.h"
#include "core/program/Program.h"
#include "core/util/Sha256.h"
#include "core/vendors/Agreement.h"
#include "core/vendors/BaaRegister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace palisade {
namespace {

// A file or folder name that extracts safely everywhere: no folder parts, no
// characters Windows refuses, no leading dot (hidden, or "..") and no
// trailing dot or space.
QString safeName(const QString& name, const QString& fallback)
{
    QString base = name;
    const qsizetype slash =
        std::max(base.lastIndexOf(QLatin1Char('/')), base.lastIndexOf(QLatin1Char('\\')));
    if (slash >= 0)
        base = base.mid(slash + 1);
    QString safe;
    safe.reserve(base.size());
    for (const QChar c : base) {
        const bool refused =
            c.unicode() < 0x20 || c.unicode() == 0x7F || QStringLiteral("<>:\"|?*").contains(c);
        safe.append(refused ? QLatin1Char('_') : c);
    }
    safe = safe.trimmed();
    while (safe.endsWith(QLatin1Char('.')) || safe.endsWith(QLatin1Char(' ')))
        safe.chop(1);
    while (safe.startsWith(QLatin1Char('.')))
        safe.replace(0, 1, QLatin1Char('_'));
    if (safe.isEmpty())
        return fallback;
    constexpr qsizetype longest = 120;
    if (safe.size() > longest) {
        const qsizetype dot = safe.lastIndexOf(QLatin1Char('.'));
        const QString suffix = dot > 0 && safe.size() - dot <= 10 ? safe.mid(dot) : QString();
        safe = safe.left(longest - suffix.size()) + suffix;
    }
    return safe;
}

// The ids of the records listed under `key` in a section's canonical data.
QJsonArray listed(const PackSectionContent& section, const QString& key)
{
    return QJsonDocument::fromJson(section.canonicalData).object().value(key).toArray();
}

} // namespace

PackBundleCollector::PackBundleCollector(Program& program)
    : m_program(program)
{
}

Result<std::vector<PackBundleFile>> PackBundleCollector::collect(const PreparedPack& prepared)
{
    m_files.clear();
    m_paths.clear();
    for (const PackSectionContent& section : prepared.sections) {
        Result<void> added;
        switch (section.section) {
        case PackSection::Baas:
            added = addAgreementDocuments(section, prepared.request);
            break;
        case PackSection::Incidents:
            added = addIncidentFiles(section, prepared.request);
            break;
        case PackSection::Policies:
            added = addPolicyRevisions(section);
            break;
        default:
            break;
        }
        if (!added)
            return added.error();
    }
    return std::move(m_files);
}

Result<void> PackBundleCollector::addAgreementDocuments(const PackSectionContent& section,
                                                        const PackRequest& request)
{
    for (const QJsonValue& each : listed(section, QStringLiteral("agreements"))) {
        const qint64 agreementId =
            each.toObject().value(QStringLiteral("id")).toString().toLongLong();
        Result<std::vector<AgreementDocument>> documents = m_program.baas().documents(agreementId);
        if (!documents)
            return documents.error();
        const QString reference = agreementReference(agreementId);
        for (const AgreementDocument& document : *documents) {
            if (!PackDates::existedOn(document.addedAt, request.to))
                continue;
            Result<QByteArray> content = m_program.baas().documentContent(document.id);
            if (!content)
                return content.error();
            PackBundleFile file;
            file.path = placeFor(QStringLiteral("baas/") + reference,
                                 safeName(document.fileName, QStringLiteral("document.pdf")));
            file.kind = PackBundleFileKind::AgreementDocument;
            file.recordType = QStringLiteral("agreement");
            file.recordId = QString::number(agreementId);
            file.recordReference = reference;
            file.sourceId = QString::number(document.id);
            file.detail = documentKindKey(document.kind);
            add(std::move(file), *content);
        }
    }
    return {};
}

Result<void> PackBundleCollector::addIncidentFiles(const PackSectionContent& section,
                                                   const PackRequest& request)
{
    for (const QJsonValue& each : listed(section, QStringLiteral("incidents"))) {
        const qint64 incidentId =
            each.toObject().value(QStringLiteral("id")).toString().toLongLong();
        const QString reference = incidentReference(incidentId);
        const QString folder = QStringLiteral("incidents/") + reference;
        const auto describe = [&](PackBundleFile& file, PackBundleFileKind kind, qint64 sourceId) {
            file.kind = kind;
            file.recordType = QStringLiteral("incident");
            file.recordId = QString::number(incidentId);
            file.recordReference = reference;
            file.sourceId = QString::number(sourceId);
        };

        Result<std::vector<IncidentEvidence>> evidence =
            m_program.incidentEvidence().evidence(incidentId);
        if (!evidence)
            return evidence.error();
        for (const IncidentEvidence& item : *evidence) {
            if (!item.file || !PackDates::existedOn(item.addedAt, request.to))
                continue;
            Result<QByteArray> content = m_program.incidentEvidence().evidenceContent(item.id);
            if (!content)
                return content.error();
            PackBundleFile file;
            file.path = placeFor(folder, safeName(item.file->fileName, QStringLiteral("evidence")));
            describe(file, PackBundleFileKind::IncidentEvidence, item.id);
            add(std::move(file), *content);
        }

        Result<std::vector<IncidentNotification>> notices =
            m_program.incidentNotifications().notifications(incidentId);
        if (!notices)
            return notices.error();
        for (const IncidentNotification& notice : *notices) {
            if (!notice.file || !notice.sentOn.isValid() || notice.sentOn > request.to)
                continue;
            Result<QByteArray> content =
                m_program.incidentNotifications().notificationFileContent(notice.id);
            if (!content)
                return content.error();
            PackBundleFile file;
            file.path = placeFor(folder, safeName(notice.file->fileName, QStringLiteral("notice")));
            describe(file, PackBundleFileKind::NotificationLetter, notice.id);
            file.detail = notificationRecipientKey(notice.recipient);
            add(std::move(file), *content);
        }
    }
    return {};
}

Result<void> PackBundleCollector::addPolicyRevisions(const PackSectionContent& section)
{
    for (const QJsonValue& each : listed(section, QStringLiteral("policies"))) {
        const qint64 revisionId =
            each.toObject().value(QStringLiteral("revision_id")).toString().toLongLong();
        if (revisionId <= 0)
            continue; // no revision in effect: nothing to include
        Result<PolicyRevision> revision = m_program.policies().revision(revisionId);
        if (!revision)
            return revision.error();
        const QString code = each.toObject().value(QStringLiteral("code")).toString();
        const QString name = QStringLiteral("%1-rev%2")
                                 .arg(safeName(code, QStringLiteral("policy")))
                                 .arg(revision->number);
        const auto describe = [&](PackBundleFile& file, PackBundleFileKind kind) {
            file.kind = kind;
            file.recordType = QStringLiteral("policy_revision");
            file.recordId = QString::number(revisionId);
            file.recordReference = tr("%1 revision %2").arg(code).arg(revision->number);
            file.sourceId = QString::number(revisionId);
        };

        PackBundleFile text;
        text.path = placeFor(QStringLiteral("policies"), name + QStringLiteral(".txt"));
        describe(text, PackBundleFileKind::PolicyText);
        add(std::move(text), revision->content.toUtf8());

        if (revision->file) {
            Result<QByteArray> content = m_program.policies().fileContent(revisionId);
            if (!content)
                return content.error();
            PackBundleFile copy;
            copy.path = placeFor(QStringLiteral("policies/") + name,
                                 safeName(revision->file->fileName, QStringLiteral("signed.pdf")));
            describe(copy, PackBundleFileKind::PolicySignedCopy);
            add(std::move(copy), *content);
        }
    }
    return {};
}

QString PackBundleCollector::placeFor(const QString& folder, const QString& fileName)
{
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? fileName.left(dot) : fileName;
    const QString suffix = dot > 0 ? fileName.mid(dot) : QString();
    QString path = folder + QLatin1Char('/') + fileName;
    for (int n = 2; m_paths.contains(path.toCaseFolded()); ++n)
        path = QStringLiteral("%1/%2 (%3)%4").arg(folder, stem).arg(n).arg(suffix);
    m_paths.insert(path.toCaseFolded());
    return path;
}

void PackBundleCollector::add(PackBundleFile file, const QByteArray& content)
{
    file.content = content;
    file.size = content.size();
    file.sha256 = sha256Hex(content);
    m_files.push_back(std::move(file));
}

} // namespace palisade
