#include "ui/assets/AssetEditorDialog.h"

#include "core/risk/AssetRegister.h"
#include "ui/assets/DataFlowTableModel.h"
#include "ui/widgets/EditableRows.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {
namespace {

QPlainTextEdit* shortTextEdit(QWidget* parent, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(lineHeight * lines + 2 * edit->frameWidth() +
                         int(edit->document()->documentMargin() * 2));
    return edit;
}

} // namespace

AssetEditorDialog::AssetEditorDialog(AssetRegister& assets, const Asset& asset, QWidget* parent)
    : RecordEditorDialog({tr("To save this asset:\n%1"), tr("The asset was not saved:\n%1"),
                          tr("Unsaved Changes"), tr("Save")},
                         parent)
    , m_assets(assets)
    , m_original(asset)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_location(new QLineEdit(this))
    , m_owner(new QLineEdit(this))
    , m_phi(shortTextEdit(this, 2))
    , m_notes(shortTextEdit(this, 3))
    , m_flows(new DataFlowTableModel(true, this))
    , m_flowTable(new QTableView(this))
    , m_addFlow(new QPushButton(tr("&Add Flow"), this))
    , m_removeFlow(new QPushButton(tr("&Remove Flow"), this))
{
    setObjectName(QStringLiteral("assetEditor"));
    setWindowTitle(isNew() ? tr("New Asset") : tr("Edit Asset \u2014 %1").arg(asset.name));

    m_name->setObjectName(QStringLiteral("assetName"));
    m_name->setPlaceholderText(tr("e.g. Practice-management system"));
    m_name->setMaxLength(1000);
    m_kind->setObjectName(QStringLiteral("assetKind"));
    for (const AssetKind kind : allAssetKinds())
        m_kind->addItem(assetKindLabel(kind), assetKindKey(kind));
    m_location->setObjectName(QStringLiteral("assetLocation"));
    m_location->setPlaceholderText(tr("e.g. Hosted by the vendor, Billing office server room"));
    m_owner->setObjectName(QStringLiteral("assetOwner"));
    m_owner->setPlaceholderText(tr("Who answers for it, e.g. Billing manager"));
    m_phi->setObjectName(QStringLiteral("assetPhi"));
    m_phi->setPlaceholderText(tr("e.g. Claims, diagnosis and procedure codes, insurance IDs"));
    m_notes->setObjectName(QStringLiteral("assetNotes"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&PHI held:"), m_phi);
    form->addRow(tr("No&tes:"), m_notes);

    auto* flowsTitle = new QLabel(tr("Data flows"), this);
    QFont bold = flowsTitle->font();
    bold.setBold(true);
    flowsTitle->setFont(bold);
    auto* flowsHint = new QLabel(tr("Each path ePHI takes to or from this asset. Leave "
                                    "\u201c"
                                    "Encrypted in transit\u201d unticked where it is not: "
                                    "each such flow is a finding for the risk analysis."),
                                 this);
    flowsHint->setWordWrap(true);
    flowsHint->setForegroundRole(QPalette::PlaceholderText);

    m_flowTable->setObjectName(QStringLiteral("assetEditorFlows"));
    m_flowTable->setModel(m_flows);
    m_flowTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flowTable->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
        QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_flowTable->verticalHeader()->hide();
    m_flowTable->setTabKeyNavigation(true);
    QHeaderView* columns = m_flowTable->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Stretch);
    columns->setSectionResizeMode(DataFlowTableModel::EncryptedColumn,
                                  QHeaderView::ResizeToContents);
    m_flowTable->setMinimumHeight(m_flowTable->verticalHeader()->defaultSectionSize() * 5);
    m_addFlow->setObjectName(QStringLiteral("addFlowButton"));
    m_addFlow->setAutoDefault(false);
    m_removeFlow->setObjectName(QStringLiteral("removeFlowButton"));
    m_removeFlow->setAutoDefault(false);
    auto* flowButtons = new QHBoxLayout;
    flowButtons->addWidget(m_addFlow);
    flowButtons->addWidget(m_removeFlow);
    flowButtons->addStretch(1);

    QDialogButtonBox* buttons =
        createButtons(QStringLiteral("saveAssetButton"), tr("Save the asset (Ctrl+S)"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(flowsTitle);
    layout->addWidget(flowsHint);
    layout->addWidget(m_flowTable, 1);
    layout->addLayout(flowButtons);
    layout->addWidget(banner());
    layout->addWidget(buttons);
    connect(m_addFlow, &QPushButton::clicked, this, &AssetEditorDialog::addFlow);
    connect(m_removeFlow, &QPushButton::clicked, this, &AssetEditorDialog::removeSelectedFlows);

    m_name->setText(asset.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(assetKindKey(asset.kind))));
    m_location->setText(asset.location);
    m_owner->setText(asset.owner);
    m_phi->setPlainText(asset.phiHeld);
    m_notes->setPlainText(asset.notes);
    m_flows->setFlows(asset.dataFlows);

    for (QLineEdit* edit : {m_name, m_location, m_owner})
        connect(edit, &QLineEdit::textChanged, this, &AssetEditorDialog::updateValidation);
    for (QPlainTextEdit* edit : {m_phi, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, &AssetEditorDialog::updateValidation);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AssetEditorDialog::updateValidation);
    connect(m_flows, &QAbstractItemModel::dataChanged, this, &AssetEditorDialog::updateValidation);
    connect(m_flows, &QAbstractItemModel::rowsInserted, this, &AssetEditorDialog::updateValidation);
    connect(m_flows, &QAbstractItemModel::rowsRemoved, this, &AssetEditorDialog::updateValidation);
    connect(m_flowTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssetEditorDialog::updateRemoveButton);

    updateValidation();
    updateRemoveButton();
    resize(720, 680);
}

Asset AssetEditorDialog::asset() const
{
    Asset result = m_original;
    result.name = m_name->text();
    result.kind =
        assetKindFromKey(m_kind->currentData().toString()).value_or(AssetKind::Application);
    result.location = m_location->text();
    result.owner = m_owner->text();
    result.phiHeld = m_phi->toPlainText();
    result.notes = m_notes->toPlainText();
    result.dataFlows = m_flows->flows();
    return result;
}

bool AssetEditorDialog::isModified() const
{
    if (result() == QDialog::Accepted)
        return false;
    return !(asset() == m_original);
}

QStringList AssetEditorDialog::problems() const
{
    return m_assets.problems(asset());
}

bool AssetEditorDialog::store()
{
    Result<Asset> stored = isNew() ? m_assets.add(asset()) : m_assets.update(asset());
    if (!stored)
        return refuse(tr("The asset was not saved: %1").arg(stored.error().message));
    m_saved = *stored;
    return true;
}

void AssetEditorDialog::addFlow()
{
    const int row = m_flows->appendFlow();
    EditableRows::editNew(m_flowTable, m_flows->index(row, DataFlowTableModel::SourceColumn));
}

void AssetEditorDialog::removeSelectedFlows()
{
    EditableRows::removeSelected(m_flowTable);
    updateRemoveButton();
}

void AssetEditorDialog::reject()
{
    QDialog::reject();
}

QString AssetEditorDialog::unsavedQuestion() const
{
    return isNew() ? tr("Save this new asset before closing?")
                   : tr("Save the changes to \u201c%1\u201d before closing?").arg(m_original.name);
}

void AssetEditorDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Cancel)) {
        event->accept();
        requestClose();
        return;
    }
    QDialog::keyPressEvent(event);
}

void AssetEditorDialog::closeEvent(QCloseEvent* event)
{
    if (isVisible() && !confirmDiscard()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void AssetEditorDialog::updateRemoveButton()
{
    m_removeFlow->setEnabled(m_flowTable->selectionModel()->hasSelection());
}

} // namespace palisade::ui
