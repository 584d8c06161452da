// How the vendor inventory holds up with many agreements and signed PDFs:
// storing them, reading the tables, the due list, and searching the
// documents' text as the Vendors page does on each change of its filter.
// Run by hand on a Release build:
//   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DPALISADE_BUILD_BENCH=ON
//   cmake --build build-bench --target VendorInventoryBench
//   build-bench/tests/bench/VendorInventoryBench [counterparties] [documents] [pages]
// Results are written up in docs/performance.md.
#include "core/pdf/PdfTextExtractor.h"
#include "core/util/Clock.h"
#include "core/vendors/BaaProvision.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "tests/support/TemporaryProgram.h"
#include "tests/support/TestPdf.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <cstdio>
#include <functional>
#include <vector>

using namespace palisade;

namespace {

double elapsedMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

void printRow(const char* what, double ms, const QString& note = {})
{
    std::printf("| %-52s | %10.1f | %s\n", what, ms, qPrintable(note));
}

bool check(bool ok, const char* what)
{
    if (!ok)
        std::fprintf(stderr, "failed: %s\n", what);
    return ok;
}

Counterparty counterparty(int i)
{
    Counterparty c;
    c.name = QStringLiteral("Client practice %1").arg(i, 5, 10, QLatin1Char('0'));
    c.relationship = i % 4 == 0 ? CounterpartyRelationship::Subcontractor
                                : CounterpartyRelationship::CoveredEntity;
    c.services = QStringLiteral("Coding and claims submission");
    c.phiTypes = QStringLiteral("Claims, diagnosis codes");
    c.contacts = {Contact{QStringLiteral("Privacy officer %1").arg(i),
                          QStringLiteral("Privacy Officer"),
                          QStringLiteral("privacy%1@client.example").arg(i),
                          {}}};
    return c;
}

Agreement agreement(const Counterparty& party, const QDate& today, int i)
{
    Agreement a;
    a.counterpartyId = party.id;
    a.title = QStringLiteral("BAA with %1").arg(party.name);
    a.direction = party.relationship == CounterpartyRelationship::Subcontractor
                      ? AgreementDirection::Downstream
                      : AgreementDirection::Upstream;
    a.status = AgreementStatus::Active;
    a.effectiveOn = today.addDays(-400 - i % 700);
    a.signedOn = a.effectiveOn.addDays(-5);
    a.expiresOn = a.effectiveOn.addYears(3);
    a.breachNoticeDays = 10 + i % 50;
    for (const BaaProvision& provision : BaaProvision::all())
        a.provisions.push_back(ProvisionCheck{
            provision.key,
            i % 7 == 0 && provision.key == QStringLiteral("hhs_access") ? ProvisionState::Missing
                                                                        : ProvisionState::Present,
            QStringLiteral("§%1").arg(i % 12)});
    return a;
}

QStringList documentPages(int document, int pages)
{
    QStringList out;
    for (int page = 0; page < pages; ++page) {
        QString text = QStringLiteral("Business associate agreement %1, page %2.\n")
                           .arg(document)
                           .arg(page + 1);
        for (int line = 0; line < 30; ++line)
            text +=
                QStringLiteral("Business Associate shall use appropriate safeguards clause %1.%2\n")
                    .arg(page + 1)
                    .arg(line);
        if (page == pages - 1)
            text += QStringLiteral("Unique marker zq%1x\n").arg(document);
        out << text;
    }
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int counterparties = args.value(1, QStringLiteral("1000")).toInt();
    const int documents = args.value(2, QStringLiteral("300")).toInt();
    const int pages = args.value(3, QStringLiteral("20")).toInt();

    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const QDate today = program.clock().today();
    std::printf("%d counterparties, %d agreements, %d documents of %d pages\n\n", counterparties,
                counterparties, documents, pages);
    std::printf("| %-52s | %10s | Note\n|---|---:|---|\n", "Step", "ms");

    std::vector<Counterparty> parties;
    for (int i = 0; i < counterparties; ++i)
        parties.push_back(counterparty(i));
    Result<std::vector<Counterparty>> stored = Error{};
    printRow("CounterpartyRegister::addAll",
             elapsedMs([&] { stored = program.counterparties().addAll(parties); }));
    if (!check(stored.ok(), "storing counterparties"))
        return 1;
    std::vector<Agreement> agreements;
    for (int i = 0; i < counterparties; ++i)
        agreements.push_back(agreement((*stored)[std::size_t(i)], today, i));
    Result<std::vector<Agreement>> storedAgreements = Error{};
    printRow("BaaRegister::addAll",
             elapsedMs([&] { storedAgreements = program.baas().addAll(agreements); }));
    if (!check(storedAgreements.ok(), "storing agreements"))
        return 1;

    const QByteArray sample = test::makeTestPdf(documentPages(0, pages));
    printRow("PdfTextExtractor::extract, one document",
             elapsedMs([&] { check(PdfTextExtractor::extract(sample).ok(), "extracting"); }),
             QStringLiteral("%1 pages, %2 KB").arg(pages).arg(sample.size() / 1024));
    std::vector<QByteArray> pdfs;
    for (int d = 0; d < documents; ++d)
        pdfs.push_back(test::makeTestPdf(documentPages(d, pages)));
    qint64 firstDocument = 0;
    const double attachMs = elapsedMs([&] {
        for (int d = 0; d < documents; ++d) {
            Result<AgreementDocument> attached =
                program.baas().attach((*storedAgreements)[std::size_t(d % counterparties)].id,
                                      QStringLiteral("signed-%1.pdf").arg(d), pdfs[std::size_t(d)],
                                      DocumentKind::SignedAgreement);
            if (!check(attached.ok(), "attaching"))
                return;
            if (d == 0)
                firstDocument = attached->id;
        }
    });
    printRow("BaaRegister::attach, all documents", attachMs,
             QStringLiteral("%1 ms each").arg(attachMs / std::max(documents, 1), 0, 'f', 1));

    printRow("CounterpartyRegister::counterparties()", elapsedMs([&] {
                 check(program.counterparties().counterparties().ok(), "reading counterparties");
             }));
    printRow("BaaRegister::agreements()",
             elapsedMs([&] { check(program.baas().agreements().ok(), "reading agreements"); }));
    printRow("BaaRegister::allDocuments()",
             elapsedMs([&] { check(program.baas().allDocuments().ok(), "reading documents"); }));
    std::size_t dueCount = 0;
    const double dueMs = elapsedMs([&] { dueCount = program.baas().due(today)->size(); });
    printRow("BaaRegister::due(today)", dueMs, QStringLiteral("%1 items").arg(dueCount));
    for (const QString& needle :
         {QStringLiteral("zq17x"), QStringLiteral("indemnify"), QStringLiteral("q")}) {
        std::size_t hits = 0;
        const double ms =
            elapsedMs([&] { hits = program.baas().agreementsWithText(needle)->size(); });
        printRow(qPrintable(QStringLiteral("Search document text for \"%1\"").arg(needle)), ms,
                 QStringLiteral("%1 agreements match").arg(hits));
    }
    printRow("documentContent (read, check SHA-256)", elapsedMs([&] {
                 check(program.baas().documentContent(firstDocument).ok(), "reading a document");
             }));
    std::printf("\nProgram file: %.1f MB\n",
                double(QFileInfo(fixture.path()).size() +
                       QFileInfo(fixture.path() + QStringLiteral("-wal")).size()) /
                    (1024.0 * 1024.0));
    return 0;
}
