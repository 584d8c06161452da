#pragma once

#include "core/training/PhishingCampaign.h"

#include <QAbstractTableModel>
#include <vector>

namespace palisade {
class Program;
}

namespace palisade::ui {

// Phishing simulations, one row each, newest first: when, which template, how
// many received it, clicked and reported it (count and share), and how many
// of those who clicked were trained after.
class PhishingCampaignModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        TemplateColumn,
        RecipientsColumn,
        ClickedColumn,
        ReportedColumn,
        TrainedColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1,
        CampaignIdRole, // qint64
    };

    explicit PhishingCampaignModel(Program& program, QObject* parent = nullptr);

    bool reload();
    QString lastError() const { return m_lastError; }

    const PhishingCampaign& campaignAt(int row) const { return m_campaigns.at(size_t(row)); }
    int rowForId(qint64 campaignId) const;

    // "7 (14.0 %)"; a dash for the share when there is nothing to divide by.
    static QString countAndShare(int count, int of);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const PhishingCampaign& campaign, int column) const;
    QVariant sortData(const PhishingCampaign& campaign, int column) const;

    Program& m_program;
    std::vector<PhishingCampaign> m_campaigns;
    QString m_lastError;
};

} // namespace palisade::ui
