#include "core/retention/PersonDisposer.h"

#include "core/retention/RecordTypes.h"
#include "core/training/CompletionStore.h"
#include "core/training/PersonStore.h"
#include "core/training/PolicyAcknowledgmentStore.h"
#include "core/training/TrainingJson.h"

namespace palisade {

PersonDisposer::PersonDisposer(Database& db)
    : m_db(db)
{
}

QString PersonDisposer::recordType() const
{
    return recordtype::person();
}

QJsonObject PersonDisposer::contentJson(qint64 id) const
{
    const std::optional<Person> person = PersonStore(m_db).find(id);
    return person ? TrainingJson::toJson(*person) : QJsonObject();
}

std::vector<RecordRef> PersonDisposer::parts(qint64 id) const
{
    std::vector<RecordRef> out;
    for (const Completion& completion : CompletionStore(m_db).forPerson(id))
        out.push_back(RecordRef{recordtype::trainingCompletion(), completion.id});
    for (const PolicyAcknowledgment& acknowledgment : PolicyAcknowledgmentStore(m_db).forPerson(id))
        out.push_back(RecordRef{recordtype::policyAcknowledgment(), acknowledgment.id});
    return out;
}

void PersonDisposer::dispose(qint64 id)
{
    PersonStore(m_db).remove(id);
}

} // namespace palisade
