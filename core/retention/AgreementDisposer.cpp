#include "core/retention/AgreementDisposer.h"

#include "core/retention/RecordTypes.h"
#include "core/vendors/AgreementDocumentStore.h"
#include "core/vendors/AgreementJson.h"
#include "core/vendors/AgreementStore.h"

namespace palisade {

AgreementDisposer::AgreementDisposer(Database& db)
    : m_db(db)
{
}

QString AgreementDisposer::recordType() const
{
    return recordtype::agreement();
}

QJsonObject AgreementDisposer::contentJson(qint64 id) const
{
    const std::optional<Agreement> agreement = AgreementStore(m_db).find(id);
    return agreement ? AgreementJson::toJson(*agreement) : QJsonObject();
}

std::vector<RecordRef> AgreementDisposer::parts(qint64 id) const
{
    std::vector<RecordRef> out;
    for (const AgreementDocument& document : AgreementDocumentStore(m_db).forAgreement(id))
        out.push_back(RecordRef{recordtype::agreementDocument(), document.id});
    return out;
}

std::vector<RecordRef> AgreementDisposer::dependents(qint64 id) const
{
    std::vector<RecordRef> out;
    for (const qint64 downstream : AgreementStore(m_db).downstreamIds(id))
        out.push_back(RecordRef{recordtype::agreement(), downstream});
    return out;
}

void AgreementDisposer::dispose(qint64 id)
{
    AgreementStore(m_db).remove(id);
}

} // namespace palisade
