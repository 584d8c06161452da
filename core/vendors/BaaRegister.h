#pragma once

#include "core/audit/AuditEvent.h"
#include "core/util/Result.h"
#include "core/vendors/Agreement.h"
#include "core/vendors/AgreementDocument.h"
#include "core/vendors/BaaDueItem.h"

#include <QByteArray>
#include <QDate>
#include <QObject>
#include <QStringList>
#include <set>
#include <vector>

namespace palisade {

class Program;

// Business associate agreements, their required-provision checklists and the
// signed documents kept inside the encrypted file. Every change is one
// transaction with its audit event.
class BaaRegister : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maximumDocumentBytes = 64LL * 1024 * 1024;
    explicit BaaRegister(Program& program);

    Result<std::vector<Agreement>> agreements() const; // ascending id
    Result<Agreement> agreement(qint64 id) const;

    // Problems as the agreement stands, as of the program's today; empty when
    // it can be saved. Status changes are checked against the stored record;
    // links within a batch (Agreement::batchLink) are left to addAll.
    QStringList problems(const Agreement& agreement) const;

    Result<Agreement> add(Agreement agreement);
    Result<Agreement> update(Agreement agreement);
    // All or nothing: "Agreement N: …" for each problem. A downstream
    // agreement may flow down from an earlier one of the same batch, named by
    // Agreement::batchLink(position).
    Result<std::vector<Agreement>> addAll(std::vector<Agreement> agreements);
    // A draft or an agreement under negotiation that nothing flows down from
    // is deleted. A signed agreement is kept while active and six years after
    // it ends (RetentionRegister::checkDeletion says until when); past that
    // it is disposed of with its documents and a tombstone.
    Result<void> remove(qint64 id);
    // Records a review on `on` and schedules the next one a cadence later.
    Result<Agreement> markReviewed(qint64 id, const QDate& on);
    // The agreement and its documents, oldest first.
    Result<std::vector<AuditEvent>> history(qint64 id) const;

    // The last day the agreement must be kept if it ends as its dates say
    // (RetentionDates over its signing and its end); invalid when it was
    // never signed or has no end date. While the agreement is active the
    // retention engine keeps it whatever this date says.
    static QDate retainUntil(const Agreement& agreement);

    Result<std::vector<AgreementDocument>> documents(qint64 agreementId) const;
    Result<std::vector<AgreementDocument>> allDocuments() const;
    // Stores a PDF with its SHA-256 and extracted text.
    Result<AgreementDocument> attach(qint64 agreementId, const QString& fileName,
                                     const QByteArray& content, DocumentKind kind);
    // The stored bytes, checked against their SHA-256.
    Result<QByteArray> documentContent(qint64 documentId) const;
    // The one way a document leaves the encrypted file decrypted; audited.
    Result<void> saveDocumentCopy(qint64 documentId, const QString& path);
    // Allowed while the agreement is unsigned; a signed agreement's document
    // follows the agreement's retention.
    Result<void> removeDocument(qint64 documentId);
    // Agreements with a document whose text contains `text`.
    Result<std::set<qint64>> agreementsWithText(const QString& text) const;

    Result<std::vector<BaaDueItem>> due(const QDate& asOf) const;

signals:
    void agreementsChanged();
    void documentsChanged(qint64 agreementId);

private:
    void prepare(Agreement& agreement) const;
    QStringList linkProblems(const Agreement& agreement) const;
    static QStringList batchLinkProblems(const std::vector<Agreement>& batch, std::size_t index);
    Result<AgreementDocument> document(qint64 id) const;

    Program& m_program;
};

} // namespace palisade
