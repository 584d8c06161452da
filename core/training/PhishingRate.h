#pragma once

#include <QDate>
#include <QString>

namespace palisade {

// One campaign's rates as shares between 0 and 1, for a chart over time.
struct PhishingRate
{
    qint64 campaignId = 0;
    QDate runOn;
    QString templateName;
    int recipients = 0;
    double clickRate = 0;  // clicked / recipients
    double reportRate = 0; // reported / recipients
    // trained after click / clicked; 1 when nobody clicked (nobody left untrained)
    double trainedAfterClickRate = 0;
};

} // namespace palisade
