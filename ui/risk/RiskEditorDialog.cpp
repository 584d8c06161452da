#include "ui/risk/RiskEditorDialog.h"

#include "core/program/Program.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskRegister.h"
#include "core/risk/RiskRegisterSnapshot.h"
#include "core/util/Clock.h"
#include "ui/risk/RiskCitationPicker.h"
#include "ui/risk/RiskEditorAssessmentTab.h"
#include "ui/risk/RiskEditorGeneralTab.h"
#include "ui/risk/RiskEditorTreatmentTab.h"
#include "ui/risk/RiskHistoryDiff.h"
#include "ui/risk/RiskHistoryWidget.h"
#include "ui/risk/RiskTaskPanel.h"
#include "ui/widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {

RiskEditorDialog::RiskEditorDialog(Program& program, std::optional<qint64> riskId, QWidget* parent)
    : RecordEditorDialog({tr("To save this risk:\n%1"), tr("The risk was not saved:\n%1"),
                          tr("Unsaved Changes"), tr("Save")},
                         parent)
    , m_program(program)
{
    buildUi();
    const QDate today = program.clock().today();
    Result<RiskMatrix> matrix = program.risks().matrix();
    Result<std::vector<Asset>> assets = program.assets().assets();
    if (assets)
        m_assets = *assets;
    m_assessment->setMatrix(matrix ? *matrix : RiskMatrix::defaultMatrix());
    m_treatment->setMatrix(matrix ? *matrix : RiskMatrix::defaultMatrix());
    m_general->setAssets(m_assets);
    const QStringList owners = knownOwners();
    m_general->setOwners(owners);
    m_tasks->setOwners(owners);

    bool loadFailed = false;
    QString loadError = !matrix   ? matrix.error().message
                        : !assets ? assets.error().message
                                  : QString();
    if (riskId) {
        Result<Risk> stored = program.risks().risk(*riskId);
        if (stored) {
            m_assessment->setReassessmentDay(today);
            loadRisk(*stored);
            m_tasks->setRiskId(stored->id);
            reloadHistory();
        } else {
            loadFailed = true;
            loadError = stored.error().message;
            m_original.id = *riskId;
        }
    } else {
        Risk fresh;
        fresh.identifiedOn = today;
        fresh.owner = program.profile().officerName;
        loadRisk(fresh);
        m_tasks->setRiskId(std::nullopt);
        m_history->showMessage(tr("The history starts when the risk is saved."));
    }
    m_baseline = candidate();
    connectEdits();
    updateTitle();
    if (loadFailed) {
        setReadOnly(true);
        banner()->showMessage(MessageBanner::Kind::Error,
                              tr("The risk could not be read: %1").arg(loadError));
    } else {
        if (program.isReadOnly())
            setReadOnly(true);
        updateValidation();
        if (!loadError.isEmpty())
            banner()->showMessage(MessageBanner::Kind::Warning, loadError);
    }
    m_general->titleEdit()->setFocus();
}

RiskEditorDialog::RiskEditorDialog(Program& program, const Snapshot& snapshot, QWidget* parent)
    : RecordEditorDialog({tr("To save this risk:\n%1"), tr("The risk was not saved:\n%1"),
                          tr("Unsaved Changes"), tr("Save")},
                         parent)
    , m_program(program)
    , m_assets(snapshot.assets)
    , m_historyCutoff(snapshot.cutoff)
{
    buildUi();
    m_assessment->setMatrix(snapshot.matrix);
    m_treatment->setMatrix(snapshot.matrix);
    m_general->setAssets(m_assets);
    m_general->setOwners({snapshot.risk.owner});
    loadRisk(snapshot.risk);
    m_tasks->showSnapshot(snapshot.risk.id, snapshot.tasks);
    reloadHistory();
    m_baseline = candidate();
    setReadOnly(true);
    setWindowTitle(tr("Risk %1 as of %2 (read-only)")
                       .arg(riskReference(snapshot.risk.id), snapshot.asOf.toString(Qt::ISODate)));
    banner()->showMessage(MessageBanner::Kind::Information,
                          tr("This is the risk as it stood at the end of %1. It cannot be changed "
                             "here.")
                              .arg(snapshot.asOf.toString(Qt::ISODate)));
}

