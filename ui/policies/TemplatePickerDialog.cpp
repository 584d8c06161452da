#include "ui/policies/TemplatePickerDialog.h"

#include "core/catalog/SecurityRuleCatalog.h"
#include "core/policies/PolicyRegister.h"
#include "core/policies/PolicyTemplateLibrary.h"
#include "core/program/Program.h"
#include "ui/risk/RiskEditorText.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace palisade::ui {
namespace {

constexpr int KeyRole = Qt::UserRole + 1;

QString placeholder()
{
    return QStringLiteral("[Organization]");
}

} // namespace

TemplatePickerDialog::TemplatePickerDialog(Program& program, QWidget* parent)
    : QDialog(parent)
    , m_program(program)
    , m_banner(new MessageBanner(this))
    , m_list(new QTreeWidget(this))
    , m_preview(new QTextBrowser(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_all(new QPushButton(tr("Select &All"), this))
    , m_none(new QPushButton(tr("Select &None"), this))
    , m_adopt(nullptr)
{
    setObjectName(QStringLiteral("templatePicker"));
    setWindowTitle(tr("Adopt Starter Policies"));
    const QString organization = program.profile().organization;
    auto* intro = new QLabel(
        tr("Tick the starter policies to add to the library. Each becomes a policy with its text "
           "as draft revision 1, with \u201c%1\u201d in place of %2: read it, adapt it to how "
           "you work, then submit it for approval.")
            .arg(organization, placeholder()),
        this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Starter policies"));
    m_list->setAlternatingRowColors(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Code"), tr("Title"), tr("Category")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->setMinimumWidth(420);
    m_title->setObjectName(QStringLiteral("templateTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_details->setObjectName(QStringLiteral("templateDetails"));
    m_details->setWordWrap(true);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_all->setObjectName(QStringLiteral("selectAllTemplates"));
    m_all->setAutoDefault(false);
    m_none->setObjectName(QStringLiteral("selectNoTemplates"));
    m_none->setAutoDefault(false);

    auto* listPart = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPart);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    auto* selection = new QHBoxLayout;
    selection->addWidget(m_all);
    selection->addWidget(m_none);
    selection->addStretch(1);
    listLayout->addLayout(selection);
    auto* previewPart = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewPart);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_title);
    previewLayout->addWidget(m_details);
    previewLayout->addWidget(m_preview, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPart);
    splitter->addWidget(previewPart);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_adopt = buttons->button(QDialogButtonBox::Ok);
    m_adopt->setObjectName(QStringLiteral("adoptTemplatesButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &TemplatePickerDialog::adopt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_all, &QPushButton::clicked, this, &TemplatePickerDialog::selectAll);
    connect(m_none, &QPushButton::clicked, this, &TemplatePickerDialog::selectNone);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TemplatePickerDialog::showSelected);
    connect(m_list, &QTreeWidget::itemChanged, this, &TemplatePickerDialog::updateState);

    load();
    m_list->setFocus();
    resize(1000, 660);
}

void TemplatePickerDialog::load()
{
    Result<PolicyTemplateLibrary> library = PolicyTemplateLibrary::load();
    Result<std::vector<Policy>> existing = m_program.policies().policies();
    if (!library || !existing) {
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("The starter policies could not be read: %1")
                .arg(!library ? library.error().message : existing.error().message));
        updateState();
        return;
    }
    QSet<QString> codes;
    for (const Policy& policy : *existing)
        codes.insert(policy.code.toCaseFolded());
    m_templates = library->templates();
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const PolicyTemplate& found : m_templates) {
        const QString category = policyCategoryLabel(
            policyCategoryFromKey(found.category).value_or(PolicyCategory::Security));
        auto* item = new QTreeWidgetItem(m_list, {found.code, found.title, category});
        item->setData(0, KeyRole, found.key);
        if (codes.contains(found.code.toCaseFolded())) {
            item->setText(1, tr("%1 \u2014 already in the library").arg(found.title));
            item->setFlags(Qt::ItemIsSelectable);
            item->setCheckState(0, Qt::Unchecked);
            item->setToolTip(
                1, tr("The library already has a policy with the code %1").arg(found.code));
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Checked);
        }
    }
    if (!m_templates.empty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
    updateState();
}

QStringList TemplatePickerDialog::checkedKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = m_list->topLevelItem(row);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState(0) == Qt::Checked)
            keys << item->data(0, KeyRole).toString();
    }
    return keys;
}

