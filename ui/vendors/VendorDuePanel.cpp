#include "ui/vendors/VendorDuePanel.h"

#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "core/vendors/BaaDueList.h"
#include "core/vendors/BaaRegister.h"
#include "ui/vendors/VendorDueModel.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {

VendorDuePanel::VendorDuePanel(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_model(new VendorDueModel(this))
    , m_title(new QLabel(this))
    , m_asOf(new QDateEdit(this))
    , m_today(new QPushButton(tr("&Today"), this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("vendorDuePanel"));
    m_title->setObjectName(QStringLiteral("vendorDueTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto* asOfLabel = new QLabel(tr("As &of:"), this);
    asOfLabel->setBuddy(m_asOf);
    m_asOf->setObjectName(QStringLiteral("vendorDueAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setToolTip(tr("See what will be due on another day, e.g. before an audit"));
    m_asOf->setDate(program.clock().today());
    m_today->setObjectName(QStringLiteral("vendorDueToday"));
    m_today->setAutoDefault(false);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(asOfLabel);
    header->addWidget(m_asOf);
    header->addWidget(m_today);

    m_table->setObjectName(QStringLiteral("vendorDueTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // Findings are whole sentences; rows grow to show them rather than cut them.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Due list"));
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(VendorDueModel::DateColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(VendorDueModel::SubjectColumn, QHeaderView::Interactive);
    columns->resizeSection(VendorDueModel::SubjectColumn,
                           m_table->fontMetrics().averageCharWidth() * 44);
    columns->setSectionResizeMode(VendorDueModel::MessageColumn, QHeaderView::Stretch);

    m_empty->setObjectName(QStringLiteral("vendorNothingDue"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(12);

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    connect(m_asOf, &QDateEdit::dateChanged, this, &VendorDuePanel::reload);
    connect(m_today, &QPushButton::clicked, this, [this] { setAsOf(m_program.clock().today()); });
    connect(m_table, &QTableView::activated, this, &VendorDuePanel::openRow);
}

QDate VendorDuePanel::asOf() const
{
    return m_asOf->date();
}

void VendorDuePanel::setAsOf(const QDate& day)
{
    if (day == m_asOf->date())
        reload();
    else
        m_asOf->setDate(day);
}

bool VendorDuePanel::isShowingNothingDue() const
{
    return m_stack->currentIndex() == 1;
}

void VendorDuePanel::reload()
{
    if (!m_program.isOpen())
        return;
    const QDate day = asOf();
    Result<std::vector<BaaDueItem>> due = m_program.baas().due(day);
    if (!due) {
        m_model->setItems({});
        m_title->setText(tr("Due list"));
        m_empty->setText(tr("The due list could not be worked out: %1").arg(due.error().message));
        m_stack->setCurrentIndex(1);
        return;
    }
    m_model->setItems(std::move(due).value());
    const int total = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    if (total == 0)
        m_title->setText(tr("Due list: nothing due"));
    else if (overdue > 0)
        m_title->setText(tr("Due list: %n item(s), ", nullptr, total) +
                         tr("%n overdue or standing finding(s)", nullptr, overdue));
    else
        m_title->setText(tr("Due list: %n item(s)", nullptr, total));
    m_empty->setText(
        tr("Nothing due as of %1. Checked: every counterparty that shares PHI has an agreement in "
           "effect; no active agreement is past its expiration date; no review is due within %2 "
           "days and none expires within %3 days; every open agreement has its required "
           "provisions; no subcontractor may report a breach later than we must.")
            .arg(day.toString(Qt::ISODate))
            .arg(BaaDueList::reviewWindowDays)
            .arg(BaaDueList::expiryWindowDays));
    m_stack->setCurrentIndex(total == 0 ? 1 : 0);
}

void VendorDuePanel::openRow(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const qint64 agreementId = m_model->data(index, VendorDueModel::AgreementIdRole).toLongLong();
    if (agreementId > 0) {
        emit agreementRequested(agreementId);
        return;
    }
    emit counterpartyRequested(
        m_model->data(index, VendorDueModel::CounterpartyIdRole).toLongLong());
}

} // namespace palisade::ui
