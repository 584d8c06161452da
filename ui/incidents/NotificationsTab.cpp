#include "ui/incidents/NotificationsTab.h"

#include "core/incidents/BreachNotificationRules.h"
#include "core/incidents/BreachReporting.h"
#include "core/incidents/IncidentNotificationRegister.h"
#include "core/incidents/StateRuleRegister.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "core/vendors/CounterpartyRegister.h"
#include "ui/incidents/BreachStatusText.h"
#include "ui/incidents/RecordNotificationDialog.h"
#include "ui/incidents/RequiredNoticeModel.h"
#include "ui/incidents/SentNoticeModel.h"
#include "ui/pdf/PdfViewerWidget.h"
#include "ui/widgets/AttachmentFiles.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PanelLabels.h"
#include "ui/widgets/RecordTable.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStringDecoder>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {
namespace {

QLabel* emptyLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void limitHeight(QTableView* table, int rows)
{
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    table->setMinimumHeight(rowHeight * rows + table->horizontalHeader()->sizeHint().height() + 4);
}

} // namespace

NotificationsTab::NotificationsTab(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_title(tr("Notices"))
    , m_required(new RequiredNoticeModel(this))
    , m_requiredProxy(new QSortFilterProxyModel(this))
    , m_sent(new SentNoticeModel(this))
    , m_sentProxy(new QSortFilterProxyModel(this))
    , m_banner(new MessageBanner(this))
    , m_summary(new QLabel(this))
    , m_requiredTable(new QTableView(this))
    , m_requiredEmpty(emptyLabel(this, QStringLiteral("requiredNoticesEmpty")))
    , m_sentTable(new QTableView(this))
    , m_sentEmpty(emptyLabel(this, QStringLiteral("sentNoticesEmpty")))
    , m_record(new QPushButton(tr("&Record Notice Sent\u2026"), this))
    , m_openCopy(new QPushButton(tr("&Open Copy"), this))
    , m_saveCopy(new QPushButton(tr("Save a &Copy\u2026"), this))
{
    setObjectName(QStringLiteral("notificationsTab"));
    m_summary->setObjectName(QStringLiteral("noticesSummary"));
    m_summary->setWordWrap(true);

    m_requiredProxy->setSourceModel(m_required);
    m_requiredProxy->setSortRole(RequiredNoticeModel::SortRole);
    m_requiredTable->setObjectName(QStringLiteral("requiredNoticesTable"));
    m_requiredTable->setAccessibleName(tr("Notices this incident calls for"));
    RecordTable::setUp(m_requiredTable, m_requiredProxy, RequiredNoticeModel::DueColumn);
    RecordTable::fitColumns(m_requiredTable, RequiredNoticeModel::RecipientColumn);
    limitHeight(m_requiredTable, 3);

    m_sentProxy->setSourceModel(m_sent);
    m_sentProxy->setSortRole(SentNoticeModel::SortRole);
    m_sentTable->setObjectName(QStringLiteral("sentNoticesTable"));
    m_sentTable->setAccessibleName(tr("Notices on file"));
    RecordTable::setUp(m_sentTable, m_sentProxy, SentNoticeModel::SentOnColumn);
    RecordTable::fitColumns(m_sentTable, SentNoticeModel::RecipientColumn);
    limitHeight(m_sentTable, 2);

    m_record->setObjectName(QStringLiteral("recordNoticeButton"));
    m_record->setAutoDefault(false);
    m_record->setToolTip(tr("Record that the selected notice went out, with a copy of it"));
    m_openCopy->setObjectName(QStringLiteral("openNoticeCopyButton"));
    m_openCopy->setAutoDefault(false);
    m_openCopy->setToolTip(tr("Read the attached copy of the selected notice here"));
    m_saveCopy->setObjectName(QStringLiteral("saveNoticeCopyButton"));
    m_saveCopy->setAutoDefault(false);
    m_saveCopy->setToolTip(tr("Write a decrypted copy of the attached letter to disk; the audit "
                              "trail records where"));

    auto* requiredButtons = new QHBoxLayout;
    requiredButtons->addWidget(m_record);
    requiredButtons->addStretch(1);
    auto* sentButtons = new QHBoxLayout;
    sentButtons->addStretch(1);
    sentButtons->addWidget(m_openCopy);
    sentButtons->addWidget(m_saveCopy);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(PanelLabels::title(tr("Notices this incident calls for"), this));
    layout->addWidget(m_requiredTable, 3);
    layout->addWidget(m_requiredEmpty);
    layout->addLayout(requiredButtons);
    layout->addSpacing(6);
    layout->addWidget(PanelLabels::title(tr("Notices on file"), this));
    layout->addWidget(m_sentTable, 2);
    layout->addWidget(m_sentEmpty);
    layout->addLayout(sentButtons);

    connect(m_record, &QPushButton::clicked, this, &NotificationsTab::recordNotice);
    connect(m_openCopy, &QPushButton::clicked, this, &NotificationsTab::openCopy);
    connect(m_saveCopy, &QPushButton::clicked, this, &NotificationsTab::chooseAndSaveCopy);
    connect(m_requiredTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (!index.data(RequiredNoticeModel::SentRole).toBool())
            recordNotice();
    });
    connect(m_sentTable, &QTableView::activated, this, &NotificationsTab::openCopy);
    connect(m_requiredTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NotificationsTab::updateButtons);
    connect(m_sentTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NotificationsTab::updateButtons);
    connect(&program.incidentNotifications(), &IncidentNotificationRegister::notificationsChanged,
            this, &NotificationsTab::reload);
    connect(&program.stateRules(), &StateRuleRegister::stateRulesChanged, this,
            &NotificationsTab::reload);
    setIncident(std::nullopt);
}

