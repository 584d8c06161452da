#include "core/vendors/BaaRegister.h"

#include "core/audit/AuditTrail.h"
#include "core/pdf/PdfTextExtractor.h"
#include "core/program/Program.h"
#include "core/retention/RecordTypes.h"
#include "core/retention/RetentionDates.h"
#include "core/retention/RetentionRegister.h"
#include "core/storage/StorageGuard.h"
#include "core/util/BatchProblems.h"
#include "core/util/Clock.h"
#include "core/util/Sha256.h"
#include "core/vendors/AgreementDocumentStore.h"
#include "core/vendors/AgreementJson.h"
#include "core/vendors/AgreementStore.h"
#include "core/vendors/AgreementValidator.h"
#include "core/vendors/BaaDueList.h"
#include "core/vendors/BaaProvision.h"
#include "core/vendors/CounterpartyStore.h"
#include "core/vendors/VendorEntities.h"

#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

namespace palisade {

BaaRegister::BaaRegister(Program& program)
    : m_program(program)
{
}

Result<std::vector<Agreement>> BaaRegister::agreements() const
{
    return guardStorage(tr("Reading the agreements failed"), [&] {
        std::vector<Agreement> all = AgreementStore(m_program.database()).all();
        for (Agreement& agreement : all)
            agreement.provisions = BaaProvision::checklist(agreement.provisions);
        return all;
    });
}

Result<Agreement> BaaRegister::agreement(qint64 id) const
{
    Result<std::optional<Agreement>> found = guardStorage(tr("Reading the agreement failed"), [&] {
        return AgreementStore(m_program.database()).find(id);
    });
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{ErrorKind::Invalid, tr("The agreement no longer exists."), {}};
    Agreement agreement = **found;
    agreement.provisions = BaaProvision::checklist(agreement.provisions);
    return agreement;
}

void BaaRegister::prepare(Agreement& agreement) const
{
    for (QString* field :
         {&agreement.title, &agreement.renewalTerms, &agreement.dispositionAttestedBy})
        *field = field->trimmed();
    for (ProvisionCheck& check : agreement.provisions)
        check.clauseReference = check.clauseReference.trimmed();
    agreement.provisions = BaaProvision::checklist(agreement.provisions);
    std::sort(agreement.flowsDownFrom.begin(), agreement.flowsDownFrom.end());
    agreement.flowsDownFrom.erase(
        std::unique(agreement.flowsDownFrom.begin(), agreement.flowsDownFrom.end()),
        agreement.flowsDownFrom.end());
    if (agreement.status == AgreementStatus::Active && !agreement.nextReviewOn.isValid()) {
        QDate from = agreement.lastReviewedOn;
        if (!from.isValid())
            from = agreement.effectiveOn.isValid() ? agreement.effectiveOn : agreement.signedOn;
        if (from.isValid())
            agreement.nextReviewOn = from.addMonths(agreement.reviewCadenceMonths);
    }
}

QStringList BaaRegister::linkProblems(const Agreement& agreement) const
{
    Result<QStringList> found = guardStorage(tr("Reading the agreements failed"), [&] {
        QStringList out;
        Database& db = m_program.database();
        const std::optional<Counterparty> counterparty =
            agreement.counterpartyId > 0 ? CounterpartyStore(db).find(agreement.counterpartyId)
                                         : std::nullopt;
        if (agreement.counterpartyId > 0 && !counterparty)
            out << tr("The counterparty no longer exists.");
        if (counterparty && agreement.direction == AgreementDirection::Downstream &&
            counterparty->relationship == CounterpartyRelationship::CoveredEntity)
            out << tr("%1 is a covered entity we serve, so the agreement runs upstream.")
                       .arg(counterparty->name);
        AgreementStore store(db);
        for (qint64 upstreamId : agreement.flowsDownFrom) {
            if (upstreamId < 0)
                continue; // a link within an addAll batch, checked there
            const std::optional<Agreement> upstream = store.find(upstreamId);
            if (upstreamId == agreement.id || !upstream)
                out << tr("%1 is not an agreement this one can flow down from.")
                           .arg(agreementReference(upstreamId));
            else if (upstream->direction != AgreementDirection::Upstream)
                out << tr("%1 is itself a downstream agreement.")
                           .arg(agreementReference(upstreamId));
        }
        if (agreement.id > 0) {
            const std::optional<Agreement> stored = store.find(agreement.id);
            if (stored && !agreementStatusChangeAllowed(stored->status, agreement.status))
                out << tr("An agreement cannot go from %1 to %2.")
                           .arg(agreementStatusLabel(stored->status),
                                agreementStatusLabel(agreement.status));
        }
        return out;
    });
    return found ? *found : QStringList{found.error().message};
}

QStringList BaaRegister::problems(const Agreement& agreement) const
{
    Agreement candidate = agreement;
    prepare(candidate);
    return AgreementValidator(m_program.clock().today()).problems(candidate) +
           linkProblems(candidate);
}

Result<Agreement> BaaRegister::add(Agreement agreement)
{
    Result<std::vector<Agreement>> added = addAll({std::move(agreement)});
    if (!added)
        return added.error();
    return added->front();
}

QStringList BaaRegister::batchLinkProblems(const std::vector<Agreement>& batch, std::size_t index)
{
    QStringList out;
    for (const qint64 link : batch[index].flowsDownFrom) {
        if (link >= 0)
            continue;
        const std::size_t upstream = std::size_t(-(link + 1));
        if (upstream >= index)
            out << tr("It flows down from agreement %1 of the same batch, which must come before "
                      "it.")
                       .arg(upstream + 1);
        else if (batch[upstream].direction != AgreementDirection::Upstream)
            out << tr("Agreement %1 of the same batch is itself a downstream agreement.")
                       .arg(upstream + 1);
    }
    return out;
}

Result<std::vector<Agreement>> BaaRegister::addAll(std::vector<Agreement> incoming)
{
    BatchProblems refusals(incoming.size(), tr("Agreement %1: %2"));
    const QDateTime now = m_program.clock().nowUtc();
    for (std::size_t i = 0; i < incoming.size(); ++i) {
        Agreement& agreement = incoming[i];
        agreement.id = 0;
        prepare(agreement);
        agreement.createdAt = agreement.updatedAt = now;
        refusals.add(i, problems(agreement) + batchLinkProblems(incoming, i));
    }
    if (!refusals.isEmpty())
        return refusals.refusal();

    const QString action =
        incoming.size() == 1 ? QStringLiteral("created") : QStringLiteral("imported");
    Result<void> written =
        m_program.transact(tr("Saving the agreement failed"), [&](AuditTrail& audit) {
            AgreementStore store(m_program.database());
            for (Agreement& agreement : incoming) {
                // Earlier agreements of the batch are stored by now: name them by id.
                for (qint64& link : agreement.flowsDownFrom) {
                    if (link < 0)
                        link = incoming[std::size_t(-(link + 1))].id;
                }
                std::sort(agreement.flowsDownFrom.begin(), agreement.flowsDownFrom.end());
                store.insert(agreement);
                audit.record(m_program.actor(), action, vendorentity::agreement(),
                             QString::number(agreement.id), {}, AgreementJson::toJson(agreement));
            }
        });
    if (!written)
        return written.error();
    emit agreementsChanged();
    return incoming;
}

Result<Agreement> BaaRegister::update(Agreement agreement)
{
    Result<Agreement> stored = this->agreement(agreement.id);
    if (!stored)
        return stored.error();
    prepare(agreement);
    agreement.createdAt = stored->createdAt;
    agreement.updatedAt = stored->updatedAt;
    if (agreement == *stored)
        return agreement;
    if (QStringList found = problems(agreement); !found.isEmpty())
        return BatchProblems::refusal(found);
    agreement.updatedAt = m_program.clock().nowUtc();
    Result<void> written =
        m_program.transact(tr("Saving the agreement failed"), [&](AuditTrail& audit) {
            AgreementStore(m_program.database()).update(agreement);
            audit.record(m_program.actor(), QStringLiteral("updated"), vendorentity::agreement(),
                         QString::number(agreement.id), AgreementJson::toJson(*stored),
                         AgreementJson::toJson(agreement));
        });
    if (!written)
        return written.error();
    emit agreementsChanged();
    return agreement;
}

QDate BaaRegister::retainUntil(const Agreement& agreement)
{
    if (!agreementStatusIsSigned(agreement.status))
        return {};
    const QDate created =
        agreement.signedOn.isValid() ? agreement.signedOn : agreement.createdAt.date();
    return RetentionDates::retainUntil(created, agreement.endsOn());
}

Result<void> BaaRegister::remove(qint64 id)
{
    Result<Agreement> stored = agreement(id);
    if (!stored)
        return stored.error();
    Result<DeletionPath> path = m_program.retention().checkDeletion(recordtype::agreement(), id);
    if (!path)
        return path.error();
    if (*path == DeletionPath::Dispose) {
        Result<Disposal> disposed = m_program.retention().dispose(recordtype::agreement(), id);
        if (!disposed)
            return disposed.error();
        emit agreementsChanged();
        emit documentsChanged(id);
        return {};
    }
    Result<qint64> downstream = guardStorage(tr("Reading the agreements failed"), [&] {
        return AgreementStore(m_program.database()).flowDownCount(id);
    });
    if (!downstream)
        return downstream.error();
    if (*downstream > 0)
        return Error{ErrorKind::Invalid,
                     tr("%n subcontractor agreement(s) flow down from %1; unlink them first.",
                        nullptr, int(*downstream))
                         .arg(agreementReference(id)),
                     {}};
    Result<std::vector<AgreementDocument>> attached = documents(id);
    if (!attached)
        return attached.error();
    Result<void> written =
        m_program.transact(tr("Deleting the agreement failed"), [&](AuditTrail& audit) {
            AgreementDocumentStore documents(m_program.database());
            for (const AgreementDocument& document : *attached) {
                documents.remove(document.id);
                audit.record(m_program.actor(), QStringLiteral("deleted"), vendorentity::document(),
                             QString::number(document.id), AgreementJson::toJson(document), {});
            }
            AgreementStore(m_program.database()).remove(id);
            audit.record(m_program.actor(), QStringLiteral("deleted"), vendorentity::agreement(),
                         QString::number(id), AgreementJson::toJson(*stored), {});
        });
    if (!written)
        return written;
    emit agreementsChanged();
    emit documentsChanged(id);
    return {};
}

Result<Agreement> BaaRegister::markReviewed(qint64 id, const QDate& on)
{
    Result<Agreement> stored = agreement(id);
    if (!stored)
        return stored.error();
    if (!agreementStatusIsSigned(stored->status))
        return Error{ErrorKind::Invalid, tr("Only a signed agreement is reviewed."), {}};
    if (!on.isValid() || on > m_program.clock().today())
        return Error{ErrorKind::Invalid, tr("The review date must be today or earlier."), {}};
    Agreement reviewed = *stored;
    reviewed.lastReviewedOn = on;
    reviewed.nextReviewOn = on.addMonths(reviewed.reviewCadenceMonths);
    reviewed.updatedAt = m_program.clock().nowUtc();
    Result<void> written =
        m_program.transact(tr("Saving the review failed"), [&](AuditTrail& audit) {
            AgreementStore(m_program.database()).update(reviewed);
            audit.record(m_program.actor(), QStringLiteral("reviewed"), vendorentity::agreement(),
                         QString::number(id), AgreementJson::toJson(*stored),
                         AgreementJson::toJson(reviewed));
        });
    if (!written)
        return written.error();
    emit agreementsChanged();
    return reviewed;
}

Result<std::vector<AuditEvent>> BaaRegister::history(qint64 id) const
{
    return guardStorage(tr("Reading the agreement's history failed"), [&] {
        AuditQuery own;
        own.entity = vendorentity::agreement();
        own.recordId = QString::number(id);
        std::vector<AuditEvent> events = m_program.auditTrail().events(own);
        AuditQuery documents;
        documents.entity = vendorentity::document();
        documents.relatedField = QStringLiteral("agreement_id");
        documents.relatedValue = QString::number(id);
        for (AuditEvent& event : m_program.auditTrail().events(documents))
            events.push_back(std::move(event));
        std::sort(events.begin(), events.end(),
                  [](const AuditEvent& a, const AuditEvent& b) { return a.seq < b.seq; });
        return events;
    });
}

Result<std::vector<AgreementDocument>> BaaRegister::documents(qint64 agreementId) const
{
    return guardStorage(tr("Reading the agreement's documents failed"), [&] {
        return AgreementDocumentStore(m_program.database()).forAgreement(agreementId);
    });
}

Result<std::vector<AgreementDocument>> BaaRegister::allDocuments() const
{
    return guardStorage(tr("Reading the agreements' documents failed"),
                        [&] { return AgreementDocumentStore(m_program.database()).all(); });
}

Result<AgreementDocument> BaaRegister::document(qint64 id) const
{
    Result<std::optional<AgreementDocument>> found =
        guardStorage(tr("Reading the document failed"),
                     [&] { return AgreementDocumentStore(m_program.database()).find(id); });
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{ErrorKind::Invalid, tr("The document no longer exists."), {}};
    return **found;
}

Result<AgreementDocument> BaaRegister::attach(qint64 agreementId, const QString& fileName,
                                              const QByteArray& content, DocumentKind kind)
{
    Result<Agreement> owner = agreement(agreementId);
    if (!owner)
        return owner.error();
    if (content.size() > maximumDocumentBytes)
        return Error{
            ErrorKind::Invalid,
            tr("%1 is larger than %2 MB.").arg(fileName).arg(maximumDocumentBytes / (1024 * 1024)),
            {}};
    Result<PdfText> text = PdfTextExtractor::extract(content);
    if (!text)
        return Error{ErrorKind::Invalid, tr("%1: %2").arg(fileName, text.error().message), {}};
    AgreementDocument document;
    document.agreementId = agreementId;
    document.kind = kind;
    document.fileName = QFileInfo(fileName).fileName();
    document.sha256 = sha256Hex(content);
    document.size = content.size();
    document.pageCount = text->pageCount;
    document.addedAt = m_program.clock().nowUtc();
    document.addedBy = m_program.actor();
    Result<void> written =
        m_program.transact(tr("Storing the document failed"), [&](AuditTrail& audit) {
            AgreementDocumentStore(m_program.database()).insert(document, content, text->joined());
            audit.record(m_program.actor(), QStringLiteral("attached"), vendorentity::document(),
                         QString::number(document.id), {}, AgreementJson::toJson(document));
        });
    if (!written)
        return written.error();
    emit documentsChanged(agreementId);
    return document;
}

Result<QByteArray> BaaRegister::documentContent(qint64 documentId) const
{
    Result<AgreementDocument> stored = document(documentId);
    if (!stored)
        return stored.error();
    Result<QByteArray> content = guardStorage(tr("Reading the document failed"), [&] {
        return AgreementDocumentStore(m_program.database()).content(documentId);
    });
    if (!content)
        return content.error();
    if (sha256Hex(*content) != stored->sha256)
        return Error{ErrorKind::Integrity,
                     tr("%1 does not match the SHA-256 recorded when it was attached.")
                         .arg(stored->fileName),
                     {}};
    return content;
}

Result<void> BaaRegister::saveDocumentCopy(qint64 documentId, const QString& path)
{
    Result<AgreementDocument> stored = document(documentId);
    if (!stored)
        return stored.error();
    Result<QByteArray> content = documentContent(documentId);
    if (!content)
        return content.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() ||
        !file.commit())
        return Error{ErrorKind::Io,
                     tr("The copy could not be saved to %1: %2").arg(path, file.errorString()),
                     {}};
    return m_program.transact(tr("Recording the copy failed"), [&](AuditTrail& audit) {
        QJsonObject copied = AgreementJson::toJson(*stored);
        copied.insert(QStringLiteral("copied_to"), path);
        audit.record(m_program.actor(), QStringLiteral("copied"), vendorentity::document(),
                     QString::number(documentId), AgreementJson::toJson(*stored), copied);
    });
}

