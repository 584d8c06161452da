#pragma once

#include <QString>
#include <QStringList>

namespace palisade {

// A starter policy shipped with the program, which a compliance program can
// adopt as its first revision and then edit.
struct PolicyTemplate
{
    QString key;  // stable identifier, e.g. "breach-notification"
    QString code; // suggested policy number, e.g. "BRN-001"
    QString title;
    QString category; // "privacy", "security", "breach_notification" or "administrative"
    int reviewMonths = 12;
    QStringList citations;     // 45 CFR citations without "45 CFR" or "§", e.g. "164.404"
    QStringList approvalRoles; // e.g. "Privacy Officer"
    QString body;              // Markdown, without the header block
};

} // namespace palisade
