#include "core/retention/AgreementDocumentDisposer.h"

#include "core/retention/RecordTypes.h"
#include "core/vendors/AgreementDocumentStore.h"
#include "core/vendors/AgreementJson.h"

namespace palisade {

AgreementDocumentDisposer::AgreementDocumentDisposer(Database& db)
    : m_db(db)
{
}

QString AgreementDocumentDisposer::recordType() const
{
    return recordtype::agreementDocument();
}

QJsonObject AgreementDocumentDisposer::contentJson(qint64 id) const
{
    // The metadata carries the SHA-256 of the PDF bytes, which binds them.
    const std::optional<AgreementDocument> document = AgreementDocumentStore(m_db).find(id);
    return document ? AgreementJson::toJson(*document) : QJsonObject();
}

void AgreementDocumentDisposer::dispose(qint64 id)
{
    AgreementDocumentStore(m_db).remove(id);
}

} // namespace palisade