Result<void> BaaRegister::removeDocument(qint64 documentId)
{
    Result<AgreementDocument> stored = document(documentId);
    if (!stored)
        return stored.error();
    Result<DeletionPath> path =
        m_program.retention().checkDeletion(recordtype::agreementDocument(), documentId);
    if (!path) {
        if (path.error().kind != ErrorKind::Invalid)
            return path.error();
        return Error{ErrorKind::Invalid,
                     path.error().message + QLatin1Char(' ') +
                         tr("Attach a corrected version rather than deleting it."),
                     {}};
    }
    if (*path == DeletionPath::Dispose) {
        Result<Disposal> disposed =
            m_program.retention().dispose(recordtype::agreementDocument(), documentId);
        if (!disposed)
            return disposed.error();
        emit documentsChanged(stored->agreementId);
        return {};
    }
    Result<void> written =
        m_program.transact(tr("Deleting the document failed"), [&](AuditTrail& audit) {
            AgreementDocumentStore(m_program.database()).remove(documentId);
            audit.record(m_program.actor(), QStringLiteral("deleted"), vendorentity::document(),
                         QString::number(documentId), AgreementJson::toJson(*stored), {});
        });
    if (!written)
        return written;
    emit documentsChanged(stored->agreementId);
    return {};
}

Result<std::set<qint64>> BaaRegister::agreementsWithText(const QString& text) const
{
    if (text.trimmed().isEmpty())
        return std::set<qint64>{};
    return guardStorage(tr("Searching the documents failed"), [&] {
        return AgreementDocumentStore(m_program.database()).agreementsWithText(text.trimmed());
    });
}

Result<std::vector<BaaDueItem>> BaaRegister::due(const QDate& asOf) const
{
    Result<std::vector<Agreement>> all = agreements();
    if (!all)
        return all.error();
    Result<std::vector<Counterparty>> counterparties =
        guardStorage(tr("Reading the counterparties failed"),
                     [&] { return CounterpartyStore(m_program.database()).all(); });
    if (!counterparties)
        return counterparties.error();
    return BaaDueList(*counterparties, *all).asOf(asOf);
}

} // namespace palisade
