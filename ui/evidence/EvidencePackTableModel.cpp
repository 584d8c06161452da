#include "ui/evidence/EvidencePackTableModel.h"

#include "core/evidence/EvidencePackRegister.h"
#include "core/program/Program.h"
#include "ui/evidence/PackText.h"

#include <QFontDatabase>
#include <algorithm>

namespace palisade::ui {

EvidencePackTableModel::EvidencePackTableModel(Program& program, QObject* parent)
    : QAbstractTableModel(parent)
    , m_program(program)
{
}

bool EvidencePackTableModel::reload()
{
    if (!m_program.isOpen())
        return false;
    Result<std::vector<EvidencePack>> packs = m_program.evidencePacks().packs();
    beginResetModel();
    m_lastError = packs ? QString() : packs.error().message;
    m_packs = packs ? std::move(packs).value() : std::vector<EvidencePack>();
    // Newest first, whatever order the register returns ties in.
    std::stable_sort(
        m_packs.begin(), m_packs.end(), [](const EvidencePack& a, const EvidencePack& b) {
            return a.exportedAt != b.exportedAt ? a.exportedAt > b.exportedAt : a.id > b.id;
        });
    endResetModel();
    return m_lastError.isEmpty();
}

int EvidencePackTableModel::rowForPackId(const QString& packId) const
{
    const auto it = std::find_if(m_packs.begin(), m_packs.end(),
                                 [&](const EvidencePack& pack) { return pack.packId == packId; });
    return it == m_packs.end() ? -1 : int(it - m_packs.begin());
}

int EvidencePackTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_packs.size());
}

int EvidencePackTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidencePackTableModel::displayData(const EvidencePack& pack, int column) const
{
    switch (column) {
    case PackIdColumn:
        return pack.packId;
    case PeriodColumn:
        return PackText::period(pack.from, pack.to);
    case SectionsColumn:
        return PackText::sectionsSummary(pack.sections);
    case PreparedForColumn:
        return pack.preparedFor;
    case PreparedByColumn:
        return pack.preparedBy;
    case ExportedAtColumn:
        return PackText::localTime(pack.exportedAt);
    case PagesColumn:
        return pack.pageCount;
    case FileNameColumn:
        return pack.fileName;
    case ShaColumn:
        return PackText::shortSha(pack.sha256);
    }
    return {};
}

QVariant EvidencePackTableModel::toolTip(const EvidencePack& pack, int column) const
{
    switch (column) {
    case SectionsColumn:
        return PackText::sectionsList(pack.sections);
    case ExportedAtColumn:
        return tr("Exported by %1").arg(pack.exportedBy);
    case PreparedForColumn:
        return pack.preparedFor.isEmpty() ? QVariant() : QVariant(pack.preparedFor);
    case FileNameColumn:
        return pack.note.isEmpty() ? pack.fileName
                                   : tr("%1\nNote: %2").arg(pack.fileName, pack.note);
    case ShaColumn:
        return tr("SHA-256 of the PDF: %1").arg(pack.sha256);
    default:
        return {};
    }
}

QVariant EvidencePackTableModel::sortData(const EvidencePack& pack, int column) const
{
    switch (column) {
    case PeriodColumn:
        return pack.from.toJulianDay() * 100000 + (pack.to.toJulianDay() - pack.from.toJulianDay());
    case ExportedAtColumn:
        return pack.exportedAt.toMSecsSinceEpoch();
    case PagesColumn:
        return pack.pageCount;
    case ShaColumn:
        return pack.sha256;
    default:
        return displayData(pack, column);
    }
}

QVariant EvidencePackTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EvidencePack& pack = m_packs[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(pack, column);
    case Qt::ToolTipRole:
        return toolTip(pack, column);
    case Qt::FontRole:
        if (column == ShaColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::TextAlignmentRole:
        if (column == PagesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        return sortData(pack, column);
    case PackIdRole:
        return pack.packId;
    default:
        break;
    }
    return {};
}

QVariant EvidencePackTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && section == PagesColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == ShaColumn)
        return tr("The SHA-256 of the PDF as exported; hover over a row for the full value");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PackIdColumn:
        return tr("Pack ID");
    case PeriodColumn:
        return tr("Period");
    case SectionsColumn:
        return tr("Sections");
    case PreparedForColumn:
        return tr("Prepared for");
    case PreparedByColumn:
        return tr("Prepared by");
    case ExportedAtColumn:
        return tr("Exported");
    case PagesColumn:
        return tr("Pages");
    case FileNameColumn:
        return tr("File name");
    case ShaColumn:
        return tr("SHA-256");
    }
    return {};
}

} // namespace palisade::ui
