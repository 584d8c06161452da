#include "ui/risk/RiskCitationPicker.h"

#include "ui/risk/RiskCitationModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace palisade::ui {

RiskCitationPicker::RiskCitationPicker(const SecurityRuleCatalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_model(new RiskCitationModel(catalog, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_selectedOnly(new QCheckBox(tr("Show tic&ked only"), this))
    , m_view(new QListView(this))
    , m_summary(new QLabel(this))
    , m_nothingTicked(tr("No citations ticked. Link the standards and implementation "
                         "specifications this risk bears on."))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(RiskCitationModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("citationFilter"));
    m_filter->setPlaceholderText(tr("Filter by citation or title, e.g. 164.312 or encryption"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter citations"));
    m_selectedOnly->setObjectName(QStringLiteral("citationSelectedOnly"));

    m_view->setObjectName(QStringLiteral("citationList"));
    m_view->setModel(m_proxy);
    m_view->setUniformItemSizes(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Security Rule citations"));
    m_summary->setObjectName(QStringLiteral("citationSummary"));
    m_summary->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_selectedOnly);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    setFocusProxy(m_filter);

    connect(m_filter, &QLineEdit::textChanged, this, &RiskCitationPicker::applyFilter);
    connect(m_selectedOnly, &QCheckBox::toggled, this, &RiskCitationPicker::applyFilter);
    connect(m_model, &RiskCitationModel::citationsChanged, this,
            &RiskCitationPicker::updateSummary);
    connect(m_model, &RiskCitationModel::citationsChanged, this,
            &RiskCitationPicker::citationsChanged);
    updateSummary();
}

QStringList RiskCitationPicker::citations() const
{
    return m_model->citations();
}

void RiskCitationPicker::setCitations(const QStringList& citations)
{
    m_model->setCitations(citations);
}

void RiskCitationPicker::setReadOnly(bool readOnly)
{
    m_model->setCheckable(!readOnly);
}

void RiskCitationPicker::setNothingTickedText(const QString& text)
{
    m_nothingTicked = text;
    updateSummary();
}

QString RiskCitationPicker::summaryText() const
{
    return m_summary->text();
}

void RiskCitationPicker::applyFilter()
{
    QStringList terms = m_filter->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString pattern;
    // Every word must match, in any order.
    for (const QString& term : terms)
        pattern += QStringLiteral("(?=.*%1)").arg(QRegularExpression::escape(term));
    if (m_selectedOnly->isChecked()) {
        QStringList ticked;
        for (const QString& citation : m_model->citations())
            ticked << QRegularExpression::escape(citation + QLatin1Char(' '));
        pattern += ticked.isEmpty() ? QStringLiteral("(?!)")
                                    : QStringLiteral("^(%1)").arg(ticked.join(QLatin1Char('|')));
    }
    m_proxy->setFilterRegularExpression(
        QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption));
}

void RiskCitationPicker::updateSummary()
{
    const QStringList ticked = m_model->citations();
    m_summary->setText(ticked.isEmpty() ? m_nothingTicked
                                        : tr("%n ticked: %1", nullptr, int(ticked.size()))
                                              .arg(ticked.join(QStringLiteral(", "))));
    if (m_selectedOnly->isChecked())
        applyFilter();
}

} // namespace palisade::ui
