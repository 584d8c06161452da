#pragma once

#include <QString>

namespace palisade {

// The events about one record: those of `entity` with `recordId`, or, when
// `relatedField` is set, those of `entity` whose before or after JSON has that
// top-level field equal to `relatedValue` (the approvals of one revision).
struct AuditSubject
{
    QString entity;
    QString recordId;
    QString relatedField;
    QString relatedValue;
};

} // namespace palisade
