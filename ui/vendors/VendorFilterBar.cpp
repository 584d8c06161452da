#include "ui/vendors/VendorFilterBar.h"

#include "core/vendors/AgreementDirection.h"
#include "core/vendors/AgreementStatus.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace palisade::ui {

VendorFilterBar::VendorFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_attention(new QCheckBox(tr("Needs &attention only"), this))
    , m_clear(new QPushButton(tr("Clear Filters"), this))
    , m_count(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("vendorSearch"));
    m_search->setPlaceholderText(tr("Filter, including signed documents\u2019 text"));
    m_search->setToolTip(tr("Matches names, services, contacts, titles and notes, and the text "
                            "of every signed agreement kept in this file (Ctrl+F)"));
    m_search->setAccessibleName(tr("Filter counterparties and agreements"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);

    m_status->setObjectName(QStringLiteral("vendorStatusFilter"));
    m_status->setAccessibleName(tr("Agreement status"));
    m_status->setToolTip(tr("Agreements in this status, and the counterparties that have one"));
    m_status->addItem(tr("All statuses"), QString());
    for (const AgreementStatus status : allAgreementStatuses())
        m_status->addItem(agreementStatusLabel(status), agreementStatusKey(status));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_direction->setObjectName(QStringLiteral("vendorDirectionFilter"));
    m_direction->setAccessibleName(tr("Direction"));
    m_direction->setToolTip(tr("Upstream: covered entities we serve. Downstream: subcontractors "
                               "and other vendors we use."));
    m_direction->addItem(tr("Both directions"), QString());
    for (const AgreementDirection direction : allAgreementDirections())
        m_direction->addItem(agreementDirectionLabel(direction), agreementDirectionKey(direction));
    m_direction->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_attention->setObjectName(QStringLiteral("vendorAttentionOnly"));
    m_attention->setToolTip(tr("Only what appears on the due list: missing agreements, overdue "
                               "reviews, expiries, missing provisions, notice gaps"));
    m_clear->setObjectName(QStringLiteral("clearVendorFilters"));
    m_clear->setEnabled(false);
    m_count->setObjectName(QStringLiteral("vendorCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_direction);
    layout->addWidget(m_attention);
    layout->addWidget(m_clear);
    layout->addSpacing(6);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &VendorFilterBar::onChanged);
    for (QComboBox* combo : {m_status, m_direction})
        connect(combo, &QComboBox::currentIndexChanged, this, &VendorFilterBar::onChanged);
    connect(m_attention, &QCheckBox::toggled, this, &VendorFilterBar::onChanged);
    connect(m_clear, &QPushButton::clicked, this, &VendorFilterBar::clear);
}

QString VendorFilterBar::text() const
{
    return m_search->text();
}

QString VendorFilterBar::statusKey() const
{
    return m_status->currentData().toString();
}

QString VendorFilterBar::directionKey() const
{
    return m_direction->currentData().toString();
}

bool VendorFilterBar::attentionOnly() const
{
    return m_attention->isChecked();
}

bool VendorFilterBar::isFiltering() const
{
    return !text().trimmed().isEmpty() || !statusKey().isEmpty() || !directionKey().isEmpty() ||
           attentionOnly();
}

void VendorFilterBar::setText(const QString& text)
{
    m_search->setText(text);
}

void VendorFilterBar::setStatusKey(const QString& key)
{
    m_status->setCurrentIndex(std::max(0, m_status->findData(key)));
}

void VendorFilterBar::setDirectionKey(const QString& key)
{
    m_direction->setCurrentIndex(std::max(0, m_direction->findData(key)));
}

void VendorFilterBar::setAttentionOnly(bool only)
{
    m_attention->setChecked(only);
}

void VendorFilterBar::setCountText(const QString& text)
{
    m_count->setText(text);
}

void VendorFilterBar::clear()
{
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockStatus(m_status);
        const QSignalBlocker blockDirection(m_direction);
        const QSignalBlocker blockAttention(m_attention);
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_direction->setCurrentIndex(0);
        m_attention->setChecked(false);
    }
    onChanged();
}

void VendorFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void VendorFilterBar::onChanged()
{
    m_clear->setEnabled(isFiltering());
    emit filtersChanged();
}

} // namespace palisade::ui
