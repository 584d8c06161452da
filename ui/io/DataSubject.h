#pragma once

namespace palisade::ui {

// Which register a CSV import or a table export works on.
enum class DataSubject
{
    Risks,
    Assets,
    Counterparties,
    Agreements,
};

} // namespace palisade::ui