void NotificationsTab::setIncident(const std::optional<Incident>& incident)
{
    if (!incident || !m_incident || incident->id != m_incident->id)
        m_banner->clearMessage();
    m_incident = incident;
    reload();
}

void NotificationsTab::reload()
{
    const QString requiredKey =
        m_requiredTable->currentIndex().data(RequiredNoticeModel::KeyRole).toString();
    const qint64 sentId = selectedNotificationId();
    std::vector<RequiredNotification> required;
    std::vector<IncidentNotification> sent;
    QHash<qint64, QString> names;
    QStringList failures;
    if (m_incident && m_program.isOpen()) {
        Result<std::vector<RequiredNotification>> owed =
            BreachReporting(m_program).requiredNotifications(m_incident->id);
        if (owed)
            required = std::move(owed).value();
        else
            failures << owed.error().message;
        Result<std::vector<IncidentNotification>> given =
            m_program.incidentNotifications().notifications(m_incident->id);
        if (given)
            sent = std::move(given).value();
        else
            failures << given.error().message;
        for (const qint64 id : m_incident->coveredEntityIds) {
            if (Result<Counterparty> party = m_program.counterparties().counterparty(id))
                names.insert(id, party->name);
        }
        for (const RequiredNotification& notice : required) {
            if (notice.counterpartyId > 0 && !notice.recipientName.isEmpty())
                names.insert(notice.counterpartyId, notice.recipientName);
        }
    }
    const QDate today = m_program.clock().today();
    m_required->setNotices(required, sent, today);
    m_sent->setNotices(std::move(sent), names);
    if (!failures.isEmpty())
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("The notices could not be read: %1").arg(failures.join(QLatin1Char(' '))));

    int sentCount = 0;
    int overdue = 0;
    for (int row = 0; row < m_required->rowCount(); ++row) {
        sentCount += m_required->rowAt(row).isSent() ? 1 : 0;
        overdue += m_required->rowAt(row).overdue ? 1 : 0;
    }
    const bool reportable = m_incident && BreachNotificationRules::isReportable(
                                              BreachNotificationRules::status(*m_incident));
    if (!m_incident)
        m_summary->clear();
    else if (m_required->rowCount() == 0)
        m_summary->clear();
    else if (overdue > 0)
        m_summary->setText(tr("%1 of %2 notices sent; %n overdue.", nullptr, overdue)
                               .arg(sentCount)
                               .arg(m_required->rowCount()));
    else
        m_summary->setText(tr("%1 of %2 notices sent.").arg(sentCount).arg(m_required->rowCount()));
    m_summary->setVisible(!m_summary->text().isEmpty());

    if (!m_incident)
        m_requiredEmpty->clear();
    else if (!reportable)
        m_requiredEmpty->setText(tr("No notice is owed. %1 A notice sent anyway can still be "
                                    "recorded with \u201cRecord Notice Sent\u2026\u201d.")
                                     .arg(BreachStatusText::explanation(*m_incident)));
    else
        m_requiredEmpty->setText(tr("No notice is owed yet: enter the discovery date, which "
                                    "starts every notification clock."));
    m_requiredTable->setVisible(m_required->rowCount() > 0);
    m_requiredEmpty->setVisible(m_required->rowCount() == 0);
    m_sentEmpty->setText(
        reportable ? tr("No notice is on file yet. Once one has gone out, select it above and use "
                        "\u201cRecord Notice Sent\u2026\u201d; attach a copy of the letter.")
                   : tr("No notice is on file."));
    m_sentTable->setVisible(m_sent->rowCount() > 0);
    m_sentEmpty->setVisible(m_sent->rowCount() == 0);

    if (!requiredKey.isEmpty())
        selectRequired(requiredKey);
    if (sentId != 0)
        selectSent(sentId);
    if (!m_requiredTable->currentIndex().isValid()) {
        // The first notice still owed is the one most likely to be recorded next.
        for (int row = 0; row < m_requiredProxy->rowCount(); ++row) {
            const QModelIndex index = m_requiredProxy->index(row, 0);
            if (!index.data(RequiredNoticeModel::SentRole).toBool()) {
                m_requiredTable->setCurrentIndex(index);
                break;
            }
        }
    }

    m_title =
        m_required->rowCount() > 0
            ? tr("Notices %1/%2").arg(sentCount).arg(m_required->rowCount())
            : (m_sent->rowCount() > 0 ? tr("Notices %1").arg(m_sent->rowCount()) : tr("Notices"));
    emit titleChanged(m_title);
    updateButtons();
}

