#include "tests/reliability/HostileCsv.h"

#include "core/audit/AuditTrail.h"
#include "core/io/CsvReader.h"
#include "core/program/Program.h"
#include "core/risk/AssetCsvImporter.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/AssetTableExporter.h"
#include "core/risk/RiskCsvImporter.h"
#include "core/risk/RiskRegister.h"
#include "core/risk/RiskTableExporter.h"
#include "core/training/CompletionCsvImporter.h"
#include "core/training/PeopleCsvImporter.h"
#include "core/training/TrainingMatrixExporter.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "core/vendors/AgreementCsvImporter.h"
#include "core/vendors/AgreementTableExporter.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyCsvImporter.h"
#include "core/vendors/CounterpartyRegister.h"
#include "core/vendors/CounterpartyTableExporter.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/training/TrainingCsvSamples.h"
#include "tests/core/vendors/VendorCsvExamples.h"
#include "tests/support/FileDigest.h"
#include "tests/support/TemporaryProgram.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <catch2/catch_test_macros.hpp>
#include <functional>
#include <vector>

using namespace palisade;
using namespace palisade::test;

namespace {

using ImportCall = std::function<Result<void>(Program&, const QByteArray&)>;
using ExportCall = std::function<Result<void>(Program&, const QString&)>;

constexpr int rowsPerFile = 4;
constexpr qsizetype hugeTextBytes = 5 * 1024 * 1024;
constexpr int garbageRowCount = 50000;
constexpr qsizetype noiseBytes = 1024 * 1024;
constexpr quint32 randomSeed = 20260301;
// Far more than any of these files takes to be read; a call that needs
// longer is stuck in something it should not be doing.
constexpr qint64 callLimitMs = 5000;
// A message that names no line.
constexpr int noLine = 0;
// A message that names a line, whichever it is.
constexpr int someLine = -1;

// Which valid rows a file is made from. Each batch has keys (names, employee
// IDs, completion days) of its own, so a file that is taken never collides
// with one taken before it.
enum Batch
{
    Refused = 1,
    QuoteInside,
    CrLineEnds,
    DelimiterAtEnd,
    HugeText,
    Formulas,
};

// One importer as these tests drive it.
struct ImporterUnderTest
{
    const char* area;
    QStringList header; // its last column is required
    int textColumn;     // takes free text
    std::function<QStringList(int batch, int row)> row;
    std::function<void(Program&)> seedPrerequisites; // what the rows refer to
    QString exampleFile; // in docs/examples: the records already in the file
    ImportCall check;    // reads and checks, writes nothing
    ImportCall import;   // all or nothing
    std::function<qint64(Program&)> count;
    std::function<QStringList(Program&)> texts; // the text column of every record
    // What the importer says about the problems it words itself.
    QString noRows;
    QString lastFieldMissing;
    QString textTooLong; // empty when a 5 MB text is taken
};

template <typename T> Result<void> outcome(const Result<T>& result)
{
    if (!result)
        return result.error();
    return {};
}

template <typename T> qint64 sizeOf(const Result<std::vector<T>>& all)
{
    REQUIRE(all.ok());
    return qint64(all->size());
}

// One text field of every record read.
template <typename T> QStringList textsOf(const Result<std::vector<T>>& all, QString T::*field)
{
    REQUIRE(all.ok());
    QStringList texts;
    for (const T& record : *all)
        texts << record.*field;
    return texts;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

std::string excerpt(const QString& message)
{
    return message.left(600).toStdString();
}

TrainingColumnMapping peopleMapping()
{
    return TrainingColumnMapping(ImportKind::People);
}

TrainingColumnMapping completionsMapping()
{
    return TrainingColumnMapping(ImportKind::Completions);
}

void importAssetExamples(Program& program)
{
    const Result<ImportReport> assets =
        AssetCsvImporter(program.assets())
            .importFile(vendorExamplePath(QStringLiteral("assets.csv")));
    INFO(describe(assets));
    REQUIRE(assets.ok());
}

ImporterUnderTest assetImporter()
{
    ImporterUnderTest spec;
    spec.area = "assets";
    spec.header = {QStringLiteral("name"), QStringLiteral("location"), QStringLiteral("notes"),
                   QStringLiteral("kind"), QStringLiteral("owner")};
    spec.textColumn = 0;
    spec.row = [](int batch, int row) -> QStringList {
        return {QStringLiteral("Fax server %1-%2").arg(batch).arg(row),
                QStringLiteral("Main office"), QStringLiteral("Receives referrals"),
                QStringLiteral("Server"), QStringLiteral("Sam Ortiz")};
    };
    spec.seedPrerequisites = [](Program&) {
    };
    spec.exampleFile = QStringLiteral("assets.csv");
    spec.check = [](Program& program, const QByteArray& data) {
        return outcome(AssetCsvImporter(program.assets()).readData(data));
    };
    spec.import = [](Program& program, const QByteArray& data) {
        return outcome(AssetCsvImporter(program.assets()).importData(data));
    };
    spec.count = [](Program& program) {
        return sizeOf(program.assets().assets());
    };
    spec.texts = [](Program& program) {
        return textsOf(program.assets().assets(), &Asset::name);
    };
    spec.noRows = QStringLiteral("The file has a header row but no assets below it");
    spec.lastFieldMissing = QStringLiteral("Name the asset's owner");
    spec.textTooLong = QStringLiteral("The asset name is longer than 200 characters.");
    return spec;
}

ImporterUnderTest riskImporter()
{
    ImporterUnderTest spec;
    spec.area = "risks";
    spec.header = {QStringLiteral("title"),      QStringLiteral("description"),
                   QStringLiteral("likelihood"), QStringLiteral("impact"),
                   QStringLiteral("owner"),      QStringLiteral("identified_on")};
    spec.textColumn = 0;
    spec.row = [](int batch, int row) -> QStringList {
        return {QStringLiteral("Tailgating into the server room %1-%2").arg(batch).arg(row),
                QStringLiteral("Someone follows staff through the badge door"),
                QStringLiteral("Moderate"),
                QStringLiteral("High"),
                QStringLiteral("Dana Whitfield"),
                QStringLiteral("2025-05-1%1").arg(row)};
    };
    spec.seedPrerequisites = importAssetExamples;
    spec.exampleFile = QStringLiteral("risks.csv");
    spec.check = [](Program& program, const QByteArray& data) {
        return outcome(RiskCsvImporter(program.risks(), program.assets()).readData(data));
    };
    spec.import = [](Program& program, const QByteArray& data) {
        return outcome(RiskCsvImporter(program.risks(), program.assets()).importData(data));
    };
    spec.count = [](Program& program) {
        return sizeOf(program.risks().risks());
    };
    spec.texts = [](Program& program) {
        return textsOf(program.risks().risks(), &Risk::title);
    };
    spec.noRows = QStringLiteral("The file has a header row but no risks below it");
    spec.lastFieldMissing = QStringLiteral("Enter the date the risk was identified.");
    spec.textTooLong = QStringLiteral("longer than 200 characters");
    return spec;
}

ImporterUnderTest counterpartyImporter()
{
    ImporterUnderTest spec;
    spec.area = "counterparties";
    spec.header = {QStringLiteral("name"), QStringLiteral("services"), QStringLiteral("phi_types"),
                   QStringLiteral("relationship")};
    spec.textColumn = 0;
    spec.row = [](int batch, int row) -> QStringList {
        return {QStringLiteral("Summit Transcription %1-%2").arg(batch).arg(row),
                QStringLiteral("Medical transcription"), QStringLiteral("Dictated visit notes"),
                QStringLiteral("Subcontractor")};
    };
    spec.seedPrerequisites = importAssetExamples;
    spec.exampleFile = QStringLiteral("counterparties.csv");
    spec.check = [](Program& program, const QByteArray& data) {
        return outcome(
            CounterpartyCsvImporter(program.counterparties(), program.assets()).readData(data));
    };
    spec.import = [](Program& program, const QByteArray& data) {
        return outcome(
            CounterpartyCsvImporter(program.counterparties(), program.assets()).importData(data));
    };
    spec.count = [](Program& program) {
        return sizeOf(program.counterparties().counterparties());
    };
    spec.texts = [](Program& program) {
        return textsOf(program.counterparties().counterparties(), &Counterparty::name);
    };
    spec.noRows = QStringLiteral("The file has a header row but no counterparties below it");
    spec.lastFieldMissing = QStringLiteral("relationship is empty");
    spec.textTooLong = QStringLiteral("The name is longer than 200 characters.");
    return spec;
}

ImporterUnderTest agreementImporter()
{
    ImporterUnderTest spec;
    spec.area = "agreements";
    spec.header = {QStringLiteral("counterparty"), QStringLiteral("title"), QStringLiteral("notes"),
                   QStringLiteral("direction")};
    spec.textColumn = 1;
    spec.row = [](int batch, int row) -> QStringList {
        return {QStringLiteral("ClearPath Claims Exchange"),
                QStringLiteral("Clearinghouse addendum %1-%2").arg(batch).arg(row),
                QStringLiteral("Drafted by counsel"), QStringLiteral("downstream")};
    };
    spec.seedPrerequisites = [](Program& program) {
        importVendorExamples(program, false);
    };
    spec.exampleFile = QStringLiteral("agreements.csv");
    spec.check = [](Program& program, const QByteArray& data) {
        return outcome(
            AgreementCsvImporter(program.baas(), program.counterparties()).readData(data));
    };
    spec.import = [](Program& program, const QByteArray& data) {
        return outcome(
            AgreementCsvImporter(program.baas(), program.counterparties()).importData(data));
    };
    spec.count = [](Program& program) {
        return sizeOf(program.baas().agreements());
    };
    spec.texts = [](Program& program) {
        return textsOf(program.baas().agreements(), &Agreement::title);
    };
    spec.noRows = QStringLiteral("The file has a header row but no agreements below it");
    spec.lastFieldMissing = QStringLiteral("direction is empty");
    spec.textTooLong = QStringLiteral("The title is longer than 200 characters.");
    return spec;
}

ImporterUnderTest peopleImporter()
{
    ImporterUnderTest spec;
    spec.area = "people";
    spec.header = {QStringLiteral("employee_id"), QStringLiteral("name"),
                   QStringLiteral("department"), QStringLiteral("roles"),
                   QStringLiteral("hire_date")};
    spec.textColumn = 1;
    spec.row = [](int batch, int row) -> QStringList {
        return {QStringLiteral("H-%1%2").arg(batch).arg(row),
                QStringLiteral("Avery Quinn %1-%2").arg(batch).arg(row), QStringLiteral("Coding"),
                QStringLiteral("Coder"), QStringLiteral("2024-0%1-15").arg(row + 1)};
    };
    spec.seedPrerequisites = [](Program&) {
    };
    spec.exampleFile = QStringLiteral("people.csv");
    spec.check = [](Program& program, const QByteArray& data) {
        return outcome(PeopleCsvImporter(program.workforce()).read(data, peopleMapping()));
    };
    spec.import = [](Program& program, const QByteArray& data) {
        return outcome(PeopleCsvImporter(program.workforce())
                           .importData(data, QStringLiteral("hostile.csv"),
                                       QStringLiteral("HR export"), peopleMapping()));
    };
    spec.count = [](Program& program) {
        return sizeOf(program.workforce().people());
    };
    spec.texts = [](Program& program) {
        return textsOf(program.workforce().people(), &Person::name);
    };
    spec.noRows = QStringLiteral("The file has a header row but no people below it");
    spec.lastFieldMissing = QStringLiteral("Enter the hire date.");
    spec.textTooLong = QStringLiteral("The name is longer than 200 characters.");
    return spec;
}

// The courses of docs/examples/training-completions.csv, and one for the
// rows these tests make.
void addCourses(Program& program)
{
    TrainingRegister& training = program.training();
    addSampleCourse(training, QStringLiteral("HIPAA onboarding"), Cadence::AtHire);
    addSampleCourse(training, QStringLiteral("Annual HIPAA refresher"), Cadence::EveryMonths);
    addSampleCourse(training, QStringLiteral("Security awareness"), Cadence::EveryMonths, 12, 80);
    addSampleCourse(training, QStringLiteral("Phishing awareness"), Cadence::EveryMonths, 6);
    addSampleCourse(training, QStringLiteral("Remote coder safeguards"), Cadence::EveryMonths, 24,
                    std::nullopt, {QStringLiteral("remote_coder")});
    addSampleCourse(training, QStringLiteral("Tabletop drill"), Cadence::EveryMonths);
}

ImporterUnderTest completionImporter()
{
    ImporterUnderTest spec;
    spec.area = "completions";
    spec.header = {QStringLiteral("employee_id"), QStringLiteral("course"),
                   QStringLiteral("attestation"), QStringLiteral("completed_on")};
    spec.textColumn = 2;
    spec.row = [](int batch, int row) -> QStringList {
        return {QStringLiteral("E-100%1").arg(row + 1), QStringLiteral("Tabletop drill"),
                QStringLiteral("I took part in drill %1-%2").arg(batch).arg(row),
                QDate(2025, batch, row + 10).toString(Qt::ISODate)};
    };
    spec.seedPrerequisites = [](Program& program) {
        const Result<PeopleImport> people =
            PeopleCsvImporter(program.workforce())
                .importFile(vendorExamplePath(QStringLiteral("people.csv")),
                            QStringLiteral("HR export"), peopleMapping());
        INFO(describe(people));
        REQUIRE(people.ok());
        addCourses(program);
    };
    spec.exampleFile = QStringLiteral("training-completions.csv");
    spec.check = [](Program& program, const QByteArray& data) {
        return outcome(CompletionCsvImporter(program.training(), program.workforce())
                           .read(data, completionsMapping()));
    };
    spec.import = [](Program& program, const QByteArray& data) {
        return outcome(CompletionCsvImporter(program.training(), program.workforce())
                           .importData(data, QStringLiteral("hostile.csv"),
                                       QStringLiteral("Acme LMS"), completionsMapping()));
    };
    spec.count = [](Program& program) {
        return sizeOf(program.training().completionsBetween(QDate(1900, 1, 1), QDate(2999, 1, 1)));
    };
    spec.texts = [](Program& program) {
        return textsOf(program.training().completionsBetween(QDate(1900, 1, 1), QDate(2999, 1, 1)),
                       &Completion::attestationText);
    };
    spec.noRows = QStringLiteral("The file has a header row but no completions below it");
    spec.lastFieldMissing = QStringLiteral("completed_on is empty");
    // An attestation has no length limit: five megabytes of it are taken.
    return spec;
}

HostileCsv hostileCsv(const ImporterUnderTest& spec, Batch batch)
{
    QList<QStringList> rows;
    for (int row = 0; row < rowsPerFile; ++row)
        rows << spec.row(batch, row);
    return HostileCsv(spec.header, rows, spec.textColumn);
}

QStringList textsOf(const ImporterUnderTest& spec, Batch batch)
{
    QStringList texts;
    for (int row = 0; row < rowsPerFile; ++row)
        texts << spec.row(batch, row).at(spec.textColumn);
    return texts;
}

void requireImported(const ImporterUnderTest& spec, Program& program, const QByteArray& data)
{
    const Result<void> imported = spec.import(program, data);
    INFO(spec.area << ": " << (imported.ok() ? std::string() : excerpt(imported.error().message)));
    REQUIRE(imported.ok());
}

// The day the tests run on: after the last completion of the examples.
void setToday(TemporaryProgram& fixture)
{
    fixture.clock().set(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
}

// A program file holding the records of docs/examples the area needs.
void seed(const ImporterUnderTest& spec, TemporaryProgram& fixture)
{
    setToday(fixture);
    Program& program = fixture.program();
    spec.seedPrerequisites(program);
    requireImported(spec, program, readAll(vendorExamplePath(spec.exampleFile)));
    REQUIRE(spec.count(program) > 0);
}

// What must not move when an import is refused: the area's records, the
// audit trail and every byte of the file and its write-ahead log.
struct ProgramState
{
    qint64 records = 0;
    qint64 lastSeq = 0;
    QByteArray file;
    QByteArray wal;
};

ProgramState stateOf(const ImporterUnderTest& spec, Program& program)
{
    return {spec.count(program), program.auditTrail().lastSeq(), fileDigest(program.path()),
            fileDigest(program.path() + QStringLiteral("-wal"))};
}

void requireIntact(Program& program)
{
    const IntegrityReport report = program.check();
    INFO(report.summary().toStdString());
    REQUIRE(report.ok());
    REQUIRE(program.auditTrail().verify().intact);
}

// A message a user can act on: text without control characters, encoding
// debris or database jargon.
bool isPlain(const QString& message)
{
    for (const QChar c : message) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n')) || c == QChar::ReplacementCharacter)
            return false;
    }
    return !message.contains(QStringLiteral("sqlite"), Qt::CaseInsensitive);
}

// `file` as an importer is handed it here: a view of `memory`, in which a
// quote lies right after the file's last byte, so that a reader that looks
// past the end finds an unclosed quoted field there instead of a terminator.
QByteArray withQuoteAfterEnd(const QByteArray& file, QByteArray& memory)
{
    memory = file + '"';
    return QByteArray::fromRawData(memory.constData(), file.size());
}

bool namesLine(const QString& message, int line)
{
    if (line == someLine)
        return message.contains(QRegularExpression(QStringLiteral("(^|\\n)Line \\d+: ")));
    return message.contains(QRegularExpression(QStringLiteral("(^|\\n)Line %1: ").arg(line)));
}

struct Refusal
{
    const char* what;
    QByteArray data;
    QString says; // the meaningful part of the message
    int line;     // the line it names, or noLine
};

std::vector<Refusal> refusals(const ImporterUnderTest& spec)
{
    const HostileCsv csv = hostileCsv(spec, Batch::Refused);
    std::vector<Refusal> all{
        {"Latin-1 text", csv.latin1Text(1), QStringLiteral("the text is not valid UTF-8"),
         HostileCsv::lineOf(1)},
        {"UTF-16LE with a BOM", csv.utf16WithBom(),
         QStringLiteral("The file is saved as UTF-16 text."), noLine},
        {"a UTF-8 BOM alone", HostileCsv::utf8BomOnly(),
         QStringLiteral("The file is empty: it has no header row."), noLine},
        {"an empty file", QByteArray(), QStringLiteral("The file is empty: it has no header row."),
         noLine},
        {"a header only", csv.headerOnly(), spec.noRows, noLine},
        {"NUL in a field", csv.nulInText(2),
         QStringLiteral("the file contains binary data; it is not a CSV text file."),
         HostileCsv::lineOf(2)},
        {"NUL in the header", csv.nulInHeader(),
         QStringLiteral("the file contains binary data; it is not a CSV text file."), 1},
        {"50,000 rows of garbage", csv.garbageRows(garbageRowCount, randomSeed),
         QStringLiteral("%1 row(s) have problems.").arg(garbageRowCount), HostileCsv::lineOf(0)},
        {"an unclosed quote", csv.unclosedQuote(1), QStringLiteral("a quoted field is not closed."),
         HostileCsv::lineOf(1)},
        {"a row with a field too many", csv.extraField(2),
         QStringLiteral("no name in the header row"), HostileCsv::lineOf(2)},
        {"a row with a field too few", csv.lastFieldMissing(3), spec.lastFieldMissing,
         HostileCsv::lineOf(3)},
        {"binary noise", HostileCsv::noise(noiseBytes, randomSeed, true),
         QStringLiteral("the file contains binary data"), someLine},
        {"binary noise without NUL", HostileCsv::noise(noiseBytes, randomSeed, false),
         QStringLiteral("the text is not valid UTF-8"), someLine},
        {"1 MB of commas", HostileCsv::commas(noiseBytes),
         QStringLiteral("The file is empty: it has no header row."), noLine},
    };
    if (!spec.textTooLong.isEmpty())
        all.push_back({"a 5 MB text", csv.hugeText(0, hugeTextBytes), spec.textTooLong,
                       HostileCsv::lineOf(0)});
    return all;
}

// Every hostile file is refused, by the check and by the import, with a
// plain message naming the line or the encoding, and the file is exactly as
// it was.
void requireRefusalsChangeNothing(const ImporterUnderTest& spec, Program& program)
{
    for (const Refusal& refusal : refusals(spec)) {
        INFO(spec.area << ", " << refusal.what);
        const ProgramState before = stateOf(spec, program);
        QByteArray memory;
        const QByteArray data = withQuoteAfterEnd(refusal.data, memory);
        for (const auto& [call, name] :
             {std::pair{spec.check, "check"}, std::pair{spec.import, "import"}}) {
            INFO(name);
            QElapsedTimer timer;
            timer.start();
            const Result<void> result = call(program, data);
            CHECK(timer.elapsed() < callLimitMs);
            REQUIRE_FALSE(result.ok());
            const QString& message = result.error().message;
            INFO(excerpt(message));
            CHECK(result.error().kind == ErrorKind::Invalid);
            CHECK_FALSE(message.isEmpty());
            CHECK(isPlain(message));
            CHECK(message.contains(refusal.says));
            if (refusal.line == noLine)
                CHECK_FALSE(message.contains(QStringLiteral("Line ")));
            else
                CHECK(namesLine(message, refusal.line));
        }
        const ProgramState after = stateOf(spec, program);
        CHECK(after.records == before.records);
        CHECK(after.lastSeq == before.lastSeq);
        CHECK(after.file == before.file);
        CHECK(after.wal == before.wal);
        requireIntact(program);
    }
}

struct Tolerated
{
    const char* what;
    QByteArray data;
    QStringList texts; // each must be stored exactly
};

std::vector<Tolerated> toleratedFiles(const ImporterUnderTest& spec)
{
    QStringList quoted = textsOf(spec, Batch::QuoteInside);
    quoted[0] = HostileCsv::withQuoteInside(quoted[0]);
    std::vector<Tolerated> all{
        // A quote inside an unquoted field is kept as a character.
        {"a quote inside a field", hostileCsv(spec, Batch::QuoteInside).quoteInsideText(0), quoted},
        {"CR line ends", hostileCsv(spec, Batch::CrLineEnds).crLineEnds(),
         textsOf(spec, Batch::CrLineEnds)},
        {"a delimiter as the last byte",
         hostileCsv(spec, Batch::DelimiterAtEnd).endingInDelimiter(),
         textsOf(spec, Batch::DelimiterAtEnd)},
    };
    if (spec.textTooLong.isEmpty()) {
        QStringList huge = textsOf(spec, Batch::HugeText);
        huge[0] = QString(hugeTextBytes, QLatin1Char('x'));
        all.push_back(
            {"a 5 MB text", hostileCsv(spec, Batch::HugeText).hugeText(0, hugeTextBytes), huge});
    }
    return all;
}

// Files that are odd but readable are taken whole: every row, in one change.
void requireToleratedFilesTakenWhole(const ImporterUnderTest& spec, Program& program)
{
    for (const Tolerated& file : toleratedFiles(spec)) {
        INFO(spec.area << ", " << file.what);
        const ProgramState before = stateOf(spec, program);
        QByteArray memory;
        const QByteArray data = withQuoteAfterEnd(file.data, memory);
        const Result<void> checked = spec.check(program, data);
        INFO((checked.ok() ? std::string() : excerpt(checked.error().message)));
        CHECK(checked.ok());
        requireImported(spec, program, data);
        const ProgramState after = stateOf(spec, program);
        CHECK(after.records == before.records + rowsPerFile);
        CHECK(after.lastSeq > before.lastSeq);
        const QStringList stored = spec.texts(program);
        for (const QString& text : file.texts) {
            INFO(excerpt(text));
            CHECK(stored.contains(text));
        }
        requireIntact(program);
    }
}

void requireHostileFilesHandled(const ImporterUnderTest& spec)
{
    TemporaryProgram fixture;
    seed(spec, fixture);
    Program& program = fixture.program();
    requireRefusalsChangeNothing(spec, program);
    requireToleratedFilesTakenWhole(spec, program);
}

// Text a spreadsheet would run as a formula, and how its cell must look in a
// CSV export: behind the guard apostrophe, never bare.
struct FormulaCell
{
    QString text;
    QByteArray guarded;
    QByteArray bare;
};

const std::vector<FormulaCell>& formulaCells()
{
    static const std::vector<FormulaCell> cells{
        {QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
         "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"",
         "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""},
        {QStringLiteral("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0", "+cmd|' /C calc'!A0"},
        {QStringLiteral("-2+3"), "'-2+3", "-2+3"},
        {QStringLiteral("@SUM(A1)"), "'@SUM(A1)", "@SUM(A1)"},
    };
    return cells;
}

QStringList formulaTexts()
{
    QStringList texts;
    for (const FormulaCell& cell : formulaCells())
        texts << cell.text;
    return texts;
}

// Whether `raw` is a whole cell of the CSV text: it starts the file (after
// the BOM), a line or follows a delimiter, and ends a line or the file or is
// followed by one.
bool hasCell(const QByteArray& csv, const QByteArray& raw)
{
    const QByteArray bom("\xEF\xBB\xBF");
    for (qsizetype at = csv.indexOf(raw); at >= 0; at = csv.indexOf(raw, at + 1)) {
        const bool starts = at == 0 || (at == bom.size() && csv.startsWith(bom)) ||
                            csv.at(at - 1) == ',' || csv.at(at - 1) == '\n';
        const qsizetype end = at + raw.size();
        const bool ends = end == csv.size() || csv.at(end) == ',' || csv.at(end) == '\r';
        if (starts && ends)
            return true;
    }
    return false;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Formula-like text imports as it is; the export puts it behind the guard.
// Returns the exported file.
QByteArray importAndExportFormulas(const ImporterUnderTest& spec, TemporaryProgram& fixture,
                                   const ExportCall& exportCsv)
{
    Program& program = fixture.program();
    requireImported(spec, program, hostileCsv(spec, Batch::Formulas).withTexts(formulaTexts()));
    const QStringList stored = spec.texts(program);
    for (const QString& text : formulaTexts())
        CHECK(stored.contains(text));

    const QString path = fixture.dir() + QStringLiteral("/export.csv");
    const Result<void> saved = exportCsv(program, path);
    INFO((saved.ok() ? std::string() : saved.error().text().toStdString()));
    REQUIRE(saved.ok());
    const QByteArray exported = readAll(path);
    for (const FormulaCell& cell : formulaCells()) {
        INFO(cell.text.toStdString());
        CHECK(hasCell(exported, cell.guarded));
        CHECK_FALSE(hasCell(exported, cell.bare));
    }
    return exported;
}

// ...and the export, imported into a new program file with what the rows
// refer to, gives back every text exactly.
void requireFormulaRoundTrip(const ImporterUnderTest& spec, const ExportCall& exportCsv)
{
    TemporaryProgram fixture;
    seed(spec, fixture);
    const QByteArray exported = importAndExportFormulas(spec, fixture, exportCsv);

    TemporaryProgram copy(QStringLiteral("copy.palisade"));
    setToday(copy);
    spec.seedPrerequisites(copy.program());
    requireImported(spec, copy.program(), exported);
    CHECK(spec.count(copy.program()) == spec.count(fixture.program()));
    CHECK(sorted(spec.texts(copy.program())) == sorted(spec.texts(fixture.program())));
    requireIntact(copy.program());
}

} // namespace

TEST_CASE("The asset importer refuses hostile files and changes nothing", "[reliability][csv]")
{
    requireHostileFilesHandled(assetImporter());
}

TEST_CASE("The risk importer refuses hostile files and changes nothing", "[reliability][csv]")
{
    requireHostileFilesHandled(riskImporter());
}

TEST_CASE("The counterparty importer refuses hostile files and changes nothing",
          "[reliability][csv]")
{
    requireHostileFilesHandled(counterpartyImporter());
}

TEST_CASE("The agreement importer refuses hostile files and changes nothing", "[reliability][csv]")
{
    requireHostileFilesHandled(agreementImporter());
}

TEST_CASE("The people importer refuses hostile files and changes nothing", "[reliability][csv]")
{
    requireHostileFilesHandled(peopleImporter());
}

TEST_CASE("The completion importer refuses hostile files and changes nothing", "[reliability][csv]")
{
    requireHostileFilesHandled(completionImporter());
}

TEST_CASE("Formula-like asset names export guarded and import back unchanged",
          "[reliability][csv][formula]")
{
    requireFormulaRoundTrip(assetImporter(), [](Program& program, const QString& path) {
        const Result<AssetTableExporter> exporter =
            AssetTableExporter::fromRegister(program.assets());
        return exporter ? exporter->saveCsv(path) : Result<void>(exporter.error());
    });
}

TEST_CASE("Formula-like risk titles export guarded and import back unchanged",
          "[reliability][csv][formula]")
{
    requireFormulaRoundTrip(riskImporter(), [](Program& program, const QString& path) {
        const Result<RiskTableExporter> exporter =
            RiskTableExporter::fromRegister(program.risks(), program.assets());
        return exporter ? exporter->saveCsv(path) : Result<void>(exporter.error());
    });
}

TEST_CASE("Formula-like counterparty names export guarded and import back unchanged",
          "[reliability][csv][formula]")
{
    requireFormulaRoundTrip(counterpartyImporter(), [](Program& program, const QString& path) {
        const Result<CounterpartyTableExporter> exporter =
            CounterpartyTableExporter::fromRegister(program.counterparties(), program.assets());
        return exporter ? exporter->saveCsv(path) : Result<void>(exporter.error());
    });
}

TEST_CASE("Formula-like agreement titles export guarded and import back unchanged",
          "[reliability][csv][formula]")
{
    requireFormulaRoundTrip(agreementImporter(), [](Program& program, const QString& path) {
        const Result<AgreementTableExporter> exporter =
            AgreementTableExporter::fromRegister(program.baas(), program.counterparties());
        return exporter ? exporter->saveCsv(path) : Result<void>(exporter.error());
    });
}

// People leave the program only through the training matrix, which has no
// hire date and so is no people file: its names are read back with the CSV
// reader instead.
TEST_CASE("Formula-like names of people export guarded in the training matrix",
          "[reliability][csv][formula]")
{
    const ImporterUnderTest spec = peopleImporter();
    TemporaryProgram fixture;
    seed(spec, fixture);
    const QDate asOf = fixture.clock().nowUtc().date();
    const QByteArray exported =
        importAndExportFormulas(spec, fixture, [&](Program& program, const QString& path) {
            const Result<TrainingMatrixExporter> exporter =
                TrainingMatrixExporter::fromRegister(program.training(), asOf);
            return exporter ? exporter->saveCsv(path) : Result<void>(exporter.error());
        });

    const Result<QList<CsvRecord>> records = CsvReader::parse(exported);
    REQUIRE(records.ok());
    QStringList names;
    for (const CsvRecord& record : records->mid(1))
        names << record.fields.value(0);
    for (const QString& text : formulaTexts())
        CHECK(names.contains(text));
}

// Completions have no CSV export; the attestation text is their free text.
TEST_CASE("Formula-like attestations of completions are stored exactly",
          "[reliability][csv][formula]")
{
    const ImporterUnderTest spec = completionImporter();
    TemporaryProgram fixture;
    seed(spec, fixture);
    Program& program = fixture.program();
    requireImported(spec, program, hostileCsv(spec, Batch::Formulas).withTexts(formulaTexts()));
    const QStringList stored = spec.texts(program);
    for (const QString& text : formulaTexts())
        CHECK(stored.contains(text));
    requireIntact(program);
}
