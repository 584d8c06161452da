#include "ui/incidents/EvidenceTab.h"

#include "core/incidents/IncidentEntities.h"
#include "tests/ui/incidents/IncidentUiSamples.h"
#include "ui/incidents/EvidenceTableModel.h"
#include "ui/widgets/MessageBanner.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::ui;

TEST_CASE("EvidenceTab keeps notes and files and saves a copy", "[incidents][ui]")
{
    test::TemporaryProgram fixture;
    Program& program = fixture.program();
    const qint64 id = test::addIncident(program, test::stolenLaptop());
    EvidenceTab tab(program);
    QAbstractItemModelTester tester(tab.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy titles(&tab, &EvidenceTab::titleChanged);
    tab.setIncident(id);
    CHECK(tab.emptyLabel()->isVisibleTo(&tab));
    CHECK(tab.emptyLabel()->text().contains(QStringLiteral("Add a note")));
    CHECK(tab.addNoteButton()->isEnabled());
    CHECK_FALSE(tab.saveCopyButton()->isEnabled());

    REQUIRE(tab.addNote(QStringLiteral("Police report 26-0113 filed.\nOfficer Diaz.")));
    CHECK(tab.model()->rowCount() == 1);
    CHECK(tab.model()->index(0, EvidenceTableModel::NoteColumn).data().toString() ==
          QStringLiteral("Police report 26-0113 filed."));
    CHECK(tab.model()->index(0, EvidenceTableModel::AddedByColumn).data().toString() ==
          program.actor());
    CHECK_FALSE(tab.saveCopyButton()->isEnabled());

    const QByteArray log("2026-01-03 22:14 device checked in for the last time\n");
    const QString path = test::writeFile(fixture.dir() + QStringLiteral("/mdm-log.csv"), log);
    REQUIRE(tab.attachFile(path, QStringLiteral("MDM last check-in")));
    CHECK(tab.model()->rowCount() == 2);
    CHECK(tab.title() == QStringLiteral("Evidence 2"));
    CHECK(titles.count() >= 2);
    const qint64 fileId = tab.selectedEvidenceId();
    CHECK(tab.model()->evidenceAt(tab.model()->rowForId(fileId)).file->fileName ==
          QStringLiteral("mdm-log.csv"));
    CHECK(tab.saveCopyButton()->isEnabled());

    const QString copyPath = fixture.dir() + QStringLiteral("/copy.csv");
    REQUIRE(tab.saveCopyTo(copyPath));
    QFile copy(copyPath);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == log);
    CHECK(test::auditCount(program, incidententity::evidence(), QStringLiteral("copied")) == 1);

    CHECK_FALSE(tab.attachFile(fixture.dir() + QStringLiteral("/missing.png")));
    CHECK(tab.banner()->kind() == MessageBanner::Kind::Error);
    CHECK(tab.model()->rowCount() == 2);
}
