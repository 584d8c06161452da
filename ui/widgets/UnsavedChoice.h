#pragma once

#include <functional>

namespace palisade::ui {

// What to do with unsaved edits when a record editor is closed. The question
// is injectable so tests can answer it without a modal box.
enum class UnsavedChoice
{
    Save,
    Discard,
    KeepEditing,
};

using UnsavedChangesPrompt = std::function<UnsavedChoice()>;

} // namespace palisade::ui
