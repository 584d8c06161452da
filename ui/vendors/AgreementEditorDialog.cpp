#include "ui/vendors/AgreementEditorDialog.h"

#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "core/vendors/BaaProvision.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "ui/risk/RiskEditorText.h"
#include "ui/vendors/AgreementDatesTab.h"
#include "ui/vendors/AgreementDocumentsTab.h"
#include "ui/vendors/AgreementGeneralTab.h"
#include "ui/vendors/AgreementNoticeTab.h"
#include "ui/vendors/AgreementProvisionsTab.h"
#include "ui/vendors/AgreementTerminationTab.h"
#include "ui/vendors/VendorHistoryList.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {

AgreementEditorDialog::AgreementEditorDialog(Program& program, std::optional<qint64> agreementId,
                                             QWidget* parent, qint64 counterpartyId)
    : RecordEditorDialog({tr("To save this agreement:\n%1"), tr("The agreement was not saved:\n%1"),
                          tr("Unsaved Changes"), tr("Save")},
                         parent)
    , m_program(program)
{
    buildUi();
    loadChoices();
    QString loadError;
    if (agreementId) {
        Result<Agreement> stored = program.baas().agreement(*agreementId);
        if (stored) {
            loadAgreement(*stored);
        } else {
            setLocked(true);
            loadError = stored.error().message;
            m_original.id = *agreementId;
        }
    } else {
        Agreement fresh;
        fresh.counterpartyId = counterpartyId;
        fresh.provisions = BaaProvision::checklist({});
        loadAgreement(fresh);
        // Let the counterparty set the direction, as choosing it would.
        if (counterpartyId > 0) {
            const int index = m_general->counterpartyCombo()->findData(counterpartyId);
            m_general->counterpartyCombo()->setCurrentIndex(-1);
            m_general->counterpartyCombo()->setCurrentIndex(std::max(0, index));
        }
    }
    m_baseline = candidate();

    connect(m_general, &AgreementGeneralTab::edited, this,
            &AgreementEditorDialog::updateValidation);
    connect(m_general, &AgreementGeneralTab::statusChanged, this,
            [this] { m_termination->setStatus(m_general->status()); });
    connect(m_dates, &AgreementDatesTab::edited, this, &AgreementEditorDialog::updateValidation);
    connect(m_dates, &AgreementDatesTab::markReviewedRequested, this,
            &AgreementEditorDialog::markReviewedToday);
    connect(m_notice, &AgreementNoticeTab::edited, this, &AgreementEditorDialog::updateValidation);
    connect(m_termination, &AgreementTerminationTab::edited, this,
            &AgreementEditorDialog::updateValidation);
    connect(m_provisions, &AgreementProvisionsTab::edited, this,
            &AgreementEditorDialog::updateValidation);
    connect(m_documents, &AgreementDocumentsTab::saveRequested, this,
            &AgreementEditorDialog::saveAndContinue);
    connect(&program.baas(), &BaaRegister::agreementsChanged, this, [this] {
        if (!isNew())
            reloadHistory();
    });
    connect(&program.baas(), &BaaRegister::documentsChanged, this, [this](qint64 id) {
        if (id == m_original.id)
            reloadHistory();
    });

    updateTitle();
    if (isLocked()) {
        lock(MessageBanner::Kind::Error, tr("The agreement could not be read: %1").arg(loadError));
    } else {
        const bool readOnly = program.isReadOnly();
        m_general->setReadOnly(readOnly);
        m_dates->setReadOnly(readOnly);
        m_notice->setReadOnly(readOnly);
        m_termination->setReadOnly(readOnly);
        m_provisions->setReadOnly(readOnly);
        m_documents->setReadOnly(readOnly);
        updateValidation();
    }
    m_general->titleEdit()->setFocus();
}

