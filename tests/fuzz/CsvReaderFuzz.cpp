// libFuzzer target: the CSV reader on any bytes. Whatever it accepts must
// survive a round trip through the CSV writer: written out and read again,
// every record has the same fields.
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstdio>

using namespace palisade;

namespace {

// A record's fields, percent-encoded so control bytes show in the report.
QByteArray shown(const CsvRecord& record)
{
    return record.fields.join(QLatin1Char('|')).toUtf8().toPercentEncoding();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Result<QList<CsvRecord>> parsed = CsvReader::parse(fuzz::bytes(data, size));
    if (!parsed.ok()) {
        fuzz::checkRefusal(parsed.error());
        return 0;
    }
    const QList<CsvRecord>& records = *parsed;
    if (records.isEmpty())
        return 0;
    CsvWriter writer(records.front().fields);
    for (qsizetype i = 1; i < records.size(); ++i)
        writer.addRow(records.at(i).fields);
    const Result<QList<CsvRecord>> again = CsvReader::parse(writer.toUtf8());
    fuzz::check(again.ok(), "what the writer writes, the reader reads");
    fuzz::check(again->size() == records.size(), "the round trip keeps every record");
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (again->at(i).fields != records.at(i).fields)
            std::fprintf(stderr, "record %lld: read %s, after the round trip %s\n",
                         static_cast<long long>(i), shown(records.at(i)).constData(),
                         shown(again->at(i)).constData());
        fuzz::check(again->at(i).fields == records.at(i).fields,
                    "the round trip keeps every field");
    }
    return 0;
}
