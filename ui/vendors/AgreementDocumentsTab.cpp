#include "ui/vendors/AgreementDocumentsTab.h"

#include "core/program/Program.h"
#include "core/vendors/BaaRegister.h"
#include "ui/pdf/PdfViewerWidget.h"
#include "ui/vendors/AgreementDocumentModel.h"
#include "ui/widgets/AttachmentFiles.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/RecordDeletion.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace palisade::ui {

AgreementDocumentsTab::AgreementDocumentsTab(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_model(new AgreementDocumentModel(this))
    , m_stack(new QStackedWidget(this))
    , m_saveFirstText(new QLabel(this))
    , m_saveFirst(new QPushButton(tr("Save the Agreement &Now"), this))
    , m_banner(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_kind(new QComboBox(this))
    , m_attach(new QPushButton(tr("&Attach PDF\u2026"), this))
    , m_saveCopy(new QPushButton(tr("Save a &Copy\u2026"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_empty(new QLabel(this))
    , m_viewer(new PdfViewerWidget(this))
{
    // The page shown until the agreement has an id to attach to.
    auto* saveFirstPage = new QWidget(this);
    m_saveFirstText->setObjectName(QStringLiteral("documentsSaveFirst"));
    m_saveFirstText->setText(tr("Save the agreement first to attach its signed PDF. The PDF is "
                                "kept inside this encrypted file with its SHA-256, and its text "
                                "becomes searchable from the Vendors page."));
    m_saveFirstText->setWordWrap(true);
    m_saveFirstText->setAlignment(Qt::AlignCenter);
    m_saveFirst->setObjectName(QStringLiteral("documentsSaveNow"));
    m_saveFirst->setAutoDefault(false);
    auto* saveFirstLayout = new QVBoxLayout(saveFirstPage);
    saveFirstLayout->addStretch(1);
    saveFirstLayout->addWidget(m_saveFirstText);
    saveFirstLayout->addSpacing(8);
    saveFirstLayout->addWidget(m_saveFirst, 0, Qt::AlignHCenter);
    saveFirstLayout->addStretch(2);

    m_table->setObjectName(QStringLiteral("documentTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Attached documents"));
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(AgreementDocumentModel::FileColumn, QHeaderView::Stretch);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setMinimumHeight(rowHeight * 3 + columns->sizeHint().height());

    m_empty->setObjectName(QStringLiteral("documentsEmpty"));
    m_empty->setText(tr("No document yet. Attach the signed agreement as a PDF; amendments can "
                        "be added later."));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_kind->setObjectName(QStringLiteral("documentKind"));
    m_kind->setAccessibleName(tr("Kind of document to attach"));
    for (const DocumentKind kind : allDocumentKinds())
        m_kind->addItem(documentKindLabel(kind), documentKindKey(kind));
    auto* kindLabel = new QLabel(tr("Attach &as:"), this);
    kindLabel->setBuddy(m_kind);
    m_attach->setObjectName(QStringLiteral("attachDocumentButton"));
    m_attach->setAutoDefault(false);
    m_saveCopy->setObjectName(QStringLiteral("saveDocumentCopyButton"));
    m_saveCopy->setAutoDefault(false);
    m_saveCopy->setToolTip(tr("Write a decrypted copy of the selected PDF to disk; the audit "
                              "trail records where"));
    m_delete->setObjectName(QStringLiteral("deleteDocumentButton"));
    m_delete->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(kindLabel);
    buttons->addWidget(m_kind);
    buttons->addWidget(m_attach);
    buttons->addStretch(1);
    buttons->addWidget(m_saveCopy);
    buttons->addWidget(m_delete);

    auto* listPart = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPart);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_empty);
    listLayout->addLayout(buttons);

    m_viewer->setObjectName(QStringLiteral("documentViewer"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPart);
    splitter->addWidget(m_viewer);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);

    auto* documentsPage = new QWidget(this);
    auto* documentsLayout = new QVBoxLayout(documentsPage);
    documentsLayout->setContentsMargins(0, 0, 0, 0);
    documentsLayout->addWidget(m_banner);
    documentsLayout->addWidget(splitter, 1);

    m_stack->addWidget(saveFirstPage);
    m_stack->addWidget(documentsPage);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_saveFirst, &QPushButton::clicked, this, &AgreementDocumentsTab::saveRequested);
    connect(m_attach, &QPushButton::clicked, this, &AgreementDocumentsTab::chooseAndAttach);
    connect(m_saveCopy, &QPushButton::clicked, this, &AgreementDocumentsTab::chooseAndSaveCopy);
    connect(m_delete, &QPushButton::clicked, this, &AgreementDocumentsTab::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgreementDocumentsTab::showSelected);
    connect(&program.baas(), &BaaRegister::documentsChanged, this, [this](qint64 agreementId) {
        if (agreementId == m_agreementId)
            reload();
    });
    updateButtons();
}

void AgreementDocumentsTab::setAgreement(qint64 agreementId, bool signedAgreement)
{
    m_agreementId = agreementId;
    m_signed = signedAgreement;
    m_stack->setCurrentIndex(agreementId > 0 ? 1 : 0);
    reload();
}

void AgreementDocumentsTab::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_saveFirst->setEnabled(!readOnly);
    updateButtons();
}

bool AgreementDocumentsTab::isShowingSaveFirst() const
{
    return m_stack->currentIndex() == 0;
}

void AgreementDocumentsTab::reload()
{
    if (m_agreementId <= 0 || !m_program.isOpen()) {
        m_model->setDocuments({});
        m_viewer->clear();
        updateButtons();
        return;
    }
    const qint64 selected = selectedDocumentId();
    Result<std::vector<AgreementDocument>> documents = m_program.baas().documents(m_agreementId);
    if (!documents) {
        m_model->setDocuments({});
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("The documents could not be read: %1").arg(documents.error().message));
    } else {
        m_model->setDocuments(std::move(documents).value());
    }
    m_table->setVisible(m_model->rowCount() > 0);
    m_empty->setVisible(m_model->rowCount() == 0);
    if (m_model->rowCount() > 0 && !selectDocument(selected))
        selectDocument(m_model->documentAt(m_model->rowCount() - 1).id);
    if (m_model->rowCount() == 0)
        m_viewer->clear();
    updateButtons();
}