void AgreementEditorDialog::buildUi()
{
    setObjectName(QStringLiteral("agreementEditor"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("agreementEditorTabs"));
    m_general = new AgreementGeneralTab(this);
    m_dates = new AgreementDatesTab(this);
    m_notice = new AgreementNoticeTab(this);
    m_termination = new AgreementTerminationTab(this);
    m_provisions = new AgreementProvisionsTab(this);
    m_documents = new AgreementDocumentsTab(m_program, this);
    m_history = new VendorHistoryList(this);

    m_tabs->addTab(m_general, tr("Agreement"));
    m_tabs->addTab(m_dates, tr("Dates && Review"));
    m_tabs->addTab(m_notice, tr("Notice"));
    m_tabs->addTab(m_termination, tr("Termination"));
    m_tabs->addTab(m_provisions, tr("Required Provisions"));
    m_tabs->addTab(m_documents, tr("Documents"));
    m_tabs->addTab(m_history, tr("History"));

    QDialogButtonBox* buttons =
        createButtons(QStringLiteral("saveAgreementButton"), tr("Save the agreement (Ctrl+S)"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    setMinimumSize(760, 600);
    resize(980, 760);
}

void AgreementEditorDialog::loadChoices()
{
    Result<std::vector<Counterparty>> counterparties = m_program.counterparties().counterparties();
    Result<std::vector<Agreement>> agreements = m_program.baas().agreements();
    if (counterparties) {
        m_general->setCounterparties(*counterparties);
        for (const Counterparty& counterparty : *counterparties)
            m_names.insert(counterparty.id, counterparty.name);
    }
    if (agreements)
        m_agreements = *agreements;
    if (!counterparties || !agreements)
        banner()->showMessage(MessageBanner::Kind::Warning, !counterparties
                                                                ? counterparties.error().message
                                                                : agreements.error().message);
}

void AgreementEditorDialog::loadAgreement(const Agreement& agreement)
{
    m_original = agreement;
    std::vector<Agreement> upstreams;
    for (const Agreement& other : m_agreements) {
        if (other.direction == AgreementDirection::Upstream && other.id != agreement.id)
            upstreams.push_back(other);
    }
    m_general->setUpstreamAgreements(upstreams, m_names);
    m_general->setStoredStatus(agreement.id > 0 ? std::optional(agreement.status) : std::nullopt);
    m_general->load(agreement);
    m_dates->load(agreement);
    m_notice->load(agreement);
    m_termination->load(agreement);
    m_provisions->load(agreement.provisions);
    m_documents->setAgreement(agreement.id, agreementStatusIsSigned(agreement.status));
    const bool signedStored = agreement.id > 0 && agreementStatusIsSigned(agreement.status);
    m_dates->setCanMarkReviewed(
        signedStored, agreement.id == 0 ? tr("Save the agreement first")
                                        : tr("Only a signed agreement is reviewed; save it as "
                                             "Active first"));
    if (agreement.id > 0)
        reloadHistory();
    else
        m_history->showMessage(tr("The history starts when the agreement is saved."));
}

Agreement AgreementEditorDialog::candidate() const
{
    Agreement agreement = m_original;
    m_general->apply(agreement);
    m_dates->apply(agreement);
    m_notice->apply(agreement);
    m_termination->apply(agreement);
    agreement.provisions = m_provisions->checks();
    return agreement;
}

bool AgreementEditorDialog::isModified() const
{
    return !isLocked() && !(candidate() == m_baseline);
}

QStringList AgreementEditorDialog::problems() const
{
    return m_program.baas().problems(candidate());
}

bool AgreementEditorDialog::canStore() const
{
    return !m_program.isReadOnly();
}

void AgreementEditorDialog::updateTitle()
{
    if (isNew())
        setWindowTitle(tr("New Agreement"));
    else
        setWindowTitle(tr("%1 \u2014 %2").arg(agreementReference(m_original.id), m_original.title));
}

void AgreementEditorDialog::updateDerived()
{
    const Agreement current = candidate();
    m_notice->setWarning(noticeWarning(current));
    m_dates->setRetentionText(retentionText(current));
}

void AgreementEditorDialog::updateValidation()
{
    if (!isLocked())
        updateDerived();
    RecordEditorDialog::updateValidation();
}

QString AgreementEditorDialog::noticeWarning(const Agreement& agreement) const
{
    if (agreement.direction != AgreementDirection::Downstream)
        return {};
    const QDate today = m_program.clock().today();
    QStringList lines;
    for (const Agreement& upstream : m_agreements) {
        if (upstream.direction != AgreementDirection::Upstream || upstream.id == agreement.id)
            continue;
        const bool named = std::find(agreement.flowsDownFrom.begin(), agreement.flowsDownFrom.end(),
                                     upstream.id) != agreement.flowsDownFrom.end();
        if (!named && !(agreement.flowsDownFrom.empty() && upstream.inEffectOn(today)))
            continue;
        const QString who = tr("%1 (%2)").arg(agreementReference(upstream.id),
                                              m_names.value(upstream.counterpartyId));
        if (agreement.breachNoticeDays > upstream.breachNoticeDays)
            lines << tr("%1 requires us to report a breach within %2 days, but this "
                        "subcontractor may take %3.")
                         .arg(who)
                         .arg(upstream.breachNoticeDays)
                         .arg(agreement.breachNoticeDays);
        if (agreement.incidentReportDays > upstream.incidentReportDays)
            lines << tr("%1 requires us to report a security incident within %2 days, but this "
                        "subcontractor may take %3.")
                         .arg(who)
                         .arg(upstream.incidentReportDays)
                         .arg(agreement.incidentReportDays);
    }
    if (lines.isEmpty())
        return {};
    return tr("The subcontractor may tell us later than we must tell others:\n%1")
        .arg(RiskEditorText::bulleted(lines));
}

QString AgreementEditorDialog::retentionText(const Agreement& agreement)
{
    if (!agreementStatusIsSigned(agreement.status))
        return tr("Not signed: while it is a draft or under negotiation it may be deleted. Once "
                  "signed, it is kept for six years after it ends (164.316(b)(2)).");
    const QDate until = BaaRegister::retainUntil(agreement);
    if (until.isValid())
        return tr("Kept until %1: six years after it ends on %2 (164.316(b)(2)).")
            .arg(until.toString(Qt::ISODate), agreement.endsOn().toString(Qt::ISODate));
    return tr("Kept while it is in effect and for six years after it ends (164.316(b)(2)).");
}

void AgreementEditorDialog::reloadHistory()
{
    if (m_original.id == 0)
        return;
    Result<std::vector<AuditEvent>> events = m_program.baas().history(m_original.id);
    if (events)
        m_history->setEvents(*events);
    else
        m_history->showMessage(tr("The history could not be read: %1").arg(events.error().message));
}

bool AgreementEditorDialog::store()
{
    Result<Agreement> stored =
        isNew() ? m_program.baas().add(candidate()) : m_program.baas().update(candidate());
    if (!stored)
        return refuse(tr("The agreement was not saved: %1").arg(stored.error().message));
    m_saved = *stored;
    return true;
}

bool AgreementEditorDialog::saveAndContinue()
{
    if (!storeEdits())
        return false;
    markStored();
    const bool wasNew = isNew();
    if (Result<std::vector<Agreement>> agreements = m_program.baas().agreements())
        m_agreements = *agreements;
    const int tab = m_tabs->currentIndex();
    loadAgreement(m_saved);
    m_baseline = candidate();
    resetSaveAttempt();
    m_tabs->setCurrentIndex(tab);
    updateTitle();
    updateValidation();
    banner()->showMessage(MessageBanner::Kind::Information,
                          wasNew ? tr("Saved as %1. You can now attach its signed PDF.")
                                       .arg(agreementReference(m_saved.id))
                                 : tr("Saved."));
    return true;
}

bool AgreementEditorDialog::markReviewedToday()
{
    if (isNew() || m_program.isReadOnly())
        return false;
    const QDate today = m_program.clock().today();
    Result<Agreement> reviewed = m_program.baas().markReviewed(m_original.id, today);
    if (!reviewed) {
        banner()->showMessage(MessageBanner::Kind::Warning,
                              tr("The review was not recorded: %1").arg(reviewed.error().message));
        return false;
    }
    // Only the review dates changed in the stored record; other edits stay pending.
    for (Agreement* agreement : {&m_original, &m_baseline}) {
        agreement->lastReviewedOn = reviewed->lastReviewedOn;
        agreement->nextReviewOn = reviewed->nextReviewOn;
        agreement->updatedAt = reviewed->updatedAt;
    }
    m_dates->showReview(reviewed->lastReviewedOn, reviewed->nextReviewOn);
    markStored();
    m_saved = *reviewed;
    updateValidation();
    banner()->showMessage(MessageBanner::Kind::Information,
                          tr("Review recorded on %1; the next review is due on %2.")
                              .arg(reviewed->lastReviewedOn.toString(Qt::ISODate),
                                   reviewed->nextReviewOn.toString(Qt::ISODate)));
    return true;
}

QString AgreementEditorDialog::unsavedQuestion() const
{
    return isNew() ? tr("Save this new agreement before closing?")
                   : tr("Save the changes to %1 before closing?")
                         .arg(agreementReference(m_original.id));
}

} // namespace palisade::ui
