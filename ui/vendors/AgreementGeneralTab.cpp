#include "ui/vendors/AgreementGeneralTab.h"

#include "ui/risk/RiskEditorText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {

AgreementGeneralTab::AgreementGeneralTab(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_counterparty(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_direction(new QComboBox(this))
    , m_flows(new QListWidget(this))
    , m_status(new QComboBox(this))
    , m_permittedUses(RiskEditorText::multiLine(this, 3))
    , m_notes(RiskEditorText::multiLine(this, 3))
{
    m_counterparty->setObjectName(QStringLiteral("agreementCounterparty"));
    m_counterparty->setAccessibleName(tr("Counterparty"));
    m_title->setObjectName(QStringLiteral("agreementTitle"));
    m_title->setPlaceholderText(tr("e.g. Business Associate Agreement with Lakeside Clinic"));
    m_direction->setObjectName(QStringLiteral("agreementDirection"));
    for (const AgreementDirection direction : allAgreementDirections())
        m_direction->addItem(agreementDirectionLabel(direction), agreementDirectionKey(direction));
    m_direction->setToolTip(tr("Upstream: we are the business associate of a covered entity (or "
                               "of another business associate). Downstream: the subcontractor is "
                               "our business associate."));
    m_flows->setObjectName(QStringLiteral("agreementFlowsDownFrom"));
    m_flows->setAccessibleName(tr("Upstream agreements this one flows down from"));
    m_flows->setToolTip(tr("The upstream agreements whose terms this subcontractor agreement "
                           "must pass on (164.504(e)(5), 164.314(a)(2)(iii)). With none ticked, it "
                           "is compared with every upstream agreement in effect."));
    m_flows->setMaximumHeight(m_flows->fontMetrics().lineSpacing() * 5 + 8);
    m_status->setObjectName(QStringLiteral("agreementStatus"));
    for (const AgreementStatus status : allAgreementStatuses())
        m_status->addItem(agreementStatusLabel(status), agreementStatusKey(status));
    m_permittedUses->setObjectName(QStringLiteral("agreementPermittedUses"));
    m_permittedUses->setPlaceholderText(
        tr("e.g. Coding, billing and claims follow-up on the clinic's behalf"));
    m_notes->setObjectName(QStringLiteral("agreementNotes"));

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(tr("&Counterparty:"), m_counterparty);
    m_form->addRow(tr("&Title:"), m_title);
    m_form->addRow(tr("&Direction:"), m_direction);
    m_form->addRow(tr("&Flows down from:"), m_flows);
    m_form->addRow(tr("&Status:"), m_status);
    m_form->addRow(tr("&Permitted uses:"), m_permittedUses);
    m_form->addRow(tr("&Notes:"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);

    connect(m_counterparty, &QComboBox::currentIndexChanged, this, [this] {
        followCounterparty();
        emit edited();
    });
    connect(m_title, &QLineEdit::textChanged, this, &AgreementGeneralTab::edited);
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] {
        updateFlowsRow();
        emit edited();
    });
    connect(m_flows, &QListWidget::itemChanged, this, &AgreementGeneralTab::edited);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        emit statusChanged();
        emit edited();
    });
    for (QPlainTextEdit* edit : {m_permittedUses, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, &AgreementGeneralTab::edited);
    updateFlowsRow();
}

void AgreementGeneralTab::setCounterparties(const std::vector<Counterparty>& counterparties)
{
    const QSignalBlocker quiet(m_counterparty);
    const QVariant current = m_counterparty->currentData();
    m_counterparty->clear();
    m_relationships.clear();
    m_counterparty->addItem(tr("Choose a counterparty\u2026"), qint64(0));
    for (const Counterparty& counterparty : counterparties) {
        m_counterparty->addItem(
            tr("%1 (%2)").arg(counterparty.name,
                              counterpartyRelationshipLabel(counterparty.relationship)),
            counterparty.id);
        m_relationships.insert(counterparty.id, counterparty.relationship);
    }
    m_counterparty->setCurrentIndex(std::max(0, m_counterparty->findData(current)));
}

