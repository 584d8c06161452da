#include "ui/vendors/CounterpartyEditorDialog.h"

#include "core/program/Program.h"
#include "core/risk/AssetRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "ui/risk/RiskEditorText.h"
#include "ui/vendors/ContactTableModel.h"
#include "ui/vendors/VendorHistoryList.h"
#include "ui/widgets/EditableRows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace palisade::ui {

CounterpartyEditorDialog::CounterpartyEditorDialog(Program& program,
                                                   std::optional<qint64> counterpartyId,
                                                   QWidget* parent)
    : RecordEditorDialog({tr("To save this counterparty:\n%1"),
                          tr("The counterparty was not saved:\n%1"), tr("Unsaved Changes"),
                          tr("Save")},
                         parent)
    , m_program(program)
    , m_tabs(new QTabWidget(this))
    , m_name(new QLineEdit(this))
    , m_relationship(new QComboBox(this))
    , m_services(new QLineEdit(this))
    , m_sharesPhi(new QCheckBox(tr("PHI is &shared with them (or they send it to us)"), this))
    , m_phiTypes(new QLineEdit(this))
    , m_notes(RiskEditorText::multiLine(this, 3))
    , m_contacts(new ContactTableModel(this))
    , m_contactTable(new QTableView(this))
    , m_addContact(new QPushButton(tr("&Add Contact"), this))
    , m_removeContact(new QPushButton(tr("&Remove Contact"), this))
    , m_assets(new QListWidget(this))
    , m_history(new VendorHistoryList(this))
{
    setObjectName(QStringLiteral("counterpartyEditor"));

    m_name->setObjectName(QStringLiteral("counterpartyName"));
    m_name->setPlaceholderText(tr("e.g. Lakeside Family Clinic"));
    m_relationship->setObjectName(QStringLiteral("counterpartyRelationship"));
    for (const CounterpartyRelationship relationship : allCounterpartyRelationships())
        m_relationship->addItem(counterpartyRelationshipLabel(relationship),
                                counterpartyRelationshipKey(relationship));
    m_relationship->setToolTip(tr("A covered entity we serve (we are its business associate), a "
                                  "subcontractor we use, or another vendor"));
    m_services->setObjectName(QStringLiteral("counterpartyServices"));
    m_services->setPlaceholderText(tr("e.g. Medical coding and claims submission"));
    m_sharesPhi->setObjectName(QStringLiteral("counterpartySharesPhi"));
    m_sharesPhi->setToolTip(tr("With PHI shared and no business associate agreement in effect, "
                               "the counterparty is a finding"));
    m_phiTypes->setObjectName(QStringLiteral("counterpartyPhiTypes"));
    m_phiTypes->setPlaceholderText(tr("e.g. Claims, diagnosis and procedure codes, insurance IDs"));
    m_notes->setObjectName(QStringLiteral("counterpartyNotes"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("R&elationship:"), m_relationship);
    form->addRow(tr("Ser&vices:"), m_services);
    form->addRow(QString(), m_sharesPhi);
    form->addRow(tr("&PHI shared:"), m_phiTypes);
    form->addRow(tr("No&tes:"), m_notes);

    auto* contactsTitle = new QLabel(tr("Contacts"), this);
    QFont bold = contactsTitle->font();
    bold.setBold(true);
    contactsTitle->setFont(bold);
    auto* contactsHint = new QLabel(tr("Whom to reach about the agreement and about incidents, "
                                       "e.g. their privacy officer."),
                                    this);
    contactsHint->setWordWrap(true);
    contactsHint->setForegroundRole(QPalette::PlaceholderText);

    m_contactTable->setObjectName(QStringLiteral("counterpartyContacts"));
    m_contactTable->setModel(m_contacts);
    m_contactTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactTable->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
        QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_contactTable->verticalHeader()->hide();
    m_contactTable->setTabKeyNavigation(false);
    m_contactTable->setAccessibleName(tr("Contacts"));
    m_contactTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_contactTable->horizontalHeader()->setSectionResizeMode(ContactTableModel::PhoneColumn,
                                                             QHeaderView::ResizeToContents);
    m_contactTable->setMinimumHeight(m_contactTable->verticalHeader()->defaultSectionSize() * 4);
    m_addContact->setObjectName(QStringLiteral("addContactButton"));
    m_addContact->setAutoDefault(false);
    m_removeContact->setObjectName(QStringLiteral("removeContactButton"));
    m_removeContact->setAutoDefault(false);
    auto* contactButtons = new QHBoxLayout;
    contactButtons->addWidget(m_addContact);
    contactButtons->addWidget(m_removeContact);
    contactButtons->addStretch(1);

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addLayout(form);
    detailsLayout->addSpacing(6);
    detailsLayout->addWidget(contactsTitle);
    detailsLayout->addWidget(contactsHint);
    detailsLayout->addWidget(m_contactTable, 1);
    detailsLayout->addLayout(contactButtons);

    auto* assetsTab = new QWidget(this);
    auto* assetsHint = new QLabel(tr("Tick the assets that hold or carry the PHI shared with this "
                                     "counterparty, e.g. the portal they log in to or the SFTP "
                                     "link that sends them claims."),
                                  assetsTab);
    assetsHint->setWordWrap(true);
    m_assets->setObjectName(QStringLiteral("counterpartyAssets"));
    m_assets->setAccessibleName(tr("Linked assets"));
    m_assets->setAlternatingRowColors(true);
    auto* assetsLayout = new QVBoxLayout(assetsTab);
    assetsLayout->addWidget(assetsHint);
    assetsLayout->addWidget(m_assets, 1);
    assetsTab->setFocusProxy(m_assets);

    m_tabs->setObjectName(QStringLiteral("counterpartyEditorTabs"));
    m_tabs->addTab(details, tr("Counterparty"));
    m_tabs->addTab(assetsTab, tr("Linked Assets"));
    m_tabs->addTab(m_history, tr("History"));

    QDialogButtonBox* buttons = createButtons(QStringLiteral("saveCounterpartyButton"),
                                              tr("Save the counterparty (Ctrl+S)"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    setTabOrder(m_name, m_relationship);
    setTabOrder(m_relationship, m_services);
    setTabOrder(m_services, m_sharesPhi);
    setTabOrder(m_sharesPhi, m_phiTypes);
    setTabOrder(m_phiTypes, m_notes);
    setTabOrder(m_notes, m_contactTable);
    setTabOrder(m_contactTable, m_addContact);
    setTabOrder(m_addContact, m_removeContact);

    connect(m_addContact, &QPushButton::clicked, this, &CounterpartyEditorDialog::addContact);
    connect(m_removeContact, &QPushButton::clicked, this,
            &CounterpartyEditorDialog::removeSelectedContacts);
    commitEditsOf(m_contactTable);

    QString loadError;
    if (counterpartyId) {
        Result<Counterparty> stored = program.counterparties().counterparty(*counterpartyId);
        if (stored) {
            load(*stored);
            Result<std::vector<AuditEvent>> events = program.counterparties().history(stored->id);
            if (events)
                m_history->setEvents(*events);
            else
                m_history->showMessage(
                    tr("The history could not be read: %1").arg(events.error().message));
        } else {
            setLocked(true);
            loadError = stored.error().message;
            m_original.id = *counterpartyId;
        }
    } else {
        load(Counterparty{});
        m_history->showMessage(tr("The history starts when the counterparty is saved."));
    }
    m_baseline = candidate();

    for (QLineEdit* edit : {m_name, m_services, m_phiTypes})
        connect(edit, &QLineEdit::textChanged, this, &CounterpartyEditorDialog::updateValidation);
    connect(m_notes, &QPlainTextEdit::textChanged, this,
            &CounterpartyEditorDialog::updateValidation);
    connect(m_relationship, &QComboBox::currentIndexChanged, this,
            &CounterpartyEditorDialog::updateValidation);
    connect(m_sharesPhi, &QCheckBox::toggled, this, [this](bool shares) {
        m_phiTypes->setEnabled(shares);
        updateValidation();
    });
    connect(m_contacts, &QAbstractItemModel::dataChanged, this,
            &CounterpartyEditorDialog::updateValidation);
    connect(m_contacts, &QAbstractItemModel::rowsInserted, this,
            &CounterpartyEditorDialog::updateValidation);
    connect(m_contacts, &QAbstractItemModel::rowsRemoved, this,
            &CounterpartyEditorDialog::updateValidation);
    connect(m_assets, &QListWidget::itemChanged, this, &CounterpartyEditorDialog::updateValidation);
    connect(m_contactTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_removeContact->setEnabled(m_contactTable->selectionModel()->hasSelection());
    });
    m_removeContact->setEnabled(false);

    updateTitle();
    if (isLocked())
        lock(MessageBanner::Kind::Error,
             tr("The counterparty could not be read: %1").arg(loadError));
    else
        updateValidation();
    m_name->setFocus();
    setMinimumSize(560, 520);
    resize(720, 640);
}

void CounterpartyEditorDialog::load(const Counterparty& counterparty)
{
    m_original = counterparty;
    m_name->setText(counterparty.name);
    m_relationship->setCurrentIndex(std::max(
        0, m_relationship->findData(counterpartyRelationshipKey(counterparty.relationship))));
    m_services->setText(counterparty.services);
    m_sharesPhi->setChecked(counterparty.sharesPhi);
    m_phiTypes->setText(counterparty.phiTypes);
    m_phiTypes->setEnabled(counterparty.sharesPhi);
    m_notes->setPlainText(counterparty.notes);
    m_contacts->setContacts(counterparty.contacts);
    loadAssets(counterparty.assetIds);
}

void CounterpartyEditorDialog::loadAssets(const std::vector<qint64>& linked)
{
    const QSignalBlocker quiet(m_assets);
    m_assets->clear();
    std::vector<qint64> unknown = linked;
    if (Result<std::vector<Asset>> assets = m_program.assets().assets()) {
        for (const Asset& asset : *assets) {
            auto* item = new QListWidgetItem(
                tr("%1 \u2014 %2").arg(asset.name, assetKindLabel(asset.kind)), m_assets);
            item->setData(Qt::UserRole, asset.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            const bool checked = std::find(linked.begin(), linked.end(), asset.id) != linked.end();
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            std::erase(unknown, asset.id);
        }
    } else {
        banner()->showMessage(MessageBanner::Kind::Warning,
                              tr("The assets could not be read: %1").arg(assets.error().message));
    }
    // A link the inventory no longer lists is kept rather than silently dropped.
    for (const qint64 id : unknown) {
        auto* item = new QListWidgetItem(tr("Asset #%1 (not found)").arg(id), m_assets);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    if (m_assets->count() == 0) {
        auto* item = new QListWidgetItem(
            tr("The asset inventory is empty. Add assets in the Assets area to link them here."),
            m_assets);
        item->setFlags(Qt::NoItemFlags);
    }
}

Counterparty CounterpartyEditorDialog::candidate() const
{
    Counterparty result = m_original;
    result.name = m_name->text();
    result.relationship = counterpartyRelationshipFromKey(m_relationship->currentData().toString())
                              .value_or(CounterpartyRelationship::CoveredEntity);
    result.services = m_services->text();
    result.sharesPhi = m_sharesPhi->isChecked();
    result.phiTypes = m_phiTypes->text();
    result.notes = m_notes->toPlainText();
    result.contacts = m_contacts->contacts();
    result.assetIds.clear();
    for (int row = 0; row < m_assets->count(); ++row) {
        const QListWidgetItem* item = m_assets->item(row);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            result.assetIds.push_back(item->data(Qt::UserRole).toLongLong());
    }
    std::sort(result.assetIds.begin(), result.assetIds.end());
    return result;
}

bool CounterpartyEditorDialog::isModified() const
{
    return !isLocked() && !(candidate() == m_baseline);
}

QStringList CounterpartyEditorDialog::problems() const
{
    return m_program.counterparties().problems(candidate());
}

bool CounterpartyEditorDialog::canStore() const
{
    return !m_program.isReadOnly();
}

void CounterpartyEditorDialog::updateTitle()
{
    setWindowTitle(isNew() ? tr("New Counterparty")
                           : tr("Counterparty \u2014 %1").arg(m_original.name));
}

bool CounterpartyEditorDialog::store()
{
    Result<Counterparty> stored = isNew() ? m_program.counterparties().add(candidate())
                                          : m_program.counterparties().update(candidate());
    if (!stored)
        return refuse(tr("The counterparty was not saved: %1").arg(stored.error().message));
    m_saved = *stored;
    return true;
}

void CounterpartyEditorDialog::addContact()
{
    const int row = m_contacts->appendContact();
    EditableRows::editNew(m_contactTable, m_contacts->index(row, ContactTableModel::NameColumn));
}

void CounterpartyEditorDialog::removeSelectedContacts()
{
    EditableRows::removeSelected(m_contactTable);
    m_removeContact->setEnabled(m_contactTable->selectionModel()->hasSelection());
}

QString CounterpartyEditorDialog::unsavedQuestion() const
{
    return isNew() ? tr("Save this new counterparty before closing?")
                   : tr("Save the changes to \u201c%1\u201d before closing?").arg(m_original.name);
}

} // namespace palisade::ui
