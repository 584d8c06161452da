#include "ui/evidence/ExportPackDialog.h"

#include "core/evidence/EvidencePackRegister.h"
#include "core/io/ExportTarget.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "core/util/IsoDate.h"
#include "ui/evidence/PackPeriodPreset.h"
#include "ui/risk/RiskEditorText.h"
#include "ui/widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace palisade::ui {
namespace {

constexpr int customPreset = -1;

QDateEdit* dateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setMaximumDate(QDate(2999, 12, 31));
    // Room for the whole date beside the popup arrow, in any style.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88")) + 48);
    return edit;
}

} // namespace

ExportPackDialog::ExportPackDialog(Program& program, QWidget* parent)
    : QDialog(parent)
    , m_program(program)
    , m_preset(new QComboBox(this))
    , m_from(dateEdit(this))
    , m_to(dateEdit(this))
    , m_preparedFor(new QLineEdit(this))
    , m_preparedBy(new QLineEdit(program.actor(), this))
    , m_note(RiskEditorText::multiLine(this, 3))
    , m_paper(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("B&rowse\u2026"), this))
    , m_bundle(new QCheckBox(tr("Also save a b&undle beside it: a zip with the PDF, a manifest "
                                "and the attachments (signed agreements, evidence, policy "
                                "texts)"),
                             this))
    , m_bundleFile(new QLabel(this))
    , m_problems(new MessageBanner(this))
    , m_export(nullptr)
{
    setObjectName(QStringLiteral("exportPackDialog"));
    setWindowTitle(tr("Export Evidence Pack"));

    auto* intro = new QLabel(tr("The pack shows the program as it stood on the last day of the "
                                "period and what happened within it. Its SHA-256 is recorded in "
                                "the audit trail, so the file can be verified later."),
                             this);
    intro->setWordWrap(true);

    m_preparedFor->setObjectName(QStringLiteral("packPreparedFor"));
    m_preparedFor->setPlaceholderText(tr("The auditor or client, e.g. Harbor Audit Partners LLP"));
    m_preparedBy->setObjectName(QStringLiteral("packPreparedBy"));
    m_note->setObjectName(QStringLiteral("packNote"));
    m_note->setPlaceholderText(tr("Optional, printed on the cover"));
    m_paper->setObjectName(QStringLiteral("packPaper"));
    for (const PackPaper paper : allPackPapers())
        m_paper->addItem(packPaperLabel(paper), int(paper));
    m_paper->setCurrentIndex(m_paper->findData(int(defaultPaper(QLocale()))));
    m_path->setObjectName(QStringLiteral("packPath"));
    m_browse->setObjectName(QStringLiteral("packBrowse"));
    m_browse->setAutoDefault(false);
    m_problems->setObjectName(QStringLiteral("packProblems"));
    m_bundle->setObjectName(QStringLiteral("packBundle"));
    m_bundleFile->setObjectName(QStringLiteral("packBundleFile"));
    m_bundleFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bundleFile->setWordWrap(true);
    m_bundleFile->setEnabled(false);

    auto* pathRow = new QHBoxLayout;
    pathRow->setSpacing(6);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Prepared f&or:"), m_preparedFor);
    form->addRow(tr("Prepared &by:"), m_preparedBy);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Paper:"), m_paper);
    auto* pathLabel = new QLabel(tr("Save &as:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto* bundleColumn = new QVBoxLayout;
    bundleColumn->setSpacing(2);
    bundleColumn->addWidget(m_bundle);
    bundleColumn->addWidget(m_bundleFile);
    form->addRow(QString(), bundleColumn);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_export = buttons->button(QDialogButtonBox::Ok);
    m_export->setText(tr("&Export"));
    m_export->setObjectName(QStringLiteral("packExportButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(buildPeriod());
    layout->addWidget(buildSections());
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExportPackDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportPackDialog::reject);
    connect(m_preset, &QComboBox::activated, this, &ExportPackDialog::applyPreset);
    connect(m_from, &QDateEdit::dateChanged, this, &ExportPackDialog::onPeriodEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &ExportPackDialog::onPeriodEdited);
    for (const auto& [section, box] : m_sections)
        connect(box, &QCheckBox::toggled, this, &ExportPackDialog::updateState);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathChosen = true; });
    connect(m_path, &QLineEdit::textChanged, this, &ExportPackDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, &ExportPackDialog::browse);
    connect(m_bundle, &QCheckBox::toggled, this, &ExportPackDialog::updateState);

    // Tab follows the form from top to bottom, the sections before the names.
    QList<QWidget*> order{m_preset, m_from, m_to};
    for (const PackSection section : allPackSections())
        order << m_sections.at(section);
    order << m_preparedFor << m_preparedBy << m_note << m_paper << m_path << m_browse;
    for (qsizetype index = 1; index < order.size(); ++index)
        setTabOrder(order.at(index - 1), order.at(index));

    m_preset->setCurrentIndex(m_preset->findData(int(PackPeriodPreset::Id::LastTwelveMonths)));
    applyPreset(m_preset->currentIndex());
    updateState();
    m_preparedFor->setFocus();
    resize(620, sizeHint().height());
}

QWidget* ExportPackDialog::buildPeriod()
{
    auto* box = new QGroupBox(tr("Period"), this);
    m_preset->setObjectName(QStringLiteral("packPreset"));
    m_preset->addItem(tr("Custom period"), customPreset);
    for (const PackPeriodPreset::Id id : PackPeriodPreset::all())
        m_preset->addItem(PackPeriodPreset::label(id), int(id));
    m_from->setObjectName(QStringLiteral("packFrom"));
    m_to->setObjectName(QStringLiteral("packTo"));

    auto* presetLabel = new QLabel(tr("Pre&set:"), box);
    presetLabel->setBuddy(m_preset);
    auto* fromLabel = new QLabel(tr("&From:"), box);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), box);
    toLabel->setBuddy(m_to);

    auto* row = new QHBoxLayout(box);
    row->setSpacing(8);
    row->addWidget(presetLabel);
    row->addWidget(m_preset);
    row->addSpacing(12);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    row->addStretch(1);
    return box;
}

