#pragma once

namespace palisade {

// How a register deletes a record retention allows it to delete.
enum class DeletionPath
{
    Delete,  // not a record: an ordinary delete with its "deleted" audit event
    Dispose, // a record past its retention: RetentionRegister::dispose, with a tombstone
};

} // namespace palisade
