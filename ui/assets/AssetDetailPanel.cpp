#include "ui/assets/AssetDetailPanel.h"

#include "core/risk/Asset.h"
#include "ui/assets/AssetHistoryList.h"
#include "ui/assets/DataFlowTableModel.h"
#include "ui/assets/FindingMark.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {
namespace {

QLabel* wrappedLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

AssetDetailPanel::AssetDetailPanel(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_heading(wrappedLabel(this, "assetHeading"))
    , m_summary(wrappedLabel(this, "assetSummary"))
    , m_phi(wrappedLabel(this, "assetPhi"))
    , m_notes(wrappedLabel(this, "assetNotes"))
    , m_finding(wrappedLabel(this, "assetFinding"))
    , m_tabs(new QTabWidget(this))
    , m_flows(new DataFlowTableModel(false, this))
    , m_flowTable(new QTableView(this))
    , m_flowStack(new QStackedWidget(this))
    , m_history(new AssetHistoryList(this))
{
    auto* placeholder = new QLabel(tr("Select an asset to see where its ePHI flows and what has "
                                      "changed."),
                                   this);
    placeholder->setObjectName(QStringLiteral("assetDetailPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    QPalette findingPalette = m_finding->palette();
    findingPalette.setColor(QPalette::WindowText, findingmark::color());
    m_finding->setPalette(findingPalette);
    QFont findingFont = m_finding->font();
    findingFont.setBold(true);
    m_finding->setFont(findingFont);

    m_flowTable->setObjectName(QStringLiteral("assetFlowTable"));
    m_flowTable->setModel(m_flows);
    m_flowTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flowTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_flowTable->setAlternatingRowColors(true);
    m_flowTable->verticalHeader()->hide();
    m_flowTable->setWordWrap(false);
    QHeaderView* columns = m_flowTable->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Stretch);
    columns->setSectionResizeMode(DataFlowTableModel::EncryptedColumn,
                                  QHeaderView::ResizeToContents);

    auto* noFlows = new QLabel(tr("No data flows recorded. Edit the asset and add each path its "
                                  "ePHI takes: where from, where to and how."),
                               this);
    noFlows->setObjectName(QStringLiteral("assetNoFlows"));
    noFlows->setAlignment(Qt::AlignCenter);
    noFlows->setWordWrap(true);
    noFlows->setForegroundRole(QPalette::PlaceholderText);
    m_flowStack->addWidget(m_flowTable);
    m_flowStack->addWidget(noFlows);

    m_tabs->addTab(m_flowStack, tr("Data flows"));
    m_tabs->addTab(m_history, tr("History"));

    auto* facts = new QWidget(this);
    auto* factsLayout = new QVBoxLayout(facts);
    factsLayout->setContentsMargins(0, 0, 6, 0);
    factsLayout->setSpacing(6);
    factsLayout->addWidget(m_heading);
    factsLayout->addWidget(m_summary);
    factsLayout->addWidget(m_phi);
    factsLayout->addWidget(m_notes);
    factsLayout->addWidget(m_finding);
    factsLayout->addStretch(1);
    // Long notes scroll rather than being cut off when the panel is short.
    auto* factsScroll = new QScrollArea(this);
    factsScroll->setObjectName(QStringLiteral("assetFacts"));
    factsScroll->setWidget(facts);
    factsScroll->setWidgetResizable(true);
    factsScroll->setFrameShape(QFrame::NoFrame);
    factsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    factsScroll->setMinimumWidth(240);
    factsScroll->setMaximumWidth(400);
    factsScroll->viewport()->setAutoFillBackground(false);
    facts->setAutoFillBackground(false);

    auto* content = new QWidget(this);
    auto* contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(0, 4, 0, 0);
    contentLayout->setSpacing(14);
    contentLayout->addWidget(factsScroll, 2);
    contentLayout->addWidget(m_tabs, 5);

    m_stack->addWidget(placeholder);
    m_stack->addWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

void AssetDetailPanel::setAsset(const Asset& asset, int linkedRisks,
                                const Result<std::vector<AuditEvent>>& history)
{
    m_heading->setText(asset.name);
    QStringList summary{tr("%1 \u00b7 Owner: %2").arg(assetKindLabel(asset.kind), asset.owner)};
    if (!asset.location.isEmpty())
        summary << tr("Location: %1").arg(asset.location);
    summary << tr("Risks naming it: %L1").arg(linkedRisks);
    m_summary->setText(summary.join(QLatin1Char('\n')));
    m_phi->setText(asset.phiHeld.isEmpty() ? tr("PHI held: not described yet")
                                           : tr("PHI held: %1").arg(asset.phiHeld));
    m_notes->setText(asset.notes);
    m_notes->setVisible(!asset.notes.isEmpty());

    m_flows->setFlows(asset.dataFlows);
    const int total = int(asset.dataFlows.size());
    const int unencrypted = m_flows->unencryptedCount();
    if (unencrypted > 0) {
        m_finding->setText(
            tr("\u26a0 Not encrypted in transit: %L1 of %L2 flows").arg(unencrypted).arg(total));
        m_finding->setToolTip(findingmark::unencryptedExplanation());
    } else {
        m_finding->clear();
        m_finding->setToolTip({});
    }
    m_finding->setVisible(unencrypted > 0);
    m_flowStack->setCurrentIndex(total > 0 ? 0 : 1);
    m_tabs->setTabText(0, tr("Data flows (%1)").arg(total));
    m_tabs->setTabIcon(0, unencrypted > 0 ? findingmark::icon() : QIcon());

    if (history)
        m_history->setEvents(*history);
    else
        m_history->showError(history.error().message);
    m_stack->setCurrentIndex(1);
}

void AssetDetailPanel::clear()
{
    m_flows->setFlows({});
    m_history->clear();
    m_heading->clear();
    m_finding->clear();
    m_stack->setCurrentIndex(0);
}

bool AssetDetailPanel::hasAsset() const
{
    return m_stack->currentIndex() == 1;
}

QString AssetDetailPanel::headingText() const
{
    return m_heading->text();
}

QString AssetDetailPanel::findingText() const
{
    return m_finding->text();
}

} // namespace palisade::ui
