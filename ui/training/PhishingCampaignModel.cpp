#include "ui/training/PhishingCampaignModel.h"

#include "core/program/Program.h"
#include "core/training/PhishingRegister.h"
#include "core/util/IsoDate.h"

#include <algorithm>

namespace palisade::ui {
namespace {

double share(int count, int of)
{
    return of > 0 ? double(count) / double(of) : 0.0;
}

} // namespace

PhishingCampaignModel::PhishingCampaignModel(Program& program, QObject* parent)
    : QAbstractTableModel(parent)
    , m_program(program)
{
}

bool PhishingCampaignModel::reload()
{
    if (!m_program.isOpen())
        return false;
    Result<std::vector<PhishingCampaign>> campaigns = m_program.phishing().campaigns();
    beginResetModel();
    m_lastError = campaigns ? QString() : campaigns.error().message;
    m_campaigns = campaigns ? std::move(campaigns).value() : std::vector<PhishingCampaign>();
    // The latest simulation is the one asked about first.
    std::stable_sort(m_campaigns.begin(), m_campaigns.end(),
                     [](const PhishingCampaign& a, const PhishingCampaign& b) {
                         return a.runOn != b.runOn ? a.runOn > b.runOn : a.id > b.id;
                     });
    endResetModel();
    return m_lastError.isEmpty();
}

int PhishingCampaignModel::rowForId(qint64 campaignId) const
{
    const auto it = std::find_if(
        m_campaigns.begin(), m_campaigns.end(),
        [campaignId](const PhishingCampaign& campaign) { return campaign.id == campaignId; });
    return it == m_campaigns.end() ? -1 : int(it - m_campaigns.begin());
}

QString PhishingCampaignModel::countAndShare(int count, int of)
{
    if (of <= 0)
        return tr("%1 (\u2014)").arg(count);
    return tr("%1 (%2 %)").arg(count).arg(100.0 * share(count, of), 0, 'f', 1);
}

int PhishingCampaignModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

int PhishingCampaignModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhishingCampaignModel::displayData(const PhishingCampaign& campaign, int column) const
{
    switch (column) {
    case DateColumn:
        return isoDate(campaign.runOn);
    case TemplateColumn:
        return campaign.templateName;
    case RecipientsColumn:
        return campaign.recipients;
    case ClickedColumn:
        return countAndShare(campaign.clicked, campaign.recipients);
    case ReportedColumn:
        return countAndShare(campaign.reported, campaign.recipients);
    case TrainedColumn:
        if (campaign.clicked == 0)
            return tr("nobody clicked");
        return tr("%1 of %2 (%3 %)")
            .arg(campaign.trainedAfterClick)
            .arg(campaign.clicked)
            .arg(100.0 * share(campaign.trainedAfterClick, campaign.clicked), 0, 'f', 0);
    }
    return {};
}

QVariant PhishingCampaignModel::sortData(const PhishingCampaign& campaign, int column) const
{
    switch (column) {
    case DateColumn:
        return campaign.runOn.toJulianDay();
    case TemplateColumn:
        return campaign.templateName.toCaseFolded();
    case RecipientsColumn:
        return campaign.recipients;
    case ClickedColumn:
        return share(campaign.clicked, campaign.recipients);
    case ReportedColumn:
        return share(campaign.reported, campaign.recipients);
    case TrainedColumn:
        return campaign.clicked == 0 ? 1.0 : share(campaign.trainedAfterClick, campaign.clicked);
    }
    return {};
}

QVariant PhishingCampaignModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PhishingCampaign& campaign = m_campaigns[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(campaign, column);
    case Qt::ToolTipRole:
        if (column == TemplateColumn && !campaign.notes.trimmed().isEmpty())
            return tr("%1\n%2").arg(campaign.templateName, campaign.notes.trimmed());
        break;
    case Qt::TextAlignmentRole:
        if (column >= RecipientsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        return sortData(campaign, column);
    case CampaignIdRole:
        return campaign.id;
    default:
        break;
    }
    return {};
}

QVariant PhishingCampaignModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && section >= RecipientsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == TrainedColumn)
        return tr("Of those who clicked, how many completed follow-up training");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TemplateColumn:
        return tr("Template");
    case RecipientsColumn:
        return tr("Recipients");
    case ClickedColumn:
        return tr("Clicked");
    case ReportedColumn:
        return tr("Reported");
    case TrainedColumn:
        return tr("Trained after click");
    }
    return {};
}

} // namespace palisade::ui
