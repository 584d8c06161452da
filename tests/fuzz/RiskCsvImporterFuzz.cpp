// libFuzzer target: the risk import, whose rows name the example program's assets.
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskCsvImporter.h"
#include "core/risk/RiskRegister.h"
#include "tests/fuzz/FuzzProgram.h"
#include "tests/fuzz/ImportCheck.h"

using namespace palisade;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Program& program = fuzz::FuzzProgram::instance();
    const QByteArray bytes = fuzz::bytes(data, size);
    fuzz::checkImportRead(program, [&] {
        return RiskCsvImporter(program.risks(), program.assets()).readData(bytes);
    });
    return 0;
}
