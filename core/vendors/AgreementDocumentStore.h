#pragma once

#include "core/vendors/AgreementDocument.h"

#include <QByteArray>
#include <optional>
#include <set>
#include <vector>

namespace palisade {

class Database;
class Statement;

// The SQL of the agreement_document table. Only BaaRegister calls it.
class AgreementDocumentStore
{
public:
    explicit AgreementDocumentStore(Database& db);

    std::vector<AgreementDocument> all() const; // by agreement, then as added
    std::vector<AgreementDocument> forAgreement(qint64 agreementId) const;
    std::optional<AgreementDocument> find(qint64 id) const;
    QByteArray content(qint64 id) const;
    void insert(AgreementDocument& document, const QByteArray& content, const QString& text);
    void remove(qint64 id);
    // Agreements with a document whose text contains `needle`, in any case.
    // The text is stored case-folded: it serves search only.
    std::set<qint64> agreementsWithText(const QString& needle) const;

private:
    std::vector<AgreementDocument> select(const QString& where, qint64 id) const;
    static AgreementDocument fromRow(const Statement& row);

    Database& m_db;
};

} // namespace palisade
