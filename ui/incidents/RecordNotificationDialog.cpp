#include "ui/incidents/RecordNotificationDialog.h"

#include "core/files/StoredFileKeeper.h"
#include "core/incidents/IncidentNotificationRegister.h"
#include "core/incidents/IncidentRegister.h"
#include "core/incidents/IncidentValidator.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "core/vendors/CounterpartyRegister.h"
#include "ui/incidents/RequiredNoticeModel.h"
#include "ui/risk/RiskDateField.h"
#include "ui/risk/RiskEditorText.h"
#include "ui/widgets/PanelLabels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace palisade::ui {
namespace {

QString suggestedMethod(NotificationRecipient recipient)
{
    switch (recipient) {
    case NotificationRecipient::Individuals:
        return QCoreApplication::translate("palisade::ui::RecordNotificationDialog",
                                           "First-class mail");
    case NotificationRecipient::Hhs:
        return QCoreApplication::translate("palisade::ui::RecordNotificationDialog",
                                           "HHS breach portal");
    case NotificationRecipient::Media:
        return QCoreApplication::translate("palisade::ui::RecordNotificationDialog",
                                           "Press release");
    case NotificationRecipient::CoveredEntity:
    case NotificationRecipient::StateAuthority:
        break;
    }
    return QCoreApplication::translate("palisade::ui::RecordNotificationDialog", "Email");
}

} // namespace

