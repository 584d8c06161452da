#include "ui/policies/PolicyEditorDialog.h"

#include "core/policies/PolicyRegister.h"
#include "core/policies/PolicyValidator.h"
#include "core/program/Program.h"
#include "ui/risk/RiskCitationPicker.h"
#include "ui/widgets/EditableRows.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {

PolicyEditorDialog::PolicyEditorDialog(Program& program, std::optional<qint64> policyId,
                                       QWidget* parent)
    : RecordEditorDialog({tr("To save this policy:\n%1"), tr("The policy was not saved:\n%1"),
                          tr("Unsaved Changes"), tr("Save")},
                         parent)
    , m_program(program)
    , m_tabs(new QTabWidget(this))
    , m_code(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_owner(new QLineEdit(this))
    , m_cycle(new QSpinBox(this))
    , m_roles(new QStandardItemModel(0, 1, this))
    , m_roleTable(new QTableView(this))
    , m_addRole(new QPushButton(tr("&Add Role"), this))
    , m_removeRole(new QPushButton(tr("Re&move Role"), this))
    , m_citations(new RiskCitationPicker(program.catalog(), this))
{
    setObjectName(QStringLiteral("policyEditor"));
    m_citations->setObjectName(QStringLiteral("policyCitations"));
    m_citations->setNothingTickedText(tr("No citations ticked. Link the Security Rule standards "
                                         "and implementation specifications this policy "
                                         "meets."));
    m_tabs->setObjectName(QStringLiteral("policyEditorTabs"));
    m_tabs->addTab(buildDetails(), tr("Policy"));
    m_tabs->addTab(m_citations, tr("Security Rule"));

    QDialogButtonBox* buttons =
        createButtons(QStringLiteral("savePolicyButton"), tr("Save the policy (Ctrl+S)"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(m_addRole, &QPushButton::clicked, this, &PolicyEditorDialog::addRole);
    connect(m_removeRole, &QPushButton::clicked, this, &PolicyEditorDialog::removeSelectedRoles);
    commitEditsOf(m_roleTable);

    QString lockedReason;
    MessageBanner::Kind lockedKind = MessageBanner::Kind::Information;
    bool locked = false; // unreadable or retired: nothing to save
    if (policyId) {
        Result<Policy> stored = program.policies().policy(*policyId);
        if (stored) {
            load(*stored);
            if (stored->isRetired()) {
                locked = true;
                lockedReason = tr("%1 was retired on %2 and is kept as it was.")
                                   .arg(stored->code, stored->retiredOn.toString(Qt::ISODate));
            }
        } else {
            locked = true;
            m_original.id = *policyId;
            lockedKind = MessageBanner::Kind::Error;
            lockedReason = tr("The policy could not be read: %1").arg(stored.error().message);
        }
    } else {
        load(Policy{});
    }
    setLocked(locked);
    m_baseline = candidate();

    for (QLineEdit* edit : {m_code, m_title, m_owner})
        connect(edit, &QLineEdit::textChanged, this, &PolicyEditorDialog::updateValidation);
    connect(m_category, &QComboBox::currentIndexChanged, this,
            &PolicyEditorDialog::updateValidation);
    connect(m_cycle, &QSpinBox::valueChanged, this, &PolicyEditorDialog::updateValidation);
    connect(m_roles, &QAbstractItemModel::dataChanged, this, &PolicyEditorDialog::updateValidation);
    connect(m_roles, &QAbstractItemModel::rowsRemoved, this, &PolicyEditorDialog::updateValidation);
    connect(m_citations, &RiskCitationPicker::citationsChanged, this,
            &PolicyEditorDialog::updateValidation);
    connect(m_roleTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_removeRole->setEnabled(m_roleTable->selectionModel()->hasSelection()); });
    m_removeRole->setEnabled(false);

    setWindowTitle(isNew() ? tr("New Policy") : tr("%1 \u2014 Policy").arg(m_original.code));
    if (locked)
        lock(lockedKind, lockedReason);
    else
        updateValidation();
    m_code->setFocus();
    setMinimumSize(560, 520);
    resize(680, 600);
}

QWidget* PolicyEditorDialog::buildDetails()
{
    m_code->setObjectName(QStringLiteral("policyCode"));
    m_code->setPlaceholderText(tr("e.g. SEC-004"));
    m_code->setMaxLength(PolicyValidator::maximumCodeLength);
    m_title->setObjectName(QStringLiteral("policyTitle"));
    m_title->setPlaceholderText(tr("e.g. Workstation and Device Use"));
    m_category->setObjectName(QStringLiteral("policyCategory"));
    for (const PolicyCategory category : allPolicyCategories())
        m_category->addItem(policyCategoryLabel(category), policyCategoryKey(category));
    m_owner->setObjectName(QStringLiteral("policyOwner"));
    m_owner->setPlaceholderText(tr("Who keeps it current, e.g. Security Officer"));
    m_cycle->setObjectName(QStringLiteral("policyReviewCycle"));
    m_cycle->setRange(1, PolicyValidator::maximumReviewCycleMonths);
    m_cycle->setSuffix(tr(" months"));
    m_cycle->setToolTip(tr("The next review falls this long after the revision in effect was "
                           "approved. HIPAA asks for periodic review; yearly is usual."));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Cate&gory:"), m_category);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Review every:"), m_cycle);

    auto* rolesTitle = new QLabel(tr("Required approvals"), this);
    QFont bold = rolesTitle->font();
    bold.setBold(true);
    rolesTitle->setFont(bold);
    auto* rolesHint = new QLabel(tr("Each revision is approved once every role below has signed "
                                    "off. With no role listed, one approval is enough."),
                                 this);
    rolesHint->setWordWrap(true);
    rolesHint->setForegroundRole(QPalette::PlaceholderText);

    m_roles->setHorizontalHeaderLabels({tr("Role")});
    m_roleTable->setObjectName(QStringLiteral("policyApprovalRoles"));
    m_roleTable->setModel(m_roles);
    m_roleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_roleTable->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
        QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_roleTable->verticalHeader()->hide();
    m_roleTable->horizontalHeader()->setStretchLastSection(true);
    m_roleTable->setTabKeyNavigation(false);
    m_roleTable->setAccessibleName(tr("Required approval roles"));
    m_roleTable->setMinimumHeight(m_roleTable->verticalHeader()->defaultSectionSize() * 4);
    m_addRole->setObjectName(QStringLiteral("addRoleButton"));
    m_addRole->setAutoDefault(false);
    m_removeRole->setObjectName(QStringLiteral("removeRoleButton"));
    m_removeRole->setAutoDefault(false);
    auto* roleButtons = new QHBoxLayout;
    roleButtons->addWidget(m_addRole);
    roleButtons->addWidget(m_removeRole);
    roleButtons->addStretch(1);

    auto* details = new QWidget(this);
    auto* layout = new QVBoxLayout(details);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(rolesTitle);
    layout->addWidget(rolesHint);
    layout->addWidget(m_roleTable, 1);
    layout->addLayout(roleButtons);
    return details;
}

