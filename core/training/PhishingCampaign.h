#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace palisade {

// One phishing simulation, as counts: recipients, how many clicked, how many
// reported the message, and how many of those who clicked were trained after.
struct PhishingCampaign
{
    qint64 id = 0; // 0 until stored
    QDate runOn;
    QString templateName;
    int recipients = 0;        // at least 1
    int clicked = 0;           // 0..recipients
    int reported = 0;          // 0..recipients
    int trainedAfterClick = 0; // 0..clicked
    QString notes;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    friend bool operator==(const PhishingCampaign&, const PhishingCampaign&) = default;
};

} // namespace palisade