RecordNotificationDialog::RecordNotificationDialog(
    Program& program, qint64 incidentId, const std::optional<RequiredNotification>& required,
    QWidget* parent)
    : RecordEditorDialog({tr("To record this notice:\n%1"), tr("The notice was not recorded:\n%1"),
                          tr("Unsaved Notice"), tr("Record")},
                         parent)
    , m_program(program)
    , m_required(required)
    , m_due(new QLabel(this))
    , m_recipient(new QComboBox(this))
    , m_jurisdiction(new QLineEdit(this))
    , m_jurisdictionLabel(new QLabel(tr("&State:"), this))
    , m_coveredEntity(new QComboBox(this))
    , m_coveredEntityLabel(new QLabel(tr("Covered &entity:"), this))
    , m_sentOn(new RiskDateField(this))
    , m_method(new QComboBox(this))
    , m_sentBy(new QLineEdit(this))
    , m_content(RiskEditorText::multiLine(this, 5))
    , m_copyLabel(new QLabel(this))
    , m_attach(new QPushButton(tr("&Attach Copy\u2026"), this))
    , m_removeCopy(new QPushButton(tr("Re&move Copy"), this))
{
    setObjectName(QStringLiteral("recordNotificationDialog"));
    QString lockedReason;
    if (Result<Incident> stored = program.incidents().incident(incidentId))
        m_incident = *stored;
    else
        lockedReason = tr("The incident could not be read: %1").arg(stored.error().message);
    const QDate today = program.clock().today();

    m_due->setObjectName(QStringLiteral("noticeDue"));
    m_due->setWordWrap(true);
    m_recipient->setObjectName(QStringLiteral("noticeRecipient"));
    for (const NotificationRecipient recipient : allNotificationRecipients())
        m_recipient->addItem(notificationRecipientLabel(recipient),
                             notificationRecipientKey(recipient));
    m_jurisdiction->setObjectName(QStringLiteral("noticeJurisdiction"));
    m_jurisdiction->setMaxLength(2);
    m_jurisdiction->setPlaceholderText(tr("FL"));
    m_jurisdiction->setToolTip(tr("The two-letter code of the State or jurisdiction"));
    m_jurisdiction->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_jurisdiction));
    m_jurisdiction->setMaximumWidth(
        m_jurisdiction->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")) + 16);
    m_jurisdictionLabel->setBuddy(m_jurisdiction);
    m_coveredEntity->setObjectName(QStringLiteral("noticeCoveredEntity"));
    m_coveredEntityLabel->setBuddy(m_coveredEntity);
    m_sentOn->setObjectName(QStringLiteral("noticeSentOn"));
    m_sentOn->dateEdit()->setMaximumDate(today);
    m_sentOn->setToolTip(tr("The day the notice went out; not before the discovery"));
    m_method->setObjectName(QStringLiteral("noticeMethod"));
    m_method->setEditable(true);
    m_method->setInsertPolicy(QComboBox::NoInsert);
    for (const QString& method :
         {tr("First-class mail"), tr("Email"), tr("HHS breach portal"), tr("Press release"),
          tr("Telephone"), tr("Substitute notice on the website")})
        m_method->addItem(method);
    m_sentBy->setObjectName(QStringLiteral("noticeSentBy"));
    m_content->setObjectName(QStringLiteral("noticeContent"));
    m_content->setAccessibleName(tr("What the notice said"));
    m_content->setPlaceholderText(tr("The text of the notice, or a summary of what it said"));
    m_copyLabel->setObjectName(QStringLiteral("noticeCopy"));
    m_copyLabel->setWordWrap(true);
    m_attach->setObjectName(QStringLiteral("attachNoticeCopyButton"));
    m_attach->setAutoDefault(false);
    m_attach->setToolTip(tr("Keep a copy of the letter (any file) encrypted with the notice"));
    m_removeCopy->setObjectName(QStringLiteral("removeNoticeCopyButton"));
    m_removeCopy->setAutoDefault(false);

    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyLabel, 1);
    copyRow->addWidget(m_attach);
    copyRow->addWidget(m_removeCopy);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&To:"), m_recipient);
    form->addRow(m_jurisdictionLabel, m_jurisdiction);
    form->addRow(m_coveredEntityLabel, m_coveredEntity);
    form->addRow(tr("Sent &on:"), m_sentOn);
    form->addRow(tr("&How:"), m_method);
    form->addRow(tr("Sent &by:"), m_sentBy);
    form->addRow(tr("&What it said:"), m_content);
    form->addRow(tr("Copy:"), copyRow);

    QDialogButtonBox* buttons =
        createButtons(QStringLiteral("recordNoticeSaveButton"), tr("Record the notice (Ctrl+S)"));
    saveButton()->setText(tr("&Record"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_due);
    layout->addWidget(banner());
    layout->addLayout(form, 1);
    layout->addWidget(PanelLabels::hint(
        tr("A notice is a record of what was done: it cannot be changed once recorded. A "
           "supplemental notice is recorded as another notice."),
        this));
    layout->addWidget(buttons);

    fillCoveredEntities();
    IncidentNotification start;
    start.incidentId = incidentId;
    start.sentOn = today;
    start.sentBy = program.actor();
    if (required) {
        start.recipient = required->recipient;
        start.jurisdiction = required->jurisdiction;
        start.counterpartyId = required->counterpartyId;
        const qint64 left = today.daysTo(required->dueOn);
        const QString standing =
            left < 0 ? tr("overdue by %n day(s)", nullptr, int(-left))
                     : (left == 0 ? tr("due today") : tr("%n day(s) left", nullptr, int(left)));
        m_due->setText(tr("%1: due by %2, %3.\n%4")
                           .arg(RequiredNoticeModel::recipientText(*required),
                                isoDate(required->dueOn), standing, required->basis));
    }
    m_due->setVisible(required.has_value());
    start.method = suggestedMethod(start.recipient);
    m_recipient->setCurrentIndex(m_recipient->findData(notificationRecipientKey(start.recipient)));
    m_jurisdiction->setText(start.jurisdiction);
    if (start.counterpartyId > 0)
        m_coveredEntity->setCurrentIndex(m_coveredEntity->findData(start.counterpartyId));
    m_sentOn->setDate(start.sentOn);
    m_method->setCurrentText(start.method);
    m_sentBy->setText(start.sentBy);
    recipientChanged();
    showCopy();
    m_baseline = candidate();

    connect(m_recipient, &QComboBox::currentIndexChanged, this, [this] {
        // The suggested way of sending follows the recipient until the user chose one.
        bool suggested = false;
        for (const NotificationRecipient recipient : allNotificationRecipients())
            suggested = suggested || m_method->currentText() == suggestedMethod(recipient);
        if (suggested)
            m_method->setCurrentText(suggestedMethod(candidate().recipient));
        recipientChanged();
        updateValidation();
    });
    connect(m_jurisdiction, &QLineEdit::textChanged, this,
            &RecordNotificationDialog::updateValidation);
    connect(m_coveredEntity, &QComboBox::currentIndexChanged, this,
            &RecordNotificationDialog::updateValidation);
    connect(m_sentOn, &RiskDateField::dateChanged, this,
            &RecordNotificationDialog::updateValidation);
    connect(m_method, &QComboBox::currentTextChanged, this,
            &RecordNotificationDialog::updateValidation);
    connect(m_sentBy, &QLineEdit::textChanged, this, &RecordNotificationDialog::updateValidation);
    connect(m_content, &QPlainTextEdit::textChanged, this,
            &RecordNotificationDialog::updateValidation);
    connect(m_attach, &QPushButton::clicked, this, &RecordNotificationDialog::chooseCopy);
    connect(m_removeCopy, &QPushButton::clicked, this, &RecordNotificationDialog::removeCopy);

    setTabOrder(m_recipient, m_jurisdiction);
    setTabOrder(m_jurisdiction, m_coveredEntity);
    setTabOrder(m_coveredEntity, m_sentOn);
    setTabOrder(m_sentOn, m_method);
    setTabOrder(m_method, m_sentBy);
    setTabOrder(m_sentBy, m_content);
    setTabOrder(m_content, m_attach);
    setTabOrder(m_attach, m_removeCopy);

    setWindowTitle(tr("Record Notice Sent \u2014 %1").arg(incidentReference(incidentId)));
    if (!lockedReason.isEmpty())
        lock(MessageBanner::Kind::Error, lockedReason);
    else
        updateValidation();
    if (required)
        m_sentOn->setFocus();
    else
        m_recipient->setFocus();
    setMinimumWidth(520);
    resize(600, sizeHint().height());
}

