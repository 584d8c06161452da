#include "ui/incidents/StateRulesDialog.h"

#include "core/incidents/BreachNotificationRules.h"
#include "core/incidents/StateRuleRegister.h"
#include "core/program/Program.h"
#include "ui/incidents/StateRuleDialog.h"
#include "ui/incidents/StateRuleTableModel.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PanelLabels.h"
#include "ui/widgets/RecordDeletion.h"
#include "ui/widgets/RecordTable.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {

StateRulesDialog::StateRulesDialog(Program& program, QWidget* parent)
    : QDialog(parent)
    , m_program(program)
    , m_model(new StateRuleTableModel(this))
    , m_banner(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(tr("&Add\u2026"), this))
    , m_edit(new QPushButton(tr("&Edit\u2026"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("stateRulesDialog"));
    setWindowTitle(tr("State Breach-Notice Rules"));

    auto* intro = PanelLabels::hint(
        tr("Besides HIPAA's notices, many States require their own notice to a State authority "
           "when enough of their residents are affected. Each rule here adds that notice, with "
           "its deadline, to every breach affecting at least that many residents of the State. "
           "Florida's rule ships with the program: notice to the Department of Legal Affairs "
           "within 30 days when 500 or more Floridians are affected (Fla. Stat. \u00a7 "
           "501.171(3)). Add the States you serve; check each against the statute, since "
           "States change their laws."),
        this);
    intro->setObjectName(QStringLiteral("stateRulesIntro"));

    m_table->setObjectName(QStringLiteral("stateRuleTable"));
    m_table->setAccessibleName(tr("State rules"));
    RecordTable::setUp(m_table, m_model, StateRuleTableModel::JurisdictionColumn);
    m_table->setSortingEnabled(false);
    RecordTable::fitColumns(m_table, StateRuleTableModel::AuthorityColumn);
    m_table->horizontalHeader()->setSectionResizeMode(StateRuleTableModel::NotesColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(StateRuleTableModel::NotesColumn,
                                               m_table->fontMetrics().averageCharWidth() * 24);

    m_empty->setObjectName(QStringLiteral("stateRulesEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("No State rule is on file, so breaches call for HIPAA's notices only. "
                        "Use \u201c" "Add\u2026\u201d for each State whose law asks for a notice "
                        "to its authority."));

    m_add->setObjectName(QStringLiteral("addStateRuleButton"));
    m_add->setAutoDefault(false);
    m_edit->setObjectName(QStringLiteral("editStateRuleButton"));
    m_edit->setAutoDefault(false);
    m_delete->setObjectName(QStringLiteral("deleteStateRuleButton"));
    m_delete->setAutoDefault(false);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_edit);
    rowButtons->addWidget(m_delete);
    rowButtons->addStretch(1);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(close);

    connect(m_add, &QPushButton::clicked, this, &StateRulesDialog::addRule);
    connect(m_edit, &QPushButton::clicked, this, &StateRulesDialog::editSelected);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(true); });
    connect(m_table, &QTableView::activated, this, &StateRulesDialog::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StateRulesDialog::updateButtons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&program.stateRules(), &StateRuleRegister::stateRulesChanged, this,
            &StateRulesDialog::reload);
    reload();
    m_table->setFocus();
    resize(860, 460);
}

void StateRulesDialog::reload()
{
    const qint64 selected = selectedRuleId();
    if (Result<std::vector<StateNotificationRule>> rules = m_program.stateRules().stateRules()) {
        m_model->setRules(std::move(rules).value());
    } else {
        m_model->setRules({});
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("The State rules could not be read: %1").arg(rules.error().message));
    }
    m_table->setVisible(m_model->rowCount() > 0);
    m_empty->setVisible(m_model->rowCount() == 0);
    if (!selectRule(selected) && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

bool StateRulesDialog::selectRule(qint64 id)
{
    const int row = m_model->rowForId(id);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

qint64 StateRulesDialog::selectedRuleId() const
{
    return m_table->currentIndex().data(StateRuleTableModel::RuleIdRole).toLongLong();
}

void StateRulesDialog::updateButtons()
{
    const bool writable = m_program.isOpen() && !m_program.isReadOnly();
    const bool selected = selectedRuleId() != 0;
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && selected);
    m_delete->setEnabled(writable && selected);
}

void StateRulesDialog::addRule()
{
    StateRuleDialog dialog(m_program, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectRule(dialog.savedRule().id);
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("The rule for %1 is saved.").arg(dialog.savedRule().jurisdiction));
}

void StateRulesDialog::editSelected()
{
    const int row = m_model->rowForId(selectedRuleId());
    if (row < 0 || !m_edit->isEnabled())
        return;
    StateRuleDialog dialog(m_program, m_model->ruleAt(row), this);
    if (dialog.exec() == QDialog::Accepted)
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("The rule for %1 is saved.").arg(dialog.savedRule().jurisdiction));
}

bool StateRulesDialog::deleteSelected(bool ask)
{
    const int row = m_model->rowForId(selectedRuleId());
    if (row < 0)
        return false;
    const StateNotificationRule rule = m_model->ruleAt(row);
    if (ask && !RecordDeletion::confirm(
                   this, QStringLiteral("confirmDeleteStateRule"), tr("Delete State Rule"),
                   tr("Delete the rule for %1? Breaches will no longer call for a notice to %2. "
                      "The audit trail keeps the rule.")
                       .arg(rule.jurisdiction, rule.authority)))
        return false;
    return RecordDeletion::report(m_banner, m_program.stateRules().removeStateRule(rule.id),
                                  tr("The rule for %1 was deleted.").arg(rule.jurisdiction));
}

} // namespace palisade::ui
