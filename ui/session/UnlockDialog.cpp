#include "ui/session/UnlockDialog.h"

#include "core/program/FailedUnlockLog.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "core/util/SecretBuffer.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PassphraseLineEdit.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace palisade::ui {

UnlockDialog::UnlockDialog(const QString& path, FailedUnlockLog& failures, const Clock& clock,
                           QWidget* parent)
    : QDialog(parent)
    , m_failures(failures)
    , m_clock(clock)
{
    setWindowTitle(tr("Unlock — Palisade"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/palisade.svg")));

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/palisade.svg")).pixmap(56, 56));
    logo->setAlignment(Qt::AlignTop);

    auto* heading = new QLabel(tr("Unlock Program File"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_fileName = new QLabel(this);
    m_fileName->setObjectName(QStringLiteral("fileNameLabel"));
    m_fileName->setTextFormat(Qt::PlainText);
    QFont nameFont = m_fileName->font();
    nameFont.setBold(true);
    m_fileName->setFont(nameFont);
    m_fileName->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_folder = new QLabel(this);
    m_folder->setObjectName(QStringLiteral("folderLabel"));
    m_folder->setTextFormat(Qt::PlainText);
    m_folder->setWordWrap(true);
    m_folder->setForegroundRole(QPalette::PlaceholderText);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* headerText = new QVBoxLayout;
    headerText->setSpacing(2);
    headerText->addWidget(heading);
    headerText->addSpacing(4);
    headerText->addWidget(m_fileName);
    headerText->addWidget(m_folder);

    auto* header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addLayout(headerText, 1);

    auto* passphraseLabel = new QLabel(tr("&Passphrase:"), this);
    m_passphrase = new PassphraseLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("unlockPassphraseEdit"));
    m_passphrase->setMinimumWidth(320);
    passphraseLabel->setBuddy(m_passphrase);

    m_banner = new MessageBanner(this);

    m_waitLabel = new QLabel(this);
    m_waitLabel->setObjectName(QStringLiteral("waitLabel"));
    m_waitLabel->setWordWrap(true);
    m_waitLabel->hide();

    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_openOther = new QPushButton(tr("&Open Other…"), this);
    m_openOther->setObjectName(QStringLiteral("openOtherButton"));
    m_openOther->setAutoDefault(false);
    m_createNew = new QPushButton(tr("Create &New…"), this);
    m_createNew->setObjectName(QStringLiteral("createNewButton"));
    m_createNew->setAutoDefault(false);
    auto* quit = new QPushButton(tr("&Quit"), this);
    quit->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openOther);
    buttons->addWidget(m_createNew);
    buttons->addStretch(1);
    buttons->addWidget(quit);
    buttons->addWidget(m_unlock);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addWidget(passphraseLabel);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_banner);
    layout->addWidget(m_waitLabel);
    layout->addStretch(1);
    layout->addSpacing(6);
    layout->addLayout(buttons);

    m_waitTimer.setInterval(1000);
    connect(&m_waitTimer, &QTimer::timeout, this, &UnlockDialog::tick);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockDialog::tryUnlock);
    connect(quit, &QPushButton::clicked, this, &UnlockDialog::reject);
    connect(m_openOther, &QPushButton::clicked, this, &UnlockDialog::openOther);
    connect(m_createNew, &QPushButton::clicked, this, &UnlockDialog::createNewRequested);
    connect(m_passphrase, &QLineEdit::textChanged, this, &UnlockDialog::updateUnlockButton);

    setMinimumWidth(520);
    setPath(path);
    m_passphrase->setFocus();
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::setPath(const QString& path)
{
    m_path = QFileInfo(path).absoluteFilePath();
    m_passphrase->wipe();
    m_banner->clearMessage();
    updateFileLabels();

    if (!QFileInfo::exists(m_path)) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("There is no program file at this location. Open another file or "
                                 "create a new one."));
    }

    // A restart must not skip the wait earned by earlier wrong passphrases.
    const std::vector<QDateTime> failures = m_failures.failures(m_path);
    int wait = 0;
    if (!failures.empty()) {
        const qint64 since = failures.back().secsTo(m_clock.nowUtc());
        wait = int(std::max<qint64>(0, FailedUnlockLog::waitSeconds(int(failures.size())) -
                                           std::max<qint64>(0, since)));
    }
    startWait(wait);
    emit pathChanged(m_path);
}

void UnlockDialog::updateFileLabels()
{
    const QFileInfo info(m_path);
    m_fileName->setText(info.fileName());
    m_folder->setText(tr("in %1").arg(QDir::toNativeSeparators(info.absolutePath())));
    m_fileName->setToolTip(QDir::toNativeSeparators(m_path));
}

QString UnlockDialog::messageText() const
{
    return m_banner->text();
}

std::unique_ptr<Program> UnlockDialog::takeProgram()
{
    return std::move(m_program);
}

void UnlockDialog::updateUnlockButton()
{
    m_unlock->setEnabled(m_waitRemaining <= 0 && !m_passphrase->text().isEmpty());
}

void UnlockDialog::startWait(int seconds)
{
    m_waitRemaining = std::max(0, seconds);
    if (m_waitRemaining > 0) {
        m_waitTimer.start();
        m_waitLabel->show();
    } else {
        m_waitTimer.stop();
        m_waitLabel->hide();
    }
    m_waitLabel->setText(m_waitRemaining == 1
                             ? tr("Too many wrong passphrases. You can try again in 1 second.")
                             : tr("Too many wrong passphrases. You can try again in %1 seconds.")
                                   .arg(m_waitRemaining));
    updateUnlockButton();
}

void UnlockDialog::tick()
{
    startWait(m_waitRemaining - 1);
    if (m_waitRemaining == 0)
        m_passphrase->setFocus();
}

void UnlockDialog::tryUnlock()
{
    if (m_waitRemaining > 0 || m_passphrase->text().isEmpty())
        return;

    Program::UnlockOptions options;
    options.failedAttempts = m_failures.failures(m_path);
    Result<std::unique_ptr<Program>> result = [&] {
        BusyCursor busy;
        SecretBuffer passphrase = m_passphrase->secret();
        m_passphrase->wipe();
        return Program::unlock(m_path, passphrase, options, m_clock);
    }();

    if (!result) {
        const Error& error = result.error();
        if (error.kind == ErrorKind::Unlock) {
            m_failures.recordFailure(m_path, m_clock.nowUtc());
            m_banner->showMessage(MessageBanner::Kind::Error, error.message);
            startWait(FailedUnlockLog::waitSeconds(int(m_failures.failures(m_path).size())));
        } else {
            m_banner->showMessage(MessageBanner::Kind::Error, error.text());
        }
        m_passphrase->setFocus();
        return;
    }

    m_failures.clear(m_path);
    m_banner->clearMessage();
    m_program = std::move(result).value();
    emit unlocked();
    accept();
}

void UnlockDialog::openOther()
{
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Open Program File"), QFileInfo(m_path).absolutePath(),
        tr("Palisade program files (*.palisade);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

} // namespace palisade::ui
