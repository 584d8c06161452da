#include "ui/session/WizardFilePage.h"

#include "ui/widgets/MessageBanner.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace palisade::ui {
namespace {
const QString suffix = QStringLiteral(".palisade");

QString withSuffix(const QString& path)
{
    if (path.isEmpty() || path.endsWith(suffix, Qt::CaseInsensitive))
        return path;
    return path + suffix;
}
} // namespace

WizardFilePage::WizardFilePage(QWidget* parent)
    : QWizardPage(parent)
    , m_defaultFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
{
    setTitle(tr("Program File"));
    setSubTitle(tr("Everything you record is kept in this one encrypted file. Back it up like any "
                   "important document."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePathEdit"));
    registerField(QStringLiteral("filePath*"), m_path);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));

    auto* label = new QLabel(tr("&Save the program file as:"), this);
    label->setBuddy(m_path);

    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);

    m_banner = new MessageBanner(this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_banner);
    layout->addStretch();

    connect(m_browse, &QPushButton::clicked, this, &WizardFilePage::browse);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEditedByUser = true; });
    connect(m_path, &QLineEdit::textChanged, this, &WizardFilePage::updateProblem);
}

QString WizardFilePage::sanitizedFileName(const QString& organization)
{
    QString name = organization;
    // Characters that are invalid or awkward in file names on Windows, macOS or Linux.
    static const QRegularExpression unsafe(QStringLiteral("[\\x00-\\x1f<>:\"/\\\\|?*]+"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    name.replace(unsafe, QStringLiteral(" "));
    name.replace(spaces, QStringLiteral(" "));
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char('.')))
        name =
            name.startsWith(QLatin1Char('.')) ? name.mid(1).trimmed() : name.chopped(1).trimmed();
    name.truncate(80);
    name = name.trimmed();
    return name.isEmpty() ? QStringLiteral("Palisade") : name;
}

QString WizardFilePage::suggestedPath(const QString& organization) const
{
    return QDir(m_defaultFolder).filePath(sanitizedFileName(organization) + suffix);
}

QString WizardFilePage::filePath() const
{
    const QString text = m_path->text().trimmed();
    if (text.isEmpty())
        return {};
    return QDir::cleanPath(
        QFileInfo(withSuffix(QDir::fromNativeSeparators(text))).absoluteFilePath());
}

void WizardFilePage::initializePage()
{
    if (!m_pathEditedByUser || m_path->text().trimmed().isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(
            suggestedPath(field(QStringLiteral("organization")).toString())));
        m_pathEditedByUser = false;
    }
    updateProblem();
}

QString WizardFilePage::problem() const
{
    const QString path = filePath();
    if (path.isEmpty())
        return tr("Choose where to save the program file.");
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return tr("This is a folder. Add a file name, such as “%1”.")
            .arg(sanitizedFileName(field(QStringLiteral("organization")).toString()) + suffix);
    if (info.exists())
        return tr("A file named “%1” already exists in this folder. Palisade never overwrites a "
                  "file; "
                  "choose another name or folder.")
            .arg(info.fileName());
    const QFileInfo folder(info.absolutePath());
    if (folder.exists() && !folder.isDir())
        return tr("“%1” is a file, not a folder.")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    return {};
}

bool WizardFilePage::isComplete() const
{
    return problem().isEmpty();
}

bool WizardFilePage::validatePage()
{
    updateProblem();
    return isComplete();
}

void WizardFilePage::updateProblem()
{
    // An empty path only disables Next; a message for it would nag before the user typed.
    const QString text = m_path->text().trimmed().isEmpty() ? QString() : problem();
    if (text.isEmpty())
        m_banner->clearMessage();
    else
        m_banner->showMessage(MessageBanner::Kind::Warning, text);
    emit completeChanged();
}

void WizardFilePage::browse()
{
    const QString start = filePath().isEmpty()
                              ? suggestedPath(field(QStringLiteral("organization")).toString())
                              : filePath();
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save Program File As"), start,
                                                        tr("Palisade program files (*.palisade)"),
                                                        nullptr, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    m_pathEditedByUser = true;
    m_path->setText(QDir::toNativeSeparators(withSuffix(chosen)));
}

} // namespace palisade::ui