void PolicyEditorDialog::load(const Policy& policy)
{
    m_original = policy;
    m_code->setText(policy.code);
    m_title->setText(policy.title);
    m_category->setCurrentIndex(
        std::max(0, m_category->findData(policyCategoryKey(policy.category))));
    m_owner->setText(policy.owner);
    m_cycle->setValue(policy.reviewCycleMonths);
    m_roles->removeRows(0, m_roles->rowCount());
    for (const QString& role : policy.requiredApprovalRoles)
        m_roles->appendRow(new QStandardItem(role));
    m_citations->setCitations(policy.citations);
}

Policy PolicyEditorDialog::candidate() const
{
    Policy policy = m_original;
    policy.code = m_code->text();
    policy.title = m_title->text();
    policy.category = policyCategoryFromKey(m_category->currentData().toString())
                          .value_or(PolicyCategory::Security);
    policy.owner = m_owner->text();
    policy.reviewCycleMonths = m_cycle->value();
    policy.requiredApprovalRoles.clear();
    for (int row = 0; row < m_roles->rowCount(); ++row) {
        const QString role = m_roles->item(row)->text().simplified();
        if (!role.isEmpty())
            policy.requiredApprovalRoles << role;
    }
    policy.citations = m_citations->citations();
    PolicyValidator::normalize(policy);
    return policy;
}

bool PolicyEditorDialog::isModified() const
{
    return !isLocked() && candidate() != m_baseline;
}

QStringList PolicyEditorDialog::problems() const
{
    return m_program.policies().problems(candidate());
}

bool PolicyEditorDialog::canStore() const
{
    return !m_program.isReadOnly();
}

bool PolicyEditorDialog::store()
{
    Result<Policy> stored =
        isNew() ? m_program.policies().add(candidate()) : m_program.policies().update(candidate());
    if (!stored)
        return refuse(tr("The policy was not saved: %1").arg(stored.error().message));
    m_saved = *stored;
    return true;
}

void PolicyEditorDialog::addRole()
{
    m_roles->appendRow(new QStandardItem());
    EditableRows::editNew(m_roleTable, m_roles->index(m_roles->rowCount() - 1, 0));
}

void PolicyEditorDialog::removeSelectedRoles()
{
    EditableRows::removeSelected(m_roleTable);
}

QString PolicyEditorDialog::unsavedQuestion() const
{
    return isNew() ? tr("Save this new policy before closing?")
                   : tr("Save the changes to %1 before closing?").arg(m_original.code);
}

} // namespace palisade::ui
