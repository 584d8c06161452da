#include "ui/policies/PolicyFilterBar.h"

#include "core/policies/PolicyCategory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace palisade::ui {

PolicyFilterBar::PolicyFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_reviewsDue(new QCheckBox(tr("Reviews d&ue only"), this))
    , m_clear(new QPushButton(tr("Clear Filters"), this))
    , m_count(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("policySearch"));
    m_search->setPlaceholderText(tr("Filter by code, title or owner"));
    m_search->setToolTip(tr("Every word must appear in the code, title or owner (Ctrl+F)"));
    m_search->setAccessibleName(tr("Filter policies"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);

    m_category->setObjectName(QStringLiteral("policyCategoryFilter"));
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("All categories"), QString());
    for (const PolicyCategory category : allPolicyCategories())
        m_category->addItem(policyCategoryLabel(category), policyCategoryKey(category));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_reviewsDue->setObjectName(QStringLiteral("policyReviewsDueOnly"));
    m_reviewsDue->setToolTip(tr("Only policies overdue for review, due within 30 days, or with no "
                                "revision in effect"));
    m_clear->setObjectName(QStringLiteral("clearPolicyFilters"));
    m_clear->setEnabled(false);
    m_count->setObjectName(QStringLiteral("policyCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_category);
    layout->addWidget(m_reviewsDue);
    layout->addWidget(m_clear);
    layout->addSpacing(6);
    layout->addWidget(m_count);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, &PolicyFilterBar::onChanged);
    connect(m_category, &QComboBox::currentIndexChanged, this, &PolicyFilterBar::onChanged);
    connect(m_reviewsDue, &QCheckBox::toggled, this, &PolicyFilterBar::onChanged);
    connect(m_clear, &QPushButton::clicked, this, &PolicyFilterBar::clear);
}

QString PolicyFilterBar::text() const
{
    return m_search->text();
}

QString PolicyFilterBar::categoryKey() const
{
    return m_category->currentData().toString();
}

bool PolicyFilterBar::reviewsDueOnly() const
{
    return m_reviewsDue->isChecked();
}

bool PolicyFilterBar::isFiltering() const
{
    return !text().trimmed().isEmpty() || !categoryKey().isEmpty() || reviewsDueOnly();
}

void PolicyFilterBar::setText(const QString& text)
{
    m_search->setText(text);
}

void PolicyFilterBar::setCategoryKey(const QString& key)
{
    m_category->setCurrentIndex(std::max(0, m_category->findData(key)));
}

void PolicyFilterBar::setReviewsDueOnly(bool only)
{
    m_reviewsDue->setChecked(only);
}

void PolicyFilterBar::setCountText(const QString& text)
{
    m_count->setText(text);
}

void PolicyFilterBar::clear()
{
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockCategory(m_category);
        const QSignalBlocker blockDue(m_reviewsDue);
        m_search->clear();
        m_category->setCurrentIndex(0);
        m_reviewsDue->setChecked(false);
    }
    onChanged();
}

void PolicyFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PolicyFilterBar::onChanged()
{
    m_clear->setEnabled(isFiltering());
    emit filtersChanged();
}

} // namespace palisade::ui