bool AgreementDocumentsTab::selectDocument(qint64 documentId)
{
    const int row = m_model->rowForId(documentId);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

qint64 AgreementDocumentsTab::selectedDocumentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid()
               ? m_model->data(current, AgreementDocumentModel::DocumentIdRole).toLongLong()
               : 0;
}

void AgreementDocumentsTab::showSelected()
{
    updateButtons();
    const qint64 id = selectedDocumentId();
    if (id == 0) {
        m_viewer->clear();
        return;
    }
    const AgreementDocument& document = m_model->documentAt(m_model->rowForId(id));
    Result<QByteArray> content = m_program.baas().documentContent(id);
    if (!content) {
        m_viewer->clear();
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("%1 cannot be shown: %2").arg(document.fileName, content.error().message));
        return;
    }
    m_viewer->setDocument(*content, document.fileName);
}

bool AgreementDocumentsTab::attachFile(const QString& path)
{
    if (m_agreementId <= 0 || m_readOnly)
        return false;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("%1 could not be read: %2").arg(name, file.errorString()));
        return false;
    }
    if (file.size() > BaaRegister::maximumDocumentBytes) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("%1 is larger than %2 MB and was not attached.")
                                  .arg(name)
                                  .arg(BaaRegister::maximumDocumentBytes / (1024 * 1024)));
        return false;
    }
    const QByteArray content = file.readAll();
    const DocumentKind kind =
        documentKindFromKey(m_kind->currentData().toString()).value_or(DocumentKind::Other);
    Result<AgreementDocument> attached = [&] {
        const BusyCursor busy;
        return m_program.baas().attach(m_agreementId, name, content, kind);
    }();
    if (!attached) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The PDF was not attached. %1").arg(attached.error().message));
        return false;
    }
    m_banner->showMessage(
        MessageBanner::Kind::Information,
        tr("%1 is attached (%n page(s)); its text is now searchable.", nullptr, attached->pageCount)
            .arg(attached->fileName));
    reload();
    selectDocument(attached->id);
    return true;
}

void AgreementDocumentsTab::chooseAndAttach()
{
    const QString path = AttachmentFiles::chooseToAttach(this, tr("Attach Signed Agreement"));
    if (!path.isEmpty())
        attachFile(path);
}

bool AgreementDocumentsTab::saveCopyTo(const QString& path)
{
    const qint64 id = selectedDocumentId();
    if (id == 0)
        return false;
    return AttachmentFiles::reportCopy(m_banner, m_program.baas().saveDocumentCopy(id, path), path);
}

void AgreementDocumentsTab::chooseAndSaveCopy()
{
    const qint64 id = selectedDocumentId();
    if (id == 0)
        return;
    const QString name = m_model->documentAt(m_model->rowForId(id)).fileName;
    const QString path = AttachmentFiles::chooseCopyPath(this, name);
    if (!path.isEmpty())
        saveCopyTo(path);
}

void AgreementDocumentsTab::deleteSelected()
{
    const qint64 id = selectedDocumentId();
    if (id == 0 || m_readOnly)
        return;
    const QString name = m_model->documentAt(m_model->rowForId(id)).fileName;
    // A signed agreement's documents will be refused; asking first would be pointless.
    if (!m_signed && !RecordDeletion::confirm(
                         this, QStringLiteral("confirmDeleteDocument"), tr("Delete Document"),
                         tr("Delete %1 from this file? The audit trail keeps a record that "
                            "it was attached and deleted.")
                             .arg(name)))
        return;
    RecordDeletion::report(m_banner, m_program.baas().removeDocument(id),
                           tr("%1 was deleted.").arg(name));
}

void AgreementDocumentsTab::updateButtons()
{
    const bool writable = !m_readOnly && m_program.isOpen() && !m_program.isReadOnly();
    const bool selected = selectedDocumentId() != 0;
    m_attach->setEnabled(writable && m_agreementId > 0);
    m_kind->setEnabled(writable && m_agreementId > 0);
    m_saveCopy->setEnabled(selected);
    m_delete->setEnabled(writable && selected);
    m_delete->setToolTip(m_signed ? tr("The documents of a signed agreement are kept with it")
                                  : tr("Delete the selected document"));
}

} // namespace palisade::ui
