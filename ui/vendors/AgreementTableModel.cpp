#include "ui/vendors/AgreementTableModel.h"

#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "core/vendors/BaaRegister.h"
#include "core/vendors/CounterpartyRegister.h"
#include "core/vendors/ProvisionCompleteness.h"
#include "ui/assets/FindingMark.h"
#include "ui/vendors/VendorDates.h"
#include "ui/vendors/VendorRoles.h"

#include <QFont>
#include <algorithm>
#include <limits>

namespace palisade::ui {

AgreementTableModel::AgreementTableModel(Program& program, QObject* parent)
    : QAbstractTableModel(parent)
    , m_program(program)
{
}

bool AgreementTableModel::reload()
{
    if (!m_program.isOpen())
        return false;
    const QDate today = m_program.clock().today();
    Result<std::vector<Agreement>> agreements = m_program.baas().agreements();
    Result<std::vector<Counterparty>> counterparties = m_program.counterparties().counterparties();
    Result<std::vector<AgreementDocument>> documents = m_program.baas().allDocuments();
    Result<std::vector<BaaDueItem>> due = m_program.baas().due(today);
    const Error* failed = !agreements       ? &agreements.error()
                          : !counterparties ? &counterparties.error()
                          : !documents      ? &documents.error()
                          : !due            ? &due.error()
                                            : nullptr;
    if (failed) {
        m_lastError = failed->message;
        beginResetModel();
        m_rows.clear();
        m_names.clear();
        endResetModel();
        return false;
    }
    QHash<qint64, QString> names;
    for (const Counterparty& counterparty : *counterparties)
        names.insert(counterparty.id, counterparty.name);
    std::vector<Row> rows;
    rows.reserve(agreements->size());
    for (const Agreement& agreement : *agreements) {
        Row row;
        row.agreement = agreement;
        row.documents = int(std::count_if(documents->begin(), documents->end(),
                                          [&](const AgreementDocument& document) {
                                              return document.agreementId == agreement.id;
                                          }));
        const ProvisionCompleteness completeness = ProvisionCompleteness::of(agreement);
        row.percent = completeness.percent();
        row.completeness = completeness.summary();
        for (const BaaDueItem& item : *due) {
            if (item.agreementId == agreement.id)
                row.dueMessages << item.message;
        }
        rows.push_back(std::move(row));
    }
    m_lastError.clear();
    beginResetModel();
    m_today = today;
    m_names = std::move(names);
    m_rows = std::move(rows);
    endResetModel();
    return true;
}

int AgreementTableModel::rowForId(qint64 id) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [id](const Row& row) { return row.agreement.id == id; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int AgreementTableModel::documentCount(qint64 agreementId) const
{
    const int row = rowForId(agreementId);
    return row < 0 ? 0 : m_rows[size_t(row)].documents;
}

bool AgreementTableModel::isReviewOverdue(const Agreement& agreement) const
{
    return agreement.status == AgreementStatus::Active && agreement.nextReviewOn.isValid() &&
           agreement.nextReviewOn < m_today;
}

bool AgreementTableModel::isExpiredButActive(const Agreement& agreement) const
{
    return agreement.status == AgreementStatus::Active && !agreement.evergreen &&
           agreement.expiresOn.isValid() && agreement.expiresOn < m_today;
}

int AgreementTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgreementTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementTableModel::displayData(const Row& row, int column) const
{
    const Agreement& agreement = row.agreement;
    switch (column) {
    case ReferenceColumn:
        return agreementReference(agreement.id);
    case TitleColumn:
        return agreement.title;
    case CounterpartyColumn:
        return m_names.value(agreement.counterpartyId);
    case DirectionColumn:
        return agreementDirectionLabel(agreement.direction);
    case StatusColumn:
        return agreementStatusLabel(agreement.status);
    case EffectiveColumn:
        return vendordates::text(agreement.effectiveOn);
    case ExpiresColumn:
        return agreement.evergreen ? tr("Evergreen") : vendordates::text(agreement.expiresOn);
    case NextReviewColumn:
        return vendordates::text(agreement.nextReviewOn);
    case NoticeColumn:
        return tr("%1 / %2").arg(agreement.breachNoticeDays).arg(agreement.incidentReportDays);
    case CompletenessColumn:
        return tr("%1%").arg(row.percent);
    case DocumentsColumn:
        return row.documents;
    }
    return {};
}

QVariant AgreementTableModel::sortData(const Row& row, int column) const
{
    const Agreement& agreement = row.agreement;
    switch (column) {
    case ReferenceColumn:
        return agreement.id;
    case StatusColumn:
        return int(agreement.status);
    case EffectiveColumn:
        return vendordates::sortKey(agreement.effectiveOn);
    case ExpiresColumn:
        // Evergreen agreements never expire: after every dated one.
        return agreement.evergreen ? QVariant(std::numeric_limits<qint64>::max() - 1)
                                   : vendordates::sortKey(agreement.expiresOn);
    case NextReviewColumn:
        return vendordates::sortKey(agreement.nextReviewOn);
    case NoticeColumn:
        return agreement.breachNoticeDays * 1000 + agreement.incidentReportDays;
    case CompletenessColumn:
        return row.percent;
    default:
        return displayData(row, column);
    }
}

bool AgreementTableModel::isRed(const Row& row, int column) const
{
    switch (column) {
    case NextReviewColumn:
        return isReviewOverdue(row.agreement);
    case ExpiresColumn:
        return isExpiredButActive(row.agreement);
    default:
        return false;
    }
}

QVariant AgreementTableModel::toolTip(const Row& row, int column) const
{
    const Agreement& agreement = row.agreement;
    switch (column) {
    case ReferenceColumn:
        return row.dueMessages.isEmpty() ? QVariant() : row.dueMessages.join(QLatin1Char('\n'));
    case TitleColumn:
    case CounterpartyColumn:
    case DirectionColumn:
        return displayData(row, column);
    case ExpiresColumn:
        if (agreement.evergreen)
            return agreement.renewalTerms.isEmpty()
                       ? tr("Runs until terminated.")
                       : tr("Runs until terminated. Renewal: %1").arg(agreement.renewalTerms);
        if (isExpiredButActive(agreement))
            return tr("Expired on %1 but still marked active.")
                .arg(vendordates::text(agreement.expiresOn));
        break;
    case NextReviewColumn:
        if (isReviewOverdue(agreement))
            return tr("Review overdue by %n day(s).", nullptr,
                      int(agreement.nextReviewOn.daysTo(m_today)));
        break;
    case NoticeColumn:
        return tr("Breach notice within %n day(s); ", nullptr, agreement.breachNoticeDays) +
               tr("security incidents reported within %n day(s).", nullptr,
                  agreement.incidentReportDays);
    case CompletenessColumn:
        return row.completeness;
    case DocumentsColumn:
        return tr("%n signed document(s) kept in this file.", nullptr, row.documents);
    default:
        break;
    }
    return {};
}

QVariant AgreementTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::DecorationRole:
        if (column == ReferenceColumn && !row.dueMessages.isEmpty())
            return findingmark::icon();
        break;
    case Qt::ForegroundRole:
        if (isRed(row, column))
            return findingmark::color();
        break;
    case Qt::FontRole:
        if (isRed(row, column)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        if (column == NoticeColumn || column == CompletenessColumn || column == DocumentsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::AccessibleTextRole:
        if (column == NextReviewColumn && isReviewOverdue(row.agreement))
            return tr("%1, review overdue").arg(displayData(row, column).toString());
        break;
    case vendorrole::SortRole:
        return sortData(row, column);
    case vendorrole::IdRole:
        return row.agreement.id;
    case vendorrole::SearchTextRole:
        return searchText(row.agreement);
    case vendorrole::StatusKeysRole:
        return QStringList{agreementStatusKey(row.agreement.status)};
    case vendorrole::DirectionKeyRole:
        return agreementDirectionKey(row.agreement.direction);
    case vendorrole::AttentionRole:
        return !row.dueMessages.isEmpty();
    case vendorrole::PercentRole:
        return row.percent;
    default:
        break;
    }
    return {};
}

QVariant AgreementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole &&
        (section == NoticeColumn || section == CompletenessColumn || section == DocumentsColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DirectionColumn:
            return tr("Upstream: we are the business associate. Downstream: the subcontractor is "
                      "ours.");
        case NextReviewColumn:
            return tr("When the agreement is next due for review; red when overdue");
        case NoticeColumn:
            return tr("Days allowed for breach notice / for reporting security incidents");
        case CompletenessColumn:
            return tr("Required provisions present, of those that apply");
        case DocumentsColumn:
            return tr("Signed PDFs kept inside the encrypted file");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReferenceColumn:
        return tr("Ref.");
    case TitleColumn:
        return tr("Title");
    case CounterpartyColumn:
        return tr("Counterparty");
    case DirectionColumn:
        return tr("Direction");
    case StatusColumn:
        return tr("Status");
    case EffectiveColumn:
        return tr("Effective");
    case ExpiresColumn:
        return tr("Expires");
    case NextReviewColumn:
        return tr("Next review");
    case NoticeColumn:
        return tr("Notice (days)");
    case CompletenessColumn:
        return tr("Provisions");
    case DocumentsColumn:
        return tr("Docs");
    }
    return {};
}

QString AgreementTableModel::searchText(const Agreement& agreement) const
{
    const QStringList parts{agreementReference(agreement.id),
                            agreement.title,
                            m_names.value(agreement.counterpartyId),
                            agreementDirectionLabel(agreement.direction),
                            agreementStatusLabel(agreement.status),
                            agreement.renewalTerms,
                            agreement.permittedUses,
                            agreement.notes,
                            agreement.dispositionAttestedBy};
    return parts.join(QLatin1Char('\n'));
}

} // namespace palisade::ui
