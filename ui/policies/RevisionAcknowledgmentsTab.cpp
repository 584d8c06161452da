#include "ui/policies/RevisionAcknowledgmentsTab.h"

#include "core/policies/PolicyRegister.h"
#include "core/program/Program.h"
#include "core/training/AcknowledgmentRegister.h"
#include "core/training/RevisionAcknowledgmentStatus.h"
#include "core/training/WorkforceRegister.h"
#include "core/util/Clock.h"
#include "ui/policies/AcknowledgmentDialog.h"
#include "ui/policies/AcknowledgmentStatusModel.h"
#include "ui/policies/PolicyLabels.h"
#include "ui/widgets/MessageBanner.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {

RevisionAcknowledgmentsTab::RevisionAcknowledgmentsTab(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_banner(new MessageBanner(this))
    , m_summary(new QLabel(this))
    , m_outstandingOnly(new QCheckBox(tr("Only those still to &acknowledge"), this))
    , m_model(new AcknowledgmentStatusModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_record(new QPushButton(tr("Record Ac&knowledgment\u2026"), this))
{
    m_summary->setObjectName(QStringLiteral("acknowledgmentSummary"));
    m_summary->setWordWrap(true);
    m_outstandingOnly->setObjectName(QStringLiteral("outstandingOnly"));
    m_record->setObjectName(QStringLiteral("recordAcknowledgment"));
    m_record->setToolTip(tr("Record that the selected people read and acknowledged this revision"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(AcknowledgmentStatusModel::OutstandingRole);
    m_table->setObjectName(QStringLiteral("acknowledgmentTable"));
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Acknowledgments"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(AcknowledgmentStatusModel::PersonColumn, QHeaderView::Stretch);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_outstandingOnly);
    bar->addStretch(1);
    bar->addWidget(m_record);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_outstandingOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_proxy->setFilterFixedString(only ? QStringLiteral("true") : QString());
        updateButton();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RevisionAcknowledgmentsTab::updateButton);
    connect(m_record, &QPushButton::clicked, this,
            &RevisionAcknowledgmentsTab::recordAcknowledgment);
    connect(&program.acknowledgments(), &AcknowledgmentRegister::acknowledgmentsChanged, this,
            &RevisionAcknowledgmentsTab::refresh);
    connect(&program.workforce(), &WorkforceRegister::peopleChanged, this,
            &RevisionAcknowledgmentsTab::refresh);
    updateButton();
}

bool RevisionAcknowledgmentsTab::acknowledgeable() const
{
    return m_revision && (m_revision->state == RevisionState::Approved ||
                          m_revision->state == RevisionState::Effective);
}

void RevisionAcknowledgmentsTab::showRevision(const std::optional<Policy>& policy,
                                              const std::optional<PolicyRevision>& revision)
{
    m_policy = policy;
    m_revision = revision;
    refresh();
}

void RevisionAcknowledgmentsTab::refresh()
{
    m_banner->clearMessage();
    QString title = tr("Acknowledgments");
    if (!m_policy || !m_revision || m_revision->state == RevisionState::Draft ||
        m_revision->state == RevisionState::InReview) {
        m_model->setRows({});
        m_summary->setText(
            m_revision ? tr("%1 is not approved yet. The workforce acknowledges a revision once it "
                            "is approved.")
                             .arg(PolicyLabels::revisionShort(m_revision->number))
                       : QString());
        m_table->setVisible(false);
        m_outstandingOnly->setVisible(false);
        m_record->setVisible(false);
        if (title != m_title)
            emit titleChanged(m_title = title);
        return;
    }
    m_table->setVisible(true);
    m_outstandingOnly->setVisible(true);
    m_record->setVisible(true);

    // A revision no longer in effect is judged on its last day.
    const QDate today = m_program.clock().today();
    const QDate asOf =
        !acknowledgeable() && m_revision->endedOn.isValid() ? m_revision->endedOn : today;
    Result<std::vector<Person>> people = m_program.workforce().people();
    Result<std::vector<PolicyAcknowledgment>> given =
        m_program.acknowledgments().acknowledgmentsFor(m_revision->id);
    if (!people || !given) {
        m_model->setRows({});
        m_summary->clear();
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The acknowledgments could not be read: %1")
                                  .arg(!people ? people.error().message : given.error().message));
        return;
    }
    const RevisionAcknowledgmentStatus status(*people, *given, asOf);
    const QString rev = PolicyLabels::revisionShort(m_revision->number);
    if (people->empty())
        m_summary->setText(tr("No one is on the workforce roster yet. Add people on the Training "
                              "page; then record here who has read and acknowledged %1.")
                               .arg(rev));
    else if (!acknowledgeable())
        m_summary->setText(tr("%1 was in effect until %2: %3 of %4 people on the workforce then "
                              "acknowledged it.")
                               .arg(rev, PolicyLabels::date(asOf))
                               .arg(status.acknowledgedCount())
                               .arg(status.expectedCount()));
    else if (status.outstandingCount() == 0)
        m_summary->setText(tr("Everyone on the workforce (%n person(s)) has acknowledged %1.",
                              nullptr, status.expectedCount())
                               .arg(rev));
    else
        m_summary->setText(tr("%1 of %2 people on the workforce have acknowledged %3; %n still "
                              "to. Select them and record their acknowledgment when they have "
                              "read it.",
                              nullptr, status.outstandingCount())
                               .arg(status.acknowledgedCount())
                               .arg(status.expectedCount())
                               .arg(rev));
    m_model->setRows(status.rows());
    if (status.expectedCount() > 0)
        title = tr("Acknowledgments (%1/%2)")
                    .arg(status.acknowledgedCount())
                    .arg(status.expectedCount());
    if (title != m_title)
        emit titleChanged(m_title = title);
    updateButton();
}

QString RevisionAcknowledgmentsTab::summaryText() const
{
    return m_summary->text();
}

void RevisionAcknowledgmentsTab::updateButton()
{
    bool any = false;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        any = any || index.data(AcknowledgmentStatusModel::OutstandingRole).toBool();
    m_record->setEnabled(acknowledgeable() && any);
}

void RevisionAcknowledgmentsTab::recordAcknowledgment()
{
    if (!acknowledgeable() || !m_policy)
        return;
    std::vector<Person> chosen;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.data(AcknowledgmentStatusModel::OutstandingRole).toBool())
            chosen.push_back(m_model->rowAt(source.row()).person);
    }
    if (chosen.empty())
        return;
    AcknowledgmentDialog dialog(m_program, PolicyRegister::revisionName(*m_policy, *m_revision),
                                *m_revision, std::move(chosen), this);
    dialog.exec();
}

} // namespace palisade::ui