void TemplatePickerDialog::setChecked(const QString& key, bool checked)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        if (item->data(0, KeyRole).toString() == key && (item->flags() & Qt::ItemIsUserCheckable))
            item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    }
}

void TemplatePickerDialog::selectAll()
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->flags() & Qt::ItemIsUserCheckable)
            m_list->topLevelItem(row)->setCheckState(0, Qt::Checked);
    }
}

void TemplatePickerDialog::selectNone()
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->flags() & Qt::ItemIsUserCheckable)
            m_list->topLevelItem(row)->setCheckState(0, Qt::Unchecked);
    }
}

void TemplatePickerDialog::showSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= int(m_templates.size())) {
        m_preview->clear();
        m_title->clear();
        m_details->clear();
        return;
    }
    const PolicyTemplate& shown = m_templates[size_t(row)];
    m_title->setText(tr("%1  %2").arg(shown.code, shown.title));
    m_details->setText(tr("Review every %n month(s) \u00b7 Approved by: %1 \u00b7 Cites: %2",
                          nullptr, shown.reviewMonths)
                           .arg(shown.approvalRoles.join(QStringLiteral(", ")),
                                shown.citations.join(QStringLiteral(", "))));
    m_preview->setMarkdown(
        QString(shown.body).replace(placeholder(), m_program.profile().organization));
}

void TemplatePickerDialog::updateState()
{
    const int checked = int(checkedKeys().size());
    m_adopt->setText(checked == 0 ? tr("&Adopt") : tr("&Adopt %n Policy(ies)", nullptr, checked));
    m_adopt->setEnabled(checked > 0 && !m_program.isReadOnly());
    int open = 0;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        open += (m_list->topLevelItem(row)->flags() & Qt::ItemIsUserCheckable) ? 1 : 0;
    m_all->setEnabled(open > 0);
    m_none->setEnabled(checked > 0);
}

QString TemplatePickerDialog::adoptOne(const PolicyTemplate& found)
{
    Policy policy;
    policy.code = found.code;
    policy.title = found.title;
    policy.category =
        policyCategoryFromKey(found.category).value_or(PolicyCategory::Administrative);
    policy.owner = m_program.profile().officerName;
    policy.reviewCycleMonths = found.reviewMonths;
    policy.requiredApprovalRoles = found.approvalRoles;
    policy.templateKey = found.key;
    // The Privacy and Breach Notification Rules are cited in the text; the
    // policy links only what the Security Rule catalog holds.
    for (const QString& citation : found.citations) {
        if (m_program.catalog().contains(citation))
            policy.citations << citation;
    }
    QString body = found.body;
    body.replace(placeholder(), m_program.profile().organization);
    Result<Policy> added = m_program.policies().add(policy, body);
    return added ? QString() : tr("%1: %2").arg(found.code, added.error().message);
}

bool TemplatePickerDialog::adopt()
{
    if (m_program.isReadOnly())
        return false;
    const QStringList keys = checkedKeys();
    QStringList refused;
    {
        const BusyCursor busy;
        for (const PolicyTemplate& found : m_templates) {
            if (!keys.contains(found.key))
                continue;
            const QString problem = adoptOne(found);
            if (problem.isEmpty())
                ++m_adopted;
            else
                refused << problem;
        }
    }
    if (!refused.isEmpty()) {
        // Those adopted now show as already in the library.
        load();
        RiskEditorText::showProblems(
            m_banner, MessageBanner::Kind::Error,
            tr("%n policy(ies) adopted; these were not:\n%1", nullptr, m_adopted), refused);
        return false;
    }
    accept();
    return m_adopted > 0;
}

} // namespace palisade::ui