QString NotificationsTab::summaryText() const
{
    return m_summary->text();
}

bool NotificationsTab::selectRequired(const QString& key)
{
    const int row = m_required->rowForKey(key);
    if (row < 0)
        return false;
    const QModelIndex index = m_requiredProxy->mapFromSource(m_required->index(row, 0));
    m_requiredTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
    return true;
}

bool NotificationsTab::selectSent(qint64 notificationId)
{
    const int row = m_sent->rowForId(notificationId);
    if (row < 0)
        return false;
    const QModelIndex index = m_sentProxy->mapFromSource(m_sent->index(row, 0));
    m_sentTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    return true;
}

qint64 NotificationsTab::selectedNotificationId() const
{
    return m_sentTable->currentIndex().data(SentNoticeModel::NotificationIdRole).toLongLong();
}

void NotificationsTab::updateButtons()
{
    const bool writable = m_program.isOpen() && !m_program.isReadOnly();
    m_record->setEnabled(m_incident && writable);
    const bool hasCopy = m_sentTable->currentIndex().data(SentNoticeModel::HasCopyRole).toBool();
    m_openCopy->setEnabled(hasCopy);
    m_saveCopy->setEnabled(hasCopy);
}

void NotificationsTab::recordNotice()
{
    if (!m_incident)
        return;
    std::optional<RequiredNotification> required;
    if (const QModelIndex current = m_requiredTable->currentIndex(); current.isValid())
        required = m_required->rowAt(m_requiredProxy->mapToSource(current).row()).notice;
    RecordNotificationDialog dialog(m_program, m_incident->id, required, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_banner->showMessage(
        MessageBanner::Kind::Information,
        tr("The notice sent on %1 is recorded.").arg(isoDate(dialog.savedNotification().sentOn)));
    selectSent(dialog.savedNotification().id);
}

void NotificationsTab::openCopy()
{
    const qint64 id = selectedNotificationId();
    const int row = m_sent->rowForId(id);
    if (row < 0 || !m_sent->noticeAt(row).file)
        return;
    const QString name = m_sent->noticeAt(row).file->fileName;
    Result<QByteArray> content = m_program.incidentNotifications().notificationFileContent(id);
    if (!content) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("%1 cannot be opened: %2").arg(name, content.error().message));
        return;
    }
    // Shown from memory, never written to disk: only "Save a Copy…" does that.
    auto* viewer = new QDialog(this);
    viewer->setObjectName(QStringLiteral("noticeCopyViewer"));
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setWindowTitle(
        tr("%1 \u2014 %2").arg(name, m_sent->recipientText(m_sent->noticeAt(row))));
    auto* layout = new QVBoxLayout(viewer);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(*content);
    if (content->startsWith("%PDF")) {
        auto* pdf = new PdfViewerWidget(viewer);
        pdf->setDocument(*content, name);
        layout->addWidget(pdf, 1);
        viewer->resize(760, 820);
    } else if (!utf8.hasError() && !content->contains('\0')) {
        auto* plain = new QPlainTextEdit(viewer);
        plain->setReadOnly(true);
        plain->setPlainText(text);
        layout->addWidget(plain, 1);
        viewer->resize(640, 560);
    } else {
        layout->addWidget(PanelLabels::hint(
            tr("%1 is not a PDF or a text file and cannot be shown here. Use \u201cSave a "
               "Copy\u2026\u201d to open it with another program.")
                .arg(name),
            viewer));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, viewer);
    connect(buttons, &QDialogButtonBox::rejected, viewer, &QDialog::reject);
    layout->addWidget(buttons);
    viewer->show();
}

bool NotificationsTab::saveCopyTo(const QString& path)
{
    const qint64 id = selectedNotificationId();
    if (id == 0)
        return false;
    return AttachmentFiles::reportCopy(
        m_banner, m_program.incidentNotifications().saveNotificationCopy(id, path), path);
}

void NotificationsTab::chooseAndSaveCopy()
{
    const int row = m_sent->rowForId(selectedNotificationId());
    if (row < 0 || !m_sent->noticeAt(row).file)
        return;
    const QString path = AttachmentFiles::chooseCopyPath(this, m_sent->noticeAt(row).file->fileName,
                                                         tr("All files (*)"));
    if (!path.isEmpty())
        saveCopyTo(path);
}

} // namespace palisade::ui
