// libFuzzer target: the counterparty import, whose rows name the example program's assets.
#include "core/vendors/CounterpartyCsvImporter.h"
#include "tests/fuzz/FuzzProgram.h"
#include "tests/fuzz/ImportCheck.h"

using namespace palisade;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Program& program = fuzz::FuzzProgram::instance();
    const QByteArray bytes = fuzz::bytes(data, size);
    fuzz::checkImportRead(program, [&] {
        return CounterpartyCsvImporter(program.counterparties(), program.assets()).readData(bytes);
    });
    return 0;
}
