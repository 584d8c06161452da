// libFuzzer target: the training completion import, with the canonical columns and with the mapping
// proposed from the file's own header; people and courses are the example program's.
#include "core/training/CompletionCsvImporter.h"
#include "tests/fuzz/FuzzProgram.h"
#include "tests/fuzz/ImportCheck.h"
#include "tests/fuzz/ProposedMapping.h"

using namespace palisade;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Program& program = fuzz::FuzzProgram::instance();
    const QByteArray bytes = fuzz::bytes(data, size);
    fuzz::checkImportRead(program, [&] {
        return CompletionCsvImporter(program.training(), program.workforce())
            .read(bytes, TrainingColumnMapping(ImportKind::Completions));
    });
    fuzz::checkImportRead(program, [&] {
        return CompletionCsvImporter(program.training(), program.workforce())
            .read(bytes, fuzz::proposedMapping(ImportKind::Completions, bytes));
    });
    return 0;
}
