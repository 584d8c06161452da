#include "ui/retention/RetentionPage.h"

#include "core/program/Program.h"
#include "core/retention/RetentionRegister.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "ui/retention/DisposalConfirmDialog.h"
#include "ui/retention/DisposalLogTab.h"
#include "ui/retention/DisposalModel.h"
#include "ui/retention/DisposalRun.h"
#include "ui/retention/LegalHoldDialog.h"
#include "ui/retention/LegalHoldModel.h"
#include "ui/retention/LegalHoldsTab.h"
#include "ui/retention/ReleaseHoldDialog.h"
#include "ui/retention/RetentionFilterBar.h"
#include "ui/retention/RetentionRecordModel.h"
#include "ui/retention/RetentionRecordsTab.h"
#include "ui/retention/RetentionRulesTab.h"
#include "ui/shell/PageHeader.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/DeferredReload.h"
#include "ui/widgets/MessageBanner.h"

#include <QAction>
#include <QTabWidget>
#include <QVBoxLayout>

namespace palisade::ui {

RetentionPage::RetentionPage(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_header(new PageHeader(
          tr("Retention"),
          tr("Every record is kept six years from its creation or the last day it was in effect, "
             "whichever is later (164.316(b)(2), 164.530(j)). Legal holds keep records longer."),
          this))
    , m_banner(new MessageBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_records(new RetentionRecordsTab(program, this))
    , m_holds(new LegalHoldsTab(program, this))
    , m_log(new DisposalLogTab(program, this))
    , m_rules(new RetentionRulesTab(this))
    , m_reload(new DeferredReload(this, [this] { reload(); }))
{
    setObjectName(QStringLiteral("retentionPage"));
    m_tabs->setObjectName(QStringLiteral("retentionTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_records, QString());
    m_tabs->addTab(m_holds, QString());
    m_tabs->addTab(m_log, QString());
    m_tabs->addTab(m_rules, tr("R&ules"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    auto* find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(Records);
        m_records->filterBar()->focusSearch();
    });

    connect(m_records, &RetentionRecordsTab::placeHoldRequested, this, &RetentionPage::placeHold);
    connect(m_records, &RetentionRecordsTab::disposeRequested, this,
            &RetentionPage::disposeEligible);
    connect(m_holds, &LegalHoldsTab::placeHoldRequested, this, &RetentionPage::placeHold);
    connect(m_holds, &LegalHoldsTab::releaseRequested, this, &RetentionPage::releaseSelectedHold);

    // Every transaction of every register ends with changed(); the retention
    // signals come after it, for holds and disposals made elsewhere.
    connect(&program, &Program::changed, this, &RetentionPage::onChanged);
    connect(&program.retention(), &RetentionRegister::holdsChanged, this,
            &RetentionPage::onChanged);
    connect(&program.retention(), &RetentionRegister::disposed, this, &RetentionPage::onChanged);

    // Every record of the program, read when the page is first shown.
    updateTabTitles();
    m_reload->request();
}

void RetentionPage::onChanged()
{
    // A batch of disposals reloads once, at its end.
    if (!m_working)
        m_reload->request();
}

void RetentionPage::reload()
{
    m_reload->cancel();
    if (!m_program.isOpen())
        return;
    const bool records = m_records->reload();
    const bool holds = m_holds->reload();
    const bool log = m_log->reload();
    if (!records || !holds || !log) {
        const QString problem = !records ? m_records->model()->lastError()
                                : !holds ? m_holds->model()->lastError()
                                         : m_log->model()->lastError();
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The retention records could not be read: %1").arg(problem));
    } else if (m_banner->kind() == MessageBanner::Kind::Error) {
        m_banner->clearMessage();
    }
    updateTabTitles();
}

void RetentionPage::updateTabTitles()
{
    m_tabs->setTabText(Records, tr("Re&cords (%L1)").arg(m_records->model()->rowCount()));
    m_tabs->setTabText(Holds, tr("&Legal Holds (%L1)").arg(m_holds->model()->activeCount()));
    m_tabs->setTabText(Disposals, tr("Disposal Lo&g (%L1)").arg(m_log->model()->rowCount()));
}

void RetentionPage::placeHold()
{
    m_reload->flush();
    if (m_program.isReadOnly())
        return;
    const std::optional<RetentionRecord> selected =
        m_tabs->currentIndex() == Records ? m_records->selectedRecord() : std::nullopt;
    LegalHoldDialog dialog(m_program, selected, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.placedHold())
        return;
    const LegalHold& hold = *dialog.placedHold();
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("Legal hold #%1 placed on %2. What it covers cannot be disposed of "
                             "or deleted until it is released.")
                              .arg(hold.id)
                              .arg(m_holds->model()->coversText(hold)));
    if (m_tabs->currentIndex() == Holds)
        m_holds->selectHold(hold.id);
}

void RetentionPage::releaseSelectedHold()
{
    m_reload->flush();
    if (m_program.isReadOnly())
        return;
    const std::optional<LegalHold> hold = m_holds->selectedHold();
    if (!hold || !hold->isActive())
        return;
    const QString covers = m_holds->model()->coversText(*hold);
    ReleaseHoldDialog dialog(m_program, *hold, covers, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.releasedHold())
        return;
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("Legal hold #%1 on %2 was released.").arg(hold->id).arg(covers));
}

void RetentionPage::disposeEligible()
{
    m_reload->flush();
    if (m_program.isReadOnly())
        return;
    const QDate asOf = m_records->filterBar()->asOf();
    if (asOf > m_program.clock().today()) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Records are disposed of only once their day has come. Set "
                                 "“As of\u201d to today or earlier."));
        return;
    }
    const std::vector<RetentionRecord> candidates = m_records->disposalCandidates();
    if (candidates.empty()) {
        m_banner->showMessage(
            MessageBanner::Kind::Information,
            tr("Nothing is past its retention period as of %1.").arg(isoDate(asOf)));
        return;
    }
    DisposalConfirmDialog confirm(candidates, asOf, this);
    if (confirm.exec() != QDialog::Accepted)
        return;

    DisposalRun run(m_program.retention());
    {
        const BusyCursor busy;
        m_working = true;
        run.run(candidates);
        m_working = false;
    }
    reload();
    m_banner->showMessage(run.refusedCount() == 0 ? MessageBanner::Kind::Information
                                                  : MessageBanner::Kind::Warning,
                          run.summary());
}

} // namespace palisade::ui
