#include "ui/risk/RiskFilterBar.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>

namespace palisade::ui {
namespace {

// Status choices beyond the single statuses: risks still being worked.
const QString openStatuses = QStringLiteral("open");

} // namespace

RiskFilterBar::RiskFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("&Overdue only"), this))
    , m_clear(new QPushButton(tr("Clear Filters"), this))
    , m_cellChip(new QFrame(this))
    , m_cellLabel(new QLabel(m_cellChip))
    , m_cellClear(new QToolButton(m_cellChip))
    , m_count(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("riskSearch"));
    m_search->setPlaceholderText(tr("Search risks\u2026"));
    m_search->setToolTip(tr("Matches the reference, title, description, owner, threat and "
                            "vulnerability (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search risks"));
    m_search->setMinimumWidth(160);

    const auto setUpCombo = [](QComboBox* combo, const QString& name, const QString& accessible,
                               int length) {
        combo->setObjectName(name);
        combo->setAccessibleName(accessible);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(length);
    };
    setUpCombo(m_status, QStringLiteral("statusFilter"), tr("Status"), 13);
    setUpCombo(m_owner, QStringLiteral("ownerFilter"), tr("Owner"), 12);
    setUpCombo(m_level, QStringLiteral("levelFilter"), tr("Level"), 13);

    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(tr("Open (not accepted or closed)"), openStatuses);
    for (const RiskStatus status : allRiskStatuses())
        m_status->addItem(riskStatusLabel(status), riskStatusKey(status));
    m_status->view()->setMinimumWidth(m_status->view()->sizeHintForColumn(0) + 24);

    m_owner->addItem(tr("All owners"), QString());

    m_level->setToolTip(tr("The residual level where it has been rated, otherwise the inherent "
                           "level"));
    m_level->addItem(tr("Any level"), QString());
    const auto levels = allRiskLevels();
    for (auto it = levels.rbegin(); it != levels.rend(); ++it) {
        if (*it == RiskLevel::VeryLow)
            break;
        const QString label = *it == RiskLevel::VeryHigh
                                  ? riskLevelLabel(*it)
                                  : tr("%1 or higher").arg(riskLevelLabel(*it));
        m_level->addItem(label, riskLevelKey(*it));
    }
    m_level->view()->setMinimumWidth(m_level->view()->sizeHintForColumn(0) + 24);

    m_overdue->setObjectName(QStringLiteral("overdueOnly"));
    m_overdue->setToolTip(tr("Risks past their due date, reassessment or acceptance expiry, or "
                             "with overdue tasks"));
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setEnabled(false);

    m_cellChip->setObjectName(QStringLiteral("heatMapCellChip"));
    m_cellChip->setFrameShape(QFrame::StyledPanel);
    m_cellChip->setAutoFillBackground(true);
    m_cellChip->setBackgroundRole(QPalette::AlternateBase);
    m_cellLabel->setObjectName(QStringLiteral("heatMapCellLabel"));
    m_cellLabel->setTextFormat(Qt::PlainText);
    m_cellClear->setObjectName(QStringLiteral("heatMapCellClear"));
    m_cellClear->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_cellClear->setAutoRaise(true);
    m_cellClear->setToolTip(tr("Show risks from every heat-map cell"));
    m_cellClear->setAccessibleName(tr("Clear the heat-map cell filter"));
    auto* chipLayout = new QHBoxLayout(m_cellChip);
    chipLayout->setContentsMargins(8, 1, 1, 1);
    chipLayout->setSpacing(2);
    chipLayout->addWidget(m_cellLabel);
    chipLayout->addWidget(m_cellClear);
    m_cellChip->hide();

    m_count->setObjectName(QStringLiteral("riskCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_owner);
    layout->addWidget(m_level);
    layout->addWidget(m_overdue);
    layout->addWidget(m_cellChip);
    layout->addWidget(m_clear);
    layout->addSpacing(6);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &RiskFilterBar::onChanged);
    for (QComboBox* combo : {m_status, m_owner, m_level})
        connect(combo, &QComboBox::currentIndexChanged, this, &RiskFilterBar::onChanged);
    connect(m_overdue, &QCheckBox::toggled, this, &RiskFilterBar::onChanged);
    connect(m_clear, &QPushButton::clicked, this, &RiskFilterBar::clear);
    connect(m_cellClear, &QToolButton::clicked, this, &RiskFilterBar::heatMapCellCleared);
}

void RiskFilterBar::setOwners(const QStringList& owners)
{
    const QString current = owner();
    {
        const QSignalBlocker block(m_owner);
        m_owner->clear();
        m_owner->addItem(tr("All owners"), QString());
        for (const QString& name : owners)
            m_owner->addItem(name, name);
        const int index = m_owner->findData(current);
        m_owner->setCurrentIndex(index >= 0 ? index : 0);
        m_owner->view()->setMinimumWidth(m_owner->view()->sizeHintForColumn(0) + 24);
    }
    if (owner() != current)
        onChanged();
}

void RiskFilterBar::setHeatMapCellText(const QString& text)
{
    m_cellLabel->setText(text);
    m_cellChip->setVisible(!text.isEmpty());
    updateClearButton();
}

void RiskFilterBar::setCounts(int shown, int total)
{
    if (shown == total)
        m_count->setText(tr("%n risk(s)", nullptr, total));
    else
        m_count->setText(tr("%L1 of %Ln risk(s)", nullptr, total).arg(shown));
}

QString RiskFilterBar::countText() const
{
    return m_count->text();
}

QString RiskFilterBar::text() const
{
    return m_search->text();
}

std::vector<RiskStatus> RiskFilterBar::statuses() const
{
    const QString key = m_status->currentData().toString();
    if (key.isEmpty())
        return {};
    if (key == openStatuses)
        return {RiskStatus::Identified, RiskStatus::InRemediation};
    if (const std::optional<RiskStatus> status = riskStatusFromKey(key))
        return {*status};
    return {};
}

QString RiskFilterBar::owner() const
{
    return m_owner->currentData().toString();
}

std::optional<RiskLevel> RiskFilterBar::minimumLevel() const
{
    return riskLevelFromKey(m_level->currentData().toString());
}

bool RiskFilterBar::overdueOnly() const
{
    return m_overdue->isChecked();
}

bool RiskFilterBar::hasHeatMapCell() const
{
    return !m_cellLabel->text().isEmpty();
}

void RiskFilterBar::setText(const QString& text)
{
    m_search->setText(text);
}

void RiskFilterBar::setOverdueOnly(bool overdueOnly)
{
    m_overdue->setChecked(overdueOnly);
}

void RiskFilterBar::clear()
{
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockStatus(m_status);
        const QSignalBlocker blockOwner(m_owner);
        const QSignalBlocker blockLevel(m_level);
        const QSignalBlocker blockOverdue(m_overdue);
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_owner->setCurrentIndex(0);
        m_level->setCurrentIndex(0);
        m_overdue->setChecked(false);
    }
    if (hasHeatMapCell())
        emit heatMapCellCleared();
    onChanged();
}

void RiskFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RiskFilterBar::onChanged()
{
    updateClearButton();
    emit filtersChanged();
}

void RiskFilterBar::updateClearButton()
{
    m_clear->setEnabled(!text().trimmed().isEmpty() || !statuses().empty() || !owner().isEmpty() ||
                        minimumLevel().has_value() || overdueOnly() || hasHeatMapCell());
}

} // namespace palisade::ui
