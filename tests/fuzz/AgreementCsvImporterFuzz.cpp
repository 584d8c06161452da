// libFuzzer target: the agreement import, whose rows name the example program's counterparties and
// agreements.
#include "core/vendors/AgreementCsvImporter.h"
#include "tests/fuzz/FuzzProgram.h"
#include "tests/fuzz/ImportCheck.h"

using namespace palisade;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Program& program = fuzz::FuzzProgram::instance();
    const QByteArray bytes = fuzz::bytes(data, size);
    fuzz::checkImportRead(program, [&] {
        return AgreementCsvImporter(program.baas(), program.counterparties()).readData(bytes);
    });
    return 0;
}
