#include "ui/evidence/PackInfoDialog.h"

#include "ui/evidence/PackViewerDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace palisade::ui {

PackInfoDialog::PackInfoDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_text(new QLabel(this))
    , m_facts(new QFormLayout)
    , m_fileNote(new QLabel(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_showInFolder(new QPushButton(tr("Show in &Folder"), this))
    , m_close(new QPushButton(tr("&Close"), this))
{
    setObjectName(QStringLiteral("packInfoDialog"));
    setWindowTitle(title);

    m_headline->setObjectName(QStringLiteral("packInfoHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    m_text->setObjectName(QStringLiteral("packInfoText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileNote->setObjectName(QStringLiteral("packInfoFileNote"));
    m_fileNote->setWordWrap(true);
    m_fileNote->setForegroundRole(QPalette::PlaceholderText);
    m_fileNote->hide();
    m_facts->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_facts->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_facts->setVerticalSpacing(4);

    m_open->setObjectName(QStringLiteral("packOpenButton"));
    m_open->setToolTip(tr("Show the PDF in Palisade"));
    m_showInFolder->setObjectName(QStringLiteral("packShowInFolderButton"));
    m_showInFolder->setToolTip(tr("Open the folder that holds the PDF"));
    m_close->setObjectName(QStringLiteral("packCloseButton"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_showInFolder, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_open->hide();
    m_showInFolder->hide();
    m_close->setDefault(true);

    auto* textColumn = new QVBoxLayout;
    textColumn->setSpacing(6);
    textColumn->addWidget(m_headline);
    textColumn->addWidget(m_text);
    auto* top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addLayout(textColumn, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addLayout(m_facts);
    layout->addWidget(m_fileNote);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &PackInfoDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &PackInfoDialog::openFile);
    connect(m_showInFolder, &QPushButton::clicked, this, &PackInfoDialog::showInFolder);
    setMinimumWidth(600);
}

void PackInfoDialog::setHeadline(Tone tone, const QString& headline, const QString& text)
{
    m_tone = tone;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (tone) {
    case Tone::Success:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case Tone::Information:
        break;
    case Tone::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case Tone::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    m_headline->setText(headline);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
}

void PackInfoDialog::setFacts(const PackText::Facts& facts)
{
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    const QString shaLabel = PackText::tr("SHA-256:");
    const QString noteLabel = PackText::tr("Note:");
    for (const auto& [label, value] : facts) {
        auto* field = new QLabel(value, this);
        field->setTextFormat(Qt::PlainText);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setObjectName(QStringLiteral("packFact"));
        field->setAccessibleName(label);
        if (label == shaLabel)
            field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        // Paths and hashes do not break at spaces, so values keep their lines
        // and the dialog widens; only the user's own note is wrapped, at a
        // width it is then given in full.
        if (label == noteLabel) {
            field->setWordWrap(true);
            const int width = fontMetrics().averageCharWidth() * 60;
            field->setMinimumWidth(width);
            field->setMinimumHeight(field->heightForWidth(width));
        }
        m_facts->addRow(label, field);
    }
}

void PackInfoDialog::setFile(const QString& path, const QString& missing)
{
    const bool exists = !path.isEmpty() && QFileInfo(path).isFile();
    m_path = exists ? QFileInfo(path).absoluteFilePath() : QString();
    m_open->setVisible(exists);
    m_showInFolder->setVisible(exists);
    m_fileNote->setText(missing);
    m_fileNote->setVisible(!exists && !missing.isEmpty());
}

QString PackInfoDialog::headline() const
{
    return m_headline->text();
}

QString PackInfoDialog::text() const
{
    return m_text->text();
}

QString PackInfoDialog::fact(const QString& label) const
{
    for (int row = 0; row < m_facts->rowCount(); ++row) {
        auto* name = qobject_cast<QLabel*>(m_facts->itemAt(row, QFormLayout::LabelRole)->widget());
        auto* value = qobject_cast<QLabel*>(m_facts->itemAt(row, QFormLayout::FieldRole)->widget());
        if (name && value && name->text() == label)
            return value->text();
    }
    return {};
}

void PackInfoDialog::openFile()
{
    if (m_path.isEmpty())
        return;
    // The viewer outlives this dialog, which is often closed right after.
    QWidget* owner = parentWidget() ? parentWidget() : this;
    if (const QString problem = PackViewerDialog::openWindow(m_path, owner); !problem.isEmpty())
        QMessageBox::warning(this, tr("Evidence Pack Not Opened"), problem);
}

void PackInfoDialog::showInFolder()
{
    if (m_path.isEmpty())
        return;
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        QMessageBox::warning(
            this, tr("Folder Not Opened"),
            tr("The folder %1 could not be opened here. The PDF is %2.")
                .arg(QDir::toNativeSeparators(folder), QDir::toNativeSeparators(m_path)));
}

} // namespace palisade::ui
