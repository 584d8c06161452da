#pragma once

namespace palisade::ui {

// What the user can do with a policy and its selected revision from the
// Policies page.
enum class RevisionAction
{
    NewRevision,
    EditDraft,
    DiscardDraft,
    Submit,
    ReturnToDraft,
    RecordApproval,
    MakeEffective,
    Compare,
    History,
    SavePdfCopy,
    Retire,
};

} // namespace palisade::ui
