// libFuzzer target: the workforce import, with the canonical columns and with the mapping proposed
// from the file's own header.
#include "core/training/PeopleCsvImporter.h"
#include "tests/fuzz/FuzzProgram.h"
#include "tests/fuzz/ImportCheck.h"
#include "tests/fuzz/ProposedMapping.h"

using namespace palisade;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Program& program = fuzz::FuzzProgram::instance();
    const QByteArray bytes = fuzz::bytes(data, size);
    fuzz::checkImportRead(program, [&] {
        return PeopleCsvImporter(program.workforce())
            .read(bytes, TrainingColumnMapping(ImportKind::People));
    });
    fuzz::checkImportRead(program, [&] {
        return PeopleCsvImporter(program.workforce())
            .read(bytes, fuzz::proposedMapping(ImportKind::People, bytes));
    });
    return 0;
}