void RecordNotificationDialog::fillCoveredEntities()
{
    for (const qint64 id : m_incident.coveredEntityIds) {
        Result<Counterparty> party = m_program.counterparties().counterparty(id);
        m_coveredEntity->addItem(party ? party->name : tr("Counterparty #%1").arg(id), id);
    }
}

void RecordNotificationDialog::recipientChanged()
{
    const NotificationRecipient recipient = candidate().recipient;
    const bool perState = recipient == NotificationRecipient::Media ||
                          recipient == NotificationRecipient::StateAuthority;
    const bool coveredEntity = recipient == NotificationRecipient::CoveredEntity;
    m_jurisdiction->setVisible(perState);
    m_jurisdictionLabel->setVisible(perState);
    m_coveredEntity->setVisible(coveredEntity);
    m_coveredEntityLabel->setVisible(coveredEntity);
    if (coveredEntity && m_coveredEntity->count() == 0)
        m_coveredEntity->setPlaceholderText(tr("The incident names no covered entity"));
}

IncidentNotification RecordNotificationDialog::candidate() const
{
    IncidentNotification notice;
    notice.incidentId = m_incident.id;
    notice.recipient = notificationRecipientFromKey(m_recipient->currentData().toString())
                           .value_or(NotificationRecipient::Individuals);
    notice.jurisdiction = m_jurisdiction->text();
    notice.counterpartyId = m_coveredEntity->currentData().toLongLong();
    notice.sentOn = m_sentOn->date();
    notice.method = m_method->currentText();
    notice.sentBy = m_sentBy->text();
    notice.content = m_content->toPlainText();
    IncidentValidator::normalize(notice);
    return notice;
}

bool RecordNotificationDialog::isModified() const
{
    return !isLocked() && (candidate() != m_baseline || !m_fileName.isEmpty());
}

QStringList RecordNotificationDialog::problems() const
{
    return IncidentValidator::problems(candidate(), m_incident.discoveredOn,
                                       m_program.clock().today());
}

bool RecordNotificationDialog::canStore() const
{
    return m_program.isOpen() && !m_program.isReadOnly();
}

bool RecordNotificationDialog::attachCopy(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("%1 could not be read: %2").arg(name, file.errorString()));
    if (file.size() > StoredFileKeeper::maximumBytes)
        return refuse(tr("%1 is larger than %2 MB and was not attached.")
                          .arg(name)
                          .arg(StoredFileKeeper::maximumBytes / (1024 * 1024)));
    m_fileContent = file.readAll();
    m_fileName = name;
    showCopy();
    updateValidation();
    return true;
}

void RecordNotificationDialog::removeCopy()
{
    m_fileName.clear();
    m_fileContent.clear();
    showCopy();
    updateValidation();
}

void RecordNotificationDialog::chooseCopy()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a Copy of the Notice"),
                                                      start, tr("All files (*)"));
    if (!path.isEmpty())
        attachCopy(path);
}

void RecordNotificationDialog::showCopy()
{
    if (m_fileName.isEmpty())
        m_copyLabel->setText(tr("None attached (optional)"));
    else
        m_copyLabel->setText(
            tr("%1 (%2)").arg(m_fileName, QLocale().formattedDataSize(m_fileContent.size())));
    m_removeCopy->setVisible(!m_fileName.isEmpty());
}

bool RecordNotificationDialog::store()
{
    Result<IncidentNotification> stored = m_program.incidentNotifications().recordNotification(
        candidate(), m_fileName, m_fileContent);
    if (!stored)
        return refuse(tr("The notice was not recorded: %1").arg(stored.error().message));
    m_saved = *stored;
    return true;
}

QString RecordNotificationDialog::unsavedQuestion() const
{
    return tr("Record this notice before closing?");
}

} // namespace palisade::ui
