#pragma once

#include "core/vendors/AgreementDocument.h"

#include <QAbstractTableModel>
#include <vector>

namespace palisade::ui {

// The PDFs kept with one agreement: kind, file name, pages, size, SHA-256
// (shortened; the full digest in the tooltip), when and by whom added.
class AgreementDocumentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        FileColumn,
        PagesColumn,
        SizeColumn,
        DigestColumn,
        AddedColumn,
        AddedByColumn,
        ColumnCount
    };

    enum Role
    {
        DocumentIdRole = Qt::UserRole + 1, // qint64
    };

    explicit AgreementDocumentModel(QObject* parent = nullptr);

    void setDocuments(std::vector<AgreementDocument> documents);
    const AgreementDocument& documentAt(int row) const { return m_documents.at(size_t(row)); }
    int rowForId(qint64 id) const;

    // "1.2 MB", "860 KB", "512 bytes".
    static QString sizeText(qint64 bytes);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<AgreementDocument> m_documents;
};

} // namespace palisade::ui
