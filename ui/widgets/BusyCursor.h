#pragma once

namespace palisade::ui {

// Shows the wait cursor for the lifetime of the object, for work that blocks
// the interface briefly (key derivation takes a noticeable fraction of a second).
class BusyCursor
{
public:
    BusyCursor();
    ~BusyCursor();

    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace palisade::ui
