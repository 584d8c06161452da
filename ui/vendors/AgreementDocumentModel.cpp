#include "ui/vendors/AgreementDocumentModel.h"

#include <QFont>
#include <QLocale>
#include <algorithm>

namespace palisade::ui {

AgreementDocumentModel::AgreementDocumentModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AgreementDocumentModel::setDocuments(std::vector<AgreementDocument> documents)
{
    beginResetModel();
    m_documents = std::move(documents);
    endResetModel();
}

int AgreementDocumentModel::rowForId(qint64 id) const
{
    const auto it = std::find_if(m_documents.begin(), m_documents.end(),
                                 [id](const AgreementDocument& d) { return d.id == id; });
    return it == m_documents.end() ? -1 : int(it - m_documents.begin());
}

QString AgreementDocumentModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

int AgreementDocumentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int AgreementDocumentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementDocumentModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgreementDocument& document = m_documents[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return documentKindLabel(document.kind);
        case FileColumn:
            return document.fileName;
        case PagesColumn:
            return document.pageCount;
        case SizeColumn:
            return sizeText(document.size);
        case DigestColumn:
            return document.sha256.left(12) + QStringLiteral("\u2026");
        case AddedColumn:
            return document.addedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case AddedByColumn:
            return document.addedBy;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DigestColumn:
            return tr("SHA-256: %1\nChecked every time the document is opened.")
                .arg(document.sha256);
        case FileColumn:
            return document.fileName;
        case SizeColumn:
            return tr("%L1 bytes").arg(document.size);
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PagesColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (index.column() == DigestColumn) {
            QFont font(QStringLiteral("monospace"));
            font.setStyleHint(QFont::Monospace);
            return font;
        }
        break;
    case DocumentIdRole:
        return document.id;
    default:
        break;
    }
    return {};
}

QVariant AgreementDocumentModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case FileColumn:
        return tr("File");
    case PagesColumn:
        return tr("Pages");
    case SizeColumn:
        return tr("Size");
    case DigestColumn:
        return tr("SHA-256");
    case AddedColumn:
        return tr("Added");
    case AddedByColumn:
        return tr("By");
    default:
        return {};
    }
}

} // namespace palisade::ui
