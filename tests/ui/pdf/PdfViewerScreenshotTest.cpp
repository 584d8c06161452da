// Renders the PDF viewer offscreen for visual review:
//   palisade_ui_tests "[.screenshot]"
// PNGs go to $PALISADE_SCREENSHOT_DIR, or to "screenshots" in the build folder.
#include "tests/support/TestPdf.h"
#include "ui/pdf/PdfFindBar.h"
#include "ui/pdf/PdfViewerWidget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace palisade::ui;
using palisade::test::makeTestPdf;

namespace {

QString screenshotPath(const QString& name)
{
    QString dir = qEnvironmentVariable("PALISADE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir(QCoreApplication::applicationDirPath())
                  .filePath(QStringLiteral("../../screenshots"));
    QDir().mkpath(dir);
    return QDir(QDir::cleanPath(dir)).filePath(name + QStringLiteral(".png"));
}

QStringList agreementPages()
{
    return {
        QStringLiteral(
            "BUSINESS ASSOCIATE AGREEMENT\n\n"
            "This Business Associate Agreement is entered into by Riverside Family Clinic "
            "(\"Covered Entity\") and Acme Billing Services LLC (\"Business Associate\").\n\n"
            "1. Definitions. Terms used but not otherwise defined in this Agreement have the "
            "meanings given in 45 CFR Parts 160 and 164.\n\n"
            "2. Obligations of Business Associate. Business Associate agrees not to use or "
            "disclose protected health information other than as permitted or required by this "
            "Agreement or as required by law."),
        QStringLiteral(
            "3. Safeguards. Business Associate will use appropriate administrative, physical and "
            "technical safeguards, and comply with Subpart C of 45 CFR Part 164 with respect to "
            "electronic protected health information.\n\n"
            "4. Reporting. Business Associate will report to Covered Entity any use or disclosure "
            "not provided for by this Agreement, including breaches of unsecured protected health "
            "information, without unreasonable delay and in no case later than 30 days."),
        QStringLiteral(
            "5. Subcontractors. Business Associate will ensure that any subcontractors that "
            "create, receive, maintain or transmit protected health information on its behalf "
            "agree to the same restrictions and conditions."),
        QStringLiteral("6. Term and Termination. This Agreement is effective as of March 1, "
                       "2024 and remains in effect until terminated."),
        QStringLiteral("Signatures\n\nRiverside Family Clinic\n\nAcme Billing Services LLC"),
    };
}

} // namespace

TEST_CASE("Screenshot of the PDF viewer", "[.screenshot]")
{
    PdfViewerWidget viewer;
    REQUIRE(viewer.setDocument(makeTestPdf(agreementPages()),
                               QStringLiteral("Acme Billing - signed BAA.pdf")));
    viewer.resize(1100, 750);
    viewer.show();
    REQUIRE(QTest::qWaitForWindowExposed(&viewer));
    viewer.setFocus();
    viewer.find(QStringLiteral("protected health information"));
    viewer.findNext();
    REQUIRE(viewer.matchCount() > 1);
    REQUIRE(QTest::qWaitFor([&] { return viewer.isRenderComplete(); }, 10000));
    QTest::qWait(50);

    const QString path = screenshotPath(QStringLiteral("pdf-viewer"));
    CHECK(viewer.grab().save(path));
    CHECK(QFile::exists(path));

    PdfViewerWidget broken;
    broken.setDocument(QByteArrayLiteral("PK not a pdf"), QStringLiteral("scan.zip"));
    broken.resize(700, 450);
    broken.show();
    QTest::qWait(50);
    CHECK(broken.grab().save(screenshotPath(QStringLiteral("pdf-viewer-error"))));
}
