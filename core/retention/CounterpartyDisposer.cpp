#include "core/retention/CounterpartyDisposer.h"

#include "core/retention/RecordTypes.h"
#include "core/vendors/CounterpartyJson.h"
#include "core/vendors/CounterpartyStore.h"

namespace palisade {

CounterpartyDisposer::CounterpartyDisposer(Database& db)
    : m_db(db)
{
}

QString CounterpartyDisposer::recordType() const
{
    return recordtype::counterparty();
}

QJsonObject CounterpartyDisposer::contentJson(qint64 id) const
{
    const std::optional<Counterparty> counterparty = CounterpartyStore(m_db).find(id);
    return counterparty ? CounterpartyJson::toJson(*counterparty) : QJsonObject();
}

std::vector<RecordRef> CounterpartyDisposer::dependents(qint64 id) const
{
    std::vector<RecordRef> out;
    for (const qint64 agreement : CounterpartyStore(m_db).agreementIds(id))
        out.push_back(RecordRef{recordtype::agreement(), agreement});
    return out;
}

void CounterpartyDisposer::dispose(qint64 id)
{
    CounterpartyStore(m_db).remove(id);
}

} // namespace palisade