QWidget* ExportPackDialog::buildSections()
{
    auto* box = new QGroupBox(tr("Sections"), this);
    auto* grid = new QGridLayout(box);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(4);
    const auto sections = allPackSections();
    const int perColumn = int(sections.size() + 1) / 2;
    int index = 0;
    for (const PackSection section : sections) {
        auto* check = new QCheckBox(packSectionTitle(section), box);
        check->setObjectName(QStringLiteral("packSection_%1").arg(packSectionKey(section)));
        check->setChecked(true);
        m_sections.emplace(section, check);
        grid->addWidget(check, index % perColumn, index / perColumn);
        ++index;
    }
    return box;
}

QCheckBox* ExportPackDialog::sectionBox(PackSection section) const
{
    const auto it = m_sections.find(section);
    return it == m_sections.end() ? nullptr : it->second;
}

PackPaper ExportPackDialog::defaultPaper(const QLocale& locale)
{
    const QLocale::Territory territory = locale.territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada ? PackPaper::Letter
                                                                              : PackPaper::A4;
}

QString ExportPackDialog::defaultFileName(const QDate& from, const QDate& to)
{
    return QStringLiteral("evidence-pack-%1-%2.pdf").arg(isoDate(from), isoDate(to));
}

void ExportPackDialog::setPeriod(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ExportPackDialog::setFilePath(const QString& path)
{
    m_pathChosen = true;
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ExportPackDialog::filePath() const
{
    const QString text = m_path->text().trimmed();
    return text.isEmpty() ? QString() : QDir::fromNativeSeparators(text);
}

QString ExportPackDialog::bundlePathFor(const QString& pdfPath)
{
    if (pdfPath.isEmpty())
        return {};
    const QFileInfo pdf(pdfPath);
    QString name = pdf.fileName();
    if (name.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        name.chop(4);
    return QDir(pdf.path()).filePath(name + QStringLiteral(".zip"));
}

QString ExportPackDialog::bundlePath() const
{
    return m_bundle->isChecked() ? bundlePathFor(filePath()) : QString();
}

PackRequest ExportPackDialog::request() const
{
    PackRequest request;
    request.from = m_from->date();
    request.to = m_to->date();
    for (const PackSection section : allPackSections()) {
        if (m_sections.at(section)->isChecked())
            request.sections.push_back(section);
    }
    request.preparedFor = m_preparedFor->text().simplified();
    request.preparedBy = m_preparedBy->text().simplified();
    request.note = m_note->toPlainText().trimmed();
    request.paper = PackPaper(m_paper->currentData().toInt());
    return request;
}

QStringList ExportPackDialog::problems() const
{
    QStringList found = EvidencePackRegister::problems(request());
    if (m_program.isReadOnly())
        found << tr("The program file is open read-only; an export is recorded in it.");
    const QString path = filePath();
    if (path.isEmpty())
        found << tr("Choose where to save the PDF.");
    else if (Result<void> target = ExportTarget::check(path, OverwritePolicy::Replace); !target)
        found << target.error().message;
    else if (const QString zip = bundlePath(); !zip.isEmpty()) {
        if (Result<void> bundle = ExportTarget::check(zip, OverwritePolicy::Replace); !bundle)
            found << bundle.error().message;
    }
    return found;
}

void ExportPackDialog::applyPreset(int index)
{
    const int id = m_preset->itemData(index).toInt();
    if (id == customPreset)
        return;
    const auto [from, to] =
        PackPeriodPreset::range(PackPeriodPreset::Id(id), m_program.clock().today());
    m_applyingPreset = true;
    setPeriod(from, to);
    m_applyingPreset = false;
    onPeriodEdited();
}

void ExportPackDialog::onPeriodEdited()
{
    if (m_applyingPreset)
        return;
    const std::optional<PackPeriodPreset::Id> preset =
        PackPeriodPreset::matching(m_from->date(), m_to->date(), m_program.clock().today());
    m_preset->setCurrentIndex(m_preset->findData(preset ? int(*preset) : customPreset));
    if (!m_pathChosen) {
        QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (!QFileInfo(folder).isDir())
            folder = QDir::homePath();
        m_path->setText(QDir::toNativeSeparators(
            QDir(folder).filePath(defaultFileName(m_from->date(), m_to->date()))));
    }
    updateState();
}

void ExportPackDialog::browse()
{
    QString chosen = QFileDialog::getSaveFileName(this, tr("Save Evidence Pack As"), filePath(),
                                                  tr("PDF documents (*.pdf)"), nullptr,
                                                  QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += QStringLiteral(".pdf");
    setFilePath(chosen);
}

void ExportPackDialog::updateBundleFile()
{
    const QString zip = bundlePathFor(filePath());
    m_bundleFile->setText(zip.isEmpty() ? QString()
                                        : tr("Bundle: %1").arg(QDir::toNativeSeparators(zip)));
    m_bundleFile->setEnabled(m_bundle->isChecked());
}

void ExportPackDialog::updateState()
{
    updateBundleFile();
    const QStringList found = problems();
    if (!RiskEditorText::showProblems(m_problems, MessageBanner::Kind::Warning,
                                      tr("Before the pack can be exported:\n%1"), found))
        m_problems->clearMessage();
    m_export->setEnabled(found.isEmpty());
    // The banner's wrapped lines need more height than the layout's minimum
    // allows for; the dialog grows to show them whole.
    if (isVisible() && layout()) {
        layout()->activate();
        if (height() < sizeHint().height())
            resize(width(), sizeHint().height());
    }
}

void ExportPackDialog::accept()
{
    if (!m_export->isEnabled())
        return;
    m_overwrite = OverwritePolicy::Refuse;
    QStringList existing;
    for (const QString& path : {filePath(), bundlePath()}) {
        if (!path.isEmpty() && QFileInfo::exists(path))
            existing << QDir::toNativeSeparators(path);
    }
    if (!existing.isEmpty()) {
        const QString question =
            existing.size() == 1
                ? tr("%1 already exists. Replace it with the new evidence pack?").arg(existing[0])
                : tr("%1 and %2 already exist. Replace them with the new evidence pack and "
                     "bundle?")
                      .arg(existing[0], existing[1]);
        QMessageBox ask(QMessageBox::Warning, tr("Replace File?"), question, QMessageBox::Cancel,
                        this);
        ask.setObjectName(QStringLiteral("packReplaceQuestion"));
        QPushButton* replace = ask.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != replace) {
            m_path->setFocus(Qt::OtherFocusReason);
            m_path->selectAll();
            return;
        }
        m_overwrite = OverwritePolicy::Replace;
    }
    QDialog::accept();
}

} // namespace palisade::ui
