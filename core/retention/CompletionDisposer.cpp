#include "core/retention/CompletionDisposer.h"

#include "core/retention/RecordTypes.h"
#include "core/training/CompletionStore.h"
#include "core/training/TrainingJson.h"

namespace palisade {

CompletionDisposer::CompletionDisposer(Database& db)
    : m_db(db)
{
}

QString CompletionDisposer::recordType() const
{
    return recordtype::trainingCompletion();
}

QJsonObject CompletionDisposer::contentJson(qint64 id) const
{
    const std::optional<Completion> completion = CompletionStore(m_db).find(id);
    return completion ? TrainingJson::toJson(*completion) : QJsonObject();
}

void CompletionDisposer::dispose(qint64 id)
{
    CompletionStore(m_db).removeWithCertificate(id);
}

} // namespace palisade
