#pragma once

#include "core/training/Completion.h"
#include "core/training/Course.h"
#include "core/training/ImportBatch.h"
#include "core/training/ImportMapping.h"
#include "core/training/Person.h"
#include "core/training/PhishingCampaign.h"
#include "core/training/PolicyAcknowledgment.h"
#include "core/training/WorkforceRole.h"

#include <QJsonObject>

namespace palisade {

// The JSON forms of training records, as the audit trail and the disposal log
// record them. Completions and acknowledgments carry "person_id" so a
// person's history can gather them.
class TrainingJson
{
public:
    static QJsonObject toJson(const WorkforceRole& role);
    static QJsonObject toJson(const Person& person);
    static QJsonObject toJson(const Course& course);
    static QJsonObject toJson(const Completion& completion);
    static QJsonObject toJson(const PolicyAcknowledgment& acknowledgment);
    static QJsonObject toJson(const PhishingCampaign& campaign);
    static QJsonObject toJson(const ImportBatch& batch);
    static QJsonObject toJson(const ImportMapping& mapping);
};

} // namespace palisade
