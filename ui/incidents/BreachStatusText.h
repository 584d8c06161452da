#pragma once

#include "core/incidents/Incident.h"

#include <QCoreApplication>
#include <QString>

namespace palisade::ui {

// Where an incident stands under 164.402, in a sentence a reader who does not
// know the rule can follow.
class BreachStatusText
{
    Q_DECLARE_TR_FUNCTIONS(palisade::ui::BreachStatusText)

public:
    static QString explanation(const Incident& incident);
};

} // namespace palisade::ui
