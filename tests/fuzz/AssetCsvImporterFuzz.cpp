// libFuzzer target: the asset import, checked against the example program.
#include "core/risk/AssetCsvImporter.h"
#include "tests/fuzz/FuzzProgram.h"
#include "tests/fuzz/ImportCheck.h"

using namespace palisade;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Program& program = fuzz::FuzzProgram::instance();
    const QByteArray bytes = fuzz::bytes(data, size);
    fuzz::checkImportRead(program,
                          [&] { return AssetCsvImporter(program.assets()).readData(bytes); });
    return 0;
}
