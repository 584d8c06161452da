#include "ui/retention/RetentionFilterBar.h"

#include "core/retention/RetentionRules.h"
#include "core/retention/RetentionStatus.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <algorithm>

namespace palisade::ui {

RetentionFilterBar::RetentionFilterBar(const QDate& today, QWidget* parent)
    : QWidget(parent)
    , m_today(today)
    , m_asOf(new QDateEdit(today, this))
    , m_todayButton(new QToolButton(this))
    , m_status(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_clear(new QPushButton(tr("Clear Filters"), this))
    , m_count(new QLabel(this))
{
    auto* asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    m_asOf->setObjectName(QStringLiteral("retentionAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setToolTip(tr("The day each record's status is worked out for. A later day shows "
                          "what becomes eligible for disposal; records are disposed of only up "
                          "to today."));
    m_asOf->setAccessibleName(tr("Statuses as of"));
    m_todayButton->setObjectName(QStringLiteral("retentionAsOfToday"));
    m_todayButton->setText(tr("Today"));
    m_todayButton->setToolTip(tr("Show the statuses as of today"));

    m_status->setObjectName(QStringLiteral("retentionStatusFilter"));
    m_status->setAccessibleName(tr("Retention status"));
    m_status->addItem(tr("All statuses"), QString());
    for (const RetentionStatus status : allRetentionStatuses())
        m_status->addItem(retentionStatusLabel(status), retentionStatusKey(status));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_type->setObjectName(QStringLiteral("retentionTypeFilter"));
    m_type->setAccessibleName(tr("Record type"));
    m_type->addItem(tr("All record types"), QString());
    for (const RetentionRule& rule : RetentionRules::all()) {
        // Audit events are kept in the audit trail, not listed as records here.
        if (rule.disposable)
            m_type->addItem(rule.label, rule.recordType);
    }
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_search->setObjectName(QStringLiteral("retentionSearch"));
    m_search->setPlaceholderText(tr("Filter records"));
    m_search->setToolTip(tr("Matches the record, its type, its status and its hold reason "
                            "(Ctrl+F)"));
    m_search->setAccessibleName(tr("Filter records"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);

    m_clear->setObjectName(QStringLiteral("clearRetentionFilters"));
    m_clear->setEnabled(false);
    m_count->setObjectName(QStringLiteral("retentionCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(asOfLabel);
    layout->addWidget(m_asOf);
    layout->addWidget(m_todayButton);
    layout->addSpacing(8);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_type);
    layout->addWidget(m_clear);
    layout->addSpacing(6);
    layout->addWidget(m_count);

    connect(m_asOf, &QDateEdit::dateChanged, this, [this](const QDate& day) {
        m_todayButton->setEnabled(day != m_today);
        emit asOfChanged(day);
    });
    connect(m_todayButton, &QToolButton::clicked, this, [this] { setAsOf(m_today); });
    connect(m_search, &QLineEdit::textChanged, this, &RetentionFilterBar::onChanged);
    for (QComboBox* combo : {m_status, m_type})
        connect(combo, &QComboBox::currentIndexChanged, this, &RetentionFilterBar::onChanged);
    connect(m_clear, &QPushButton::clicked, this, &RetentionFilterBar::clear);
    m_todayButton->setEnabled(false);
}

QDate RetentionFilterBar::asOf() const
{
    return m_asOf->date();
}

QString RetentionFilterBar::statusKey() const
{
    return m_status->currentData().toString();
}

QString RetentionFilterBar::recordType() const
{
    return m_type->currentData().toString();
}

QString RetentionFilterBar::text() const
{
    return m_search->text();
}

bool RetentionFilterBar::isFiltering() const
{
    return !text().trimmed().isEmpty() || !statusKey().isEmpty() || !recordType().isEmpty();
}

void RetentionFilterBar::setAsOf(const QDate& day)
{
    m_asOf->setDate(day);
}

void RetentionFilterBar::setToday(const QDate& today)
{
    if (today == m_today)
        return;
    const bool following = asOf() == m_today;
    m_today = today;
    if (following)
        setAsOf(today);
    m_todayButton->setEnabled(asOf() != m_today);
}

void RetentionFilterBar::setStatusKey(const QString& key)
{
    m_status->setCurrentIndex(std::max(0, m_status->findData(key)));
}

void RetentionFilterBar::setRecordType(const QString& recordType)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(recordType)));
}

void RetentionFilterBar::setText(const QString& text)
{
    m_search->setText(text);
}

void RetentionFilterBar::setCountText(const QString& text)
{
    m_count->setText(text);
}

void RetentionFilterBar::clear()
{
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockStatus(m_status);
        const QSignalBlocker blockType(m_type);
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_type->setCurrentIndex(0);
    }
    onChanged();
}

void RetentionFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RetentionFilterBar::onChanged()
{
    m_clear->setEnabled(isFiltering());
    emit filtersChanged();
}

} // namespace palisade::ui