RiskEditorDialog* RiskEditorDialog::forSnapshot(Program& program,
                                                const RiskRegisterSnapshot& snapshot, qint64 riskId,
                                                QWidget* parent)
{
    const auto found = std::find_if(snapshot.risks.begin(), snapshot.risks.end(),
                                    [&](const Risk& risk) { return risk.id == riskId; });
    if (found == snapshot.risks.end())
        return nullptr;
    Snapshot view{*found, {}, snapshot.matrix, snapshot.assets, snapshot.cutoff, snapshot.asOf};
    for (const RemediationTask& task : snapshot.tasks) {
        if (task.riskId == riskId)
            view.tasks.push_back(task);
    }
    return new RiskEditorDialog(program, view, parent);
}

void RiskEditorDialog::buildUi()
{
    setObjectName(QStringLiteral("riskEditor"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("riskEditorTabs"));
    m_general = new RiskEditorGeneralTab(this);
    m_assessment = new RiskEditorAssessmentTab(this);
    m_treatment = new RiskEditorTreatmentTab(this);
    m_tasks = new RiskTaskPanel(m_program, this);
    m_citations = new RiskCitationPicker(m_program.catalog(), this);
    m_citations->setObjectName(QStringLiteral("riskCitations"));
    m_history = new RiskHistoryWidget(this);

    auto* ruleTab = new QWidget(this);
    auto* ruleIntro = new QLabel(tr("The Security Rule standards and implementation "
                                    "specifications this risk bears on. The evidence pack lists "
                                    "the risk under each one ticked."),
                                 ruleTab);
    ruleIntro->setWordWrap(true);
    auto* ruleLayout = new QVBoxLayout(ruleTab);
    ruleLayout->addWidget(ruleIntro);
    ruleLayout->addWidget(m_citations, 1);
    ruleTab->setFocusProxy(m_citations);

    m_tabs->addTab(m_general, tr("Risk"));
    m_tabs->addTab(m_assessment, tr("Assessment"));
    m_tabs->addTab(m_treatment, tr("Treatment"));
    m_tabs->addTab(m_tasks, tr("Tasks"));
    m_tabs->addTab(ruleTab, tr("Security Rule"));
    m_tabs->addTab(m_history, tr("History"));

    QDialogButtonBox* buttons =
        createButtons(QStringLiteral("saveRiskButton"), tr("Save the risk (Ctrl+S)"));
    m_closeButton = buttons->button(QDialogButtonBox::Cancel);
    m_closeButton->setObjectName(QStringLiteral("closeRiskButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(m_tasks, &RiskTaskPanel::saveRiskRequested, this, &RiskEditorDialog::saveAndContinue);

    const QDate today = m_program.clock().today();
    m_general->setToday(today);
    m_treatment->setToday(today);
    setMinimumSize(700, 560);
    resize(860, 640);
}

void RiskEditorDialog::loadRisk(const Risk& risk)
{
    m_original = risk;
    m_general->load(risk);
    m_assessment->load(risk);
    m_treatment->setInherent(risk.inherent);
    m_treatment->load(risk);
    m_citations->setCitations(risk.citations);
}

void RiskEditorDialog::connectEdits()
{
    connect(m_general, &RiskEditorGeneralTab::edited, this, &RiskEditorDialog::updateValidation);
    connect(m_general, &RiskEditorGeneralTab::identifiedChanged, m_assessment,
            &RiskEditorAssessmentTab::followIdentifiedDate);
    connect(m_assessment, &RiskEditorAssessmentTab::edited, this,
            &RiskEditorDialog::updateValidation);
    connect(m_assessment, &RiskEditorAssessmentTab::ratingChanged, this,
            [this] { m_treatment->setInherent(m_assessment->rating()); });
    connect(m_treatment, &RiskEditorTreatmentTab::edited, this,
            &RiskEditorDialog::updateValidation);
    connect(m_citations, &RiskCitationPicker::citationsChanged, this,
            &RiskEditorDialog::updateValidation);
    connect(&m_program.risks(), &RiskRegister::risksChanged, this, [this] {
        if (!isReadOnly() && !isNew())
            reloadHistory();
        updateValidation();
    });
    connect(&m_program.risks(), &RiskRegister::matrixChanged, this, [this] {
        if (Result<RiskMatrix> matrix = m_program.risks().matrix(); matrix && !isReadOnly()) {
            m_assessment->setMatrix(*matrix);
            m_treatment->setMatrix(*matrix);
        }
    });
}

void RiskEditorDialog::setReadOnly(bool readOnly)
{
    setLocked(readOnly);
    m_general->setReadOnly(readOnly);
    m_assessment->setReadOnly(readOnly);
    m_treatment->setReadOnly(readOnly);
    m_citations->setReadOnly(readOnly);
    saveButton()->setVisible(!readOnly);
    m_closeButton->setText(readOnly ? tr("&Close") : tr("&Cancel"));
}

void RiskEditorDialog::updateTitle()
{
    if (isNew())
        setWindowTitle(tr("New Risk"));
    else
        setWindowTitle(tr("Risk %1 \u2014 %2").arg(riskReference(m_original.id), m_original.title));
}

Risk RiskEditorDialog::candidate() const
{
    Risk risk = m_original;
    m_general->apply(risk);
    m_assessment->apply(risk);
    m_treatment->apply(risk);
    risk.citations = m_citations->citations();
    return risk;
}

bool RiskEditorDialog::isModified() const
{
    if (isReadOnly())
        return false;
    return !(candidate() == m_baseline);
}

QStringList RiskEditorDialog::problems() const
{
    return m_program.risks().problems(candidate());
}

void RiskEditorDialog::reloadHistory()
{
    if (m_original.id == 0)
        return;
    Result<std::vector<AuditEvent>> events = m_program.risks().history(m_original.id);
    if (!events) {
        m_history->showMessage(tr("The history could not be read: %1").arg(events.error().message));
        return;
    }
    if (m_historyCutoff.isValid()) {
        std::erase_if(*events, [&](const AuditEvent& e) { return e.at >= m_historyCutoff; });
    }
    QHash<qint64, QString> names;
    for (const Asset& asset : m_assets)
        names.insert(asset.id, asset.name);
    m_history->setEvents(*events, RiskHistoryDiff(names));
}

bool RiskEditorDialog::store()
{
    Result<Risk> stored =
        isNew() ? m_program.risks().add(candidate()) : m_program.risks().update(candidate());
    if (!stored)
        return refuse(tr("The risk was not saved: %1").arg(stored.error().text()));
    m_saved = *stored;
    return true;
}

bool RiskEditorDialog::saveAndContinue()
{
    if (!storeEdits())
        return false;
    markStored();
    const bool wasNew = isNew();
    m_assessment->setReassessmentDay(m_program.clock().today());
    loadRisk(m_saved);
    m_baseline = candidate();
    resetSaveAttempt();
    updateTitle();
    m_tasks->setRiskId(m_saved.id);
    reloadHistory();
    banner()->showMessage(MessageBanner::Kind::Information,
                          wasNew ? tr("Saved as %1. You can now add its remediation tasks.")
                                       .arg(riskReference(m_saved.id))
                                 : tr("Saved."));
    return true;
}

QString RiskEditorDialog::unsavedQuestion() const
{
    return isNew() ? tr("Save this new risk before closing?")
                   : tr("Save the changes to %1 before closing?").arg(riskReference(m_original.id));
}

QStringList RiskEditorDialog::knownOwners() const
{
    QStringList owners{m_program.profile().officerName};
    if (Result<std::vector<Risk>> risks = m_program.risks().risks()) {
        for (const Risk& risk : *risks)
            owners << risk.owner;
    }
    if (Result<std::vector<RemediationTask>> tasks = m_program.risks().allTasks()) {
        for (const RemediationTask& task : *tasks)
            owners << task.owner;
    }
    return owners;
}

} // namespace palisade::ui