void AgreementGeneralTab::setUpstreamAgreements(const std::vector<Agreement>& upstreams,
                                                const QHash<qint64, QString>& names)
{
    const std::vector<qint64> ticked = flowsDownFrom();
    const QSignalBlocker quiet(m_flows);
    m_flows->clear();
    for (const Agreement& upstream : upstreams) {
        auto* item = new QListWidgetItem(tr("%1 %2 (%3, %4)")
                                             .arg(agreementReference(upstream.id), upstream.title,
                                                  names.value(upstream.counterpartyId),
                                                  agreementStatusLabel(upstream.status)),
                                         m_flows);
        item->setData(Qt::UserRole, upstream.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const bool on = std::find(ticked.begin(), ticked.end(), upstream.id) != ticked.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    if (upstreams.empty()) {
        auto* item = new QListWidgetItem(tr("No upstream agreements recorded yet."), m_flows);
        item->setFlags(Qt::NoItemFlags);
    }
}

void AgreementGeneralTab::setStoredStatus(std::optional<AgreementStatus> stored)
{
    auto* items = qobject_cast<QStandardItemModel*>(m_status->model());
    if (!items)
        return;
    for (int row = 0; row < m_status->count(); ++row) {
        const std::optional<AgreementStatus> status =
            agreementStatusFromKey(m_status->itemData(row).toString());
        const bool allowed = !stored || !status || *status == *stored ||
                             agreementStatusChangeAllowed(*stored, *status);
        if (QStandardItem* item = items->item(row))
            item->setEnabled(allowed);
    }
}

void AgreementGeneralTab::load(const Agreement& agreement)
{
    m_loading = true;
    {
        const QSignalBlocker a(m_counterparty);
        const QSignalBlocker b(m_direction);
        const QSignalBlocker c(m_status);
        const QSignalBlocker d(m_flows);
        const QSignalBlocker e(m_title);
        const QSignalBlocker f(m_permittedUses);
        const QSignalBlocker g(m_notes);
        m_counterparty->setCurrentIndex(
            std::max(0, m_counterparty->findData(agreement.counterpartyId)));
        m_title->setText(agreement.title);
        m_direction->setCurrentIndex(
            std::max(0, m_direction->findData(agreementDirectionKey(agreement.direction))));
        m_status->setCurrentIndex(
            std::max(0, m_status->findData(agreementStatusKey(agreement.status))));
        for (int row = 0; row < m_flows->count(); ++row) {
            QListWidgetItem* item = m_flows->item(row);
            if (!(item->flags() & Qt::ItemIsUserCheckable))
                continue;
            const qint64 id = item->data(Qt::UserRole).toLongLong();
            const bool on =
                std::find(agreement.flowsDownFrom.begin(), agreement.flowsDownFrom.end(), id) !=
                agreement.flowsDownFrom.end();
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
        m_permittedUses->setPlainText(agreement.permittedUses);
        m_notes->setPlainText(agreement.notes);
    }
    m_loading = false;
    updateFlowsRow();
}

void AgreementGeneralTab::apply(Agreement& agreement) const
{
    agreement.counterpartyId = m_counterparty->currentData().toLongLong();
    agreement.title = m_title->text();
    agreement.direction = direction();
    agreement.status = status();
    agreement.flowsDownFrom = agreement.direction == AgreementDirection::Downstream
                                  ? flowsDownFrom()
                                  : std::vector<qint64>{};
    agreement.permittedUses = m_permittedUses->toPlainText();
    agreement.notes = m_notes->toPlainText();
}

void AgreementGeneralTab::setReadOnly(bool readOnly)
{
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_counterparty, m_direction, m_status, m_flows})
        widget->setEnabled(!readOnly);
    m_title->setReadOnly(readOnly);
    m_permittedUses->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
}

AgreementStatus AgreementGeneralTab::status() const
{
    return agreementStatusFromKey(m_status->currentData().toString())
        .value_or(AgreementStatus::Draft);
}

AgreementDirection AgreementGeneralTab::direction() const
{
    return agreementDirectionFromKey(m_direction->currentData().toString())
        .value_or(AgreementDirection::Upstream);
}

std::vector<qint64> AgreementGeneralTab::flowsDownFrom() const
{
    std::vector<qint64> ids;
    for (int row = 0; row < m_flows->count(); ++row) {
        const QListWidgetItem* item = m_flows->item(row);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            ids.push_back(item->data(Qt::UserRole).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool AgreementGeneralTab::isFlowsRowVisible() const
{
    return direction() == AgreementDirection::Downstream;
}

void AgreementGeneralTab::followCounterparty()
{
    if (m_loading)
        return;
    // The counterparty decides the direction in nearly every case: a covered
    // entity's agreement runs upstream, a subcontractor's downstream.
    const qint64 id = m_counterparty->currentData().toLongLong();
    const auto found = m_relationships.constFind(id);
    if (found == m_relationships.constEnd())
        return;
    const AgreementDirection direction = *found == CounterpartyRelationship::CoveredEntity
                                             ? AgreementDirection::Upstream
                                             : AgreementDirection::Downstream;
    m_direction->setCurrentIndex(
        std::max(0, m_direction->findData(agreementDirectionKey(direction))));
}

void AgreementGeneralTab::updateFlowsRow()
{
    m_form->setRowVisible(m_flows, direction() == AgreementDirection::Downstream);
}

} // namespace palisade::ui
