#pragma once

#include "core/evidence/EvidencePack.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <vector>

namespace palisade::ui {

// How the Evidence area words an exported pack: its period, its sections,
// when it was exported, its SHA-256, and the facts listed about it.
class PackText
{
    Q_DECLARE_TR_FUNCTIONS(palisade::ui::PackText)

public:
    using Facts = QList<QPair<QString, QString>>; // label, value

    // "2025-01-01 to 2025-12-31".
    static QString period(const QDate& from, const QDate& to);
    // "All sections" when every section is in, else the section titles.
    static QString sectionsSummary(const std::vector<PackSection>& sections);
    // Every section title, one a line.
    static QString sectionsList(const std::vector<PackSection>& sections);
    // The moment in the user's local time, "2026-11-24 09:30".
    static QString localTime(const QDateTime& at);
    // The first 12 hex digits and an ellipsis.
    static QString shortSha(const QString& sha256);
    // What the detail and result dialogs list about a pack.
    static Facts facts(const EvidencePack& pack);
};

} // namespace palisade::ui
