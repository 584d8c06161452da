#include "ui/training/PersonDetailPanel.h"

#include "core/policies/PolicyRegister.h"
#include "core/program/Program.h"
#include "core/training/AcknowledgmentRegister.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"
#include "ui/training/CompletionEditorDialog.h"
#include "ui/training/PersonCompletionModel.h"
#include "ui/training/TrainingLabels.h"
#include "ui/training/TrainingRoles.h"
#include "ui/widgets/AttachmentFiles.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PanelLabels.h"
#include "ui/widgets/RecordTable.h"
#include "ui/widgets/TableRows.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace palisade::ui {
PersonDetailPanel::PersonDetailPanel(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_model(new PersonCompletionModel(program, this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(
          PanelLabels::hint(tr("Select a person to see the courses they completed and the policies "
                               "they acknowledged."),
                            this))
    , m_name(new QLabel(this))
    , m_summary(PanelLabels::hint(QString(), this))
    , m_banner(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_noCompletions(
          PanelLabels::hint(tr("No completion on file yet. Record one when the person finishes a "
                               "course, or import them from your learning-management system."),
                            this))
    , m_record(new QPushButton(tr("&Record Completion\u2026"), this))
    , m_attach(new QPushButton(tr("&Attach Certificate\u2026"), this))
    , m_saveCopy(new QPushButton(tr("Save Certificate &Copy\u2026"), this))
    , m_acknowledgments(new QTreeWidget(this))
    , m_noAcknowledgments(PanelLabels::hint(tr("No policy acknowledgment on file."), this))
{
    setObjectName(QStringLiteral("personDetailPanel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_name->setObjectName(QStringLiteral("personDetailName"));
    QFont large = m_name->font();
    large.setBold(true);
    large.setPointSizeF(large.pointSizeF() * 1.2);
    m_name->setFont(large);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("personDetailSummary"));
    m_record->setObjectName(QStringLiteral("recordCompletionButton"));
    m_record->setToolTip(tr("Record a course this person completed"));
    m_attach->setObjectName(QStringLiteral("attachCertificateButton"));
    m_attach->setToolTip(tr("Keep the certificate PDF of the selected completion inside this "
                            "encrypted file"));
    m_saveCopy->setObjectName(QStringLiteral("saveCertificateCopyButton"));
    m_saveCopy->setToolTip(tr("Write a decrypted copy of the selected completion's certificate"));

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(trainingrole::SortRole);
    m_table->setObjectName(QStringLiteral("personCompletionTable"));
    RecordTable::setUp(m_table, proxy, PersonCompletionModel::DateColumn, Qt::DescendingOrder);
    m_table->setAccessibleName(tr("Completions"));
    RecordTable::fitColumns(m_table, PersonCompletionModel::CourseColumn);

    m_acknowledgments->setObjectName(QStringLiteral("personAcknowledgments"));
    m_acknowledgments->setHeaderLabels({tr("Policy Revision"), tr("Acknowledged")});
    m_acknowledgments->setRootIsDecorated(false);
    m_acknowledgments->setAlternatingRowColors(true);
    m_acknowledgments->setAccessibleName(tr("Policy acknowledgments"));
    m_acknowledgments->header()->setStretchLastSection(false);
    m_acknowledgments->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_acknowledgments->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_attach);
    buttons->addWidget(m_saveCopy);
    buttons->addStretch(1);

    auto* details = new QWidget(this);
    auto* layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_name);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addSpacing(4);
    layout->addWidget(PanelLabels::title(tr("Completions"), details));
    layout->addWidget(m_table, 3);
    layout->addWidget(m_noCompletions);
    layout->addLayout(buttons);
    layout->addSpacing(4);
    layout->addWidget(PanelLabels::title(tr("Policy acknowledgments"), details));
    layout->addWidget(m_acknowledgments, 2);
    layout->addWidget(m_noAcknowledgments);
    // Takes the room left only while neither list is on show, so the hints stay together.
    layout->addStretch(0);
    m_detailLayout = layout;

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(details);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto* edit = new QAction(tr("Edit Completion"), m_table);
    edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    edit->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(edit);
    connect(edit, &QAction::triggered, this, &PersonDetailPanel::editSelectedCompletion);
    connect(m_table, &QTableView::doubleClicked, this, &PersonDetailPanel::editSelectedCompletion);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PersonDetailPanel::updateButtons);
    connect(m_record, &QPushButton::clicked, this, &PersonDetailPanel::recordCompletion);
    connect(m_attach, &QPushButton::clicked, this, &PersonDetailPanel::chooseAndAttach);
    connect(m_saveCopy, &QPushButton::clicked, this, &PersonDetailPanel::chooseAndSaveCopy);
    clear();
}

bool PersonDetailPanel::isShowingPerson() const
{
    return m_stack->currentIndex() == 1;
}

void PersonDetailPanel::clear()
{
    m_personId = 0;
    m_model->load(0);
    m_acknowledgments->clear();
    m_banner->clearMessage();
    m_stack->setCurrentIndex(0);
    updateButtons();
}

void PersonDetailPanel::showPerson(qint64 personId)
{
    if (personId == 0) {
        clear();
        return;
    }
    if (personId != m_personId)
        m_banner->clearMessage();
    m_personId = personId;
    m_stack->setCurrentIndex(1);
    reload();
    if (m_table->model()->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_table->model()->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
}

void PersonDetailPanel::reload()
{
    if (m_personId == 0)
        return;
    const qint64 selected = selectedCompletionId();
    loadHeader();
    if (!m_model->load(m_personId))
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("The completions could not be read: %1").arg(m_model->lastError()));
    selectCompletion(selected);
    const bool none = m_model->rowCount() == 0;
    m_table->setVisible(!none);
    m_noCompletions->setVisible(none);
    loadAcknowledgments();
    const bool bothEmpty = none && m_acknowledgments->isHidden();
    m_detailLayout->setStretch(m_detailLayout->count() - 1, bothEmpty ? 1 : 0);
    updateButtons();
}

void PersonDetailPanel::loadHeader()
{
    Result<Person> person = m_program.workforce().person(m_personId);
    if (!person) {
        m_name->setText(tr("Unknown person"));
        m_summary->setText(person.error().message);
        return;
    }
    m_name->setText(person->name);
    QStringList parts{person->employeeId};
    if (!person->department.isEmpty())
        parts << person->department;
    if (person->isTerminated())
        parts << tr("terminated %1").arg(TrainingLabels::date(person->terminatedOn));
    else
        parts << personStatusLabel(person->status);
    if (person->hiredOn.isValid())
        parts << tr("hired %1").arg(TrainingLabels::date(person->hiredOn));
    if (person->phiAccessOn.isValid())
        parts << tr("PHI access from %1").arg(TrainingLabels::date(person->phiAccessOn));
    m_summary->setText(parts.join(QStringLiteral(" \u00b7 ")));
}

void PersonDetailPanel::loadAcknowledgments()
{
    m_acknowledgments->clear();
    Result<std::vector<PolicyAcknowledgment>> read =
        m_program.acknowledgments().acknowledgmentsOf(m_personId);
    if (!read) {
        m_noAcknowledgments->setText(
            tr("The acknowledgments could not be read: %1").arg(read.error().message));
        m_acknowledgments->hide();
        m_noAcknowledgments->show();
        return;
    }
    PolicyRegister& policies = m_program.policies();
    for (const PolicyAcknowledgment& acknowledgment : *read) {
        QString name = tr("Revision %1 (no longer on file)").arg(acknowledgment.revisionId);
        if (Result<PolicyRevision> revision = policies.revision(acknowledgment.revisionId)) {
            if (Result<Policy> policy = policies.policy(revision->policyId))
                name = PolicyRegister::revisionName(*policy, *revision) +
                       QStringLiteral(" \u2014 ") + policy->title;
        }
        auto* item = new QTreeWidgetItem(
            m_acknowledgments, {name, TrainingLabels::date(acknowledgment.acknowledgedOn)});
        item->setToolTip(0, name);
        item->setData(0, Qt::UserRole, acknowledgment.id);
    }
    m_noAcknowledgments->setText(tr("No policy acknowledgment on file."));
    const bool none = read->empty();
    m_acknowledgments->setVisible(!none);
    m_noAcknowledgments->setVisible(none);
}

void PersonDetailPanel::updateButtons()
{
    const bool writable = m_program.isOpen() && !m_program.isReadOnly();
    const bool person = m_personId != 0;
    const int row = m_model->rowForId(selectedCompletionId());
    const bool hasCertificate = row >= 0 && m_model->completionAt(row).certificate.has_value();
    m_record->setEnabled(writable && person);
    m_attach->setEnabled(writable && row >= 0 && !hasCertificate);
    m_attach->setToolTip(hasCertificate ? tr("The selected completion already has its certificate; "
                                             "it is part of the record and is not replaced")
                                        : tr("Keep the certificate PDF of the selected completion "
                                             "inside this encrypted file"));
    m_saveCopy->setEnabled(hasCertificate);
}

qint64 PersonDetailPanel::selectedCompletionId() const
{
    return TableRows::currentData(m_table, trainingrole::IdRole).toLongLong();
}

bool PersonDetailPanel::selectCompletion(qint64 id)
{
    return TableRows::selectSourceRow(m_table, m_model->rowForId(id));
}

void PersonDetailPanel::recordCompletion()
{
    if (m_personId == 0 || m_program.isReadOnly())
        return;
    CompletionEditorDialog editor(m_program, std::nullopt, m_personId, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    reload();
    selectCompletion(editor.savedCompletion().id);
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("The completion of %1 was recorded.")
                              .arg(m_model->courseTitle(editor.savedCompletion().courseId)));
}

void PersonDetailPanel::editSelectedCompletion()
{
    const qint64 id = selectedCompletionId();
    if (id == 0)
        return;
    CompletionEditorDialog editor(m_program, id, m_personId, this);
    if (editor.exec() == QDialog::Accepted)
        reload();
    selectCompletion(id);
}

bool PersonDetailPanel::attachCertificate(const QString& path)
{
    const qint64 id = selectedCompletionId();
    if (id == 0)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray content = file.read(TrainingRegister::maximumCertificateBytes + 1);
    const Result<Completion> attached =
        m_program.training().attachCertificate(id, QFileInfo(path).fileName(), content);
    if (!attached) {
        m_banner->showMessage(
            MessageBanner::Kind::Warning,
            tr("The certificate was not attached. %1").arg(attached.error().message));
        return false;
    }
    reload();
    selectCompletion(id);
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("%1 is kept with the completion (%n page(s)).", nullptr,
                             attached->certificate ? attached->certificate->pageCount : 0)
                              .arg(attached->certificate ? attached->certificate->fileName
                                                         : QFileInfo(path).fileName()));
    return true;
}

void PersonDetailPanel::chooseAndAttach()
{
    if (selectedCompletionId() == 0)
        return;
    const QString path = AttachmentFiles::chooseToAttach(this, tr("Attach Certificate"));
    if (!path.isEmpty())
        attachCertificate(path);
}

bool PersonDetailPanel::saveCertificateCopyTo(const QString& path)
{
    const qint64 id = selectedCompletionId();
    if (id == 0)
        return false;
    return AttachmentFiles::reportCopy(m_banner, m_program.training().saveCertificateCopy(id, path),
                                       path);
}

void PersonDetailPanel::chooseAndSaveCopy()
{
    const int row = m_model->rowForId(selectedCompletionId());
    if (row < 0 || !m_model->completionAt(row).certificate)
        return;
    const QString path =
        AttachmentFiles::chooseCopyPath(this, m_model->completionAt(row).certificate->fileName);
    if (!path.isEmpty())
        saveCertificateCopyTo(path);
}

} // namespace palisade::ui
